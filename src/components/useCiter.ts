/** The citation formatter for a style, loaded on first use; null while it loads. */
import { useEffect, useState } from 'react';
import { loadCiter, peekCiter, type Citer } from '../lib/citations';
import type { CitationStyle } from '../lib/citations/styles';

export interface CiterState {
  readonly citer: Citer | null;
  readonly failed: boolean;
}

export function useCiter(style: CitationStyle, enabled = true): CiterState {
  const [, setTick] = useState(0);
  const [failedStyle, setFailedStyle] = useState<CitationStyle | null>(null);
  const ready = peekCiter(style);
  useEffect(() => {
    if (!enabled || ready !== null) return;
    let live = true;
    loadCiter([style]).then(
      () => {
        if (live) setTick((n) => n + 1);
      },
      () => {
        if (live) setFailedStyle(style);
      },
    );
    return () => {
      live = false;
    };
  }, [style, enabled, ready]);
  return { citer: enabled ? ready : null, failed: failedStyle === style };
}
