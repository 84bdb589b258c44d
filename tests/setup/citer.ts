/** The CSL formatter for component tests (loaded once), and choosing a style as a reader does. */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Source } from '../../src/domain/types';
import { loadCiter, PROSE_STYLES, type Citer } from '../../src/lib/citations';
import type { CitationStyle } from '../../src/lib/citations/styles';

let citer: Promise<Citer> | null = null;

/**
 * All prose styles loaded and compiled (citeproc compiles a style on first use, which takes
 * seconds for the Chicago styles); the components share the engine, so they render at once.
 * Call it from a beforeAll with a long timeout (WARM_UP_MS).
 */
export function getCiter(): Promise<Citer> {
  citer ??= loadCiter().then((c) => {
    const sample: Source = { id: 'warm-up', title: 'Warm-up', outlet: 'Test', kind: 'news' };
    for (const style of PROSE_STYLES) c.citeSource(sample, style);
    return c;
  });
  return citer;
}

export const WARM_UP_MS = 120_000;

/** Picks a style in the "Citation style" picker (the first one, or the one inside `scope`). */
export async function chooseStyle(
  user: UserEvent,
  style: CitationStyle,
  scope: HTMLElement | null = null,
): Promise<void> {
  const q = scope === null ? screen : within(scope);
  await user.selectOptions(q.getAllByRole('combobox', { name: 'Citation style' })[0]!, style);
}
