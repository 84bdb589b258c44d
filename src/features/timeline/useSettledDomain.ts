import { useEffect, useState } from 'react';
import type { Domain } from '../../lib/viewport';
import { VIEW_SETTLE_MS } from '../../store/useSettledViewport';

/**
 * The view at rest: `domain` once it has held still for VIEW_SETTLE_MS. During a gesture
 * (`moving`) the accessible layer is see-through and unclickable and the layout holds still,
 * so zooming never re-packs rows or restyles DOM per frame.
 */
export function useSettledDomain(domain: Domain): { settled: Domain; moving: boolean } {
  const [settled, setSettled] = useState<Domain>(domain);
  const moving = settled[0] !== domain[0] || settled[1] !== domain[1];
  useEffect(() => {
    if (!moving) return;
    const t = setTimeout(() => setSettled(domain), VIEW_SETTLE_MS);
    return () => {
      clearTimeout(t);
    };
  }, [moving, domain]);
  return { settled, moving };
}
