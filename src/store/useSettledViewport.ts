import { useEffect, useState } from 'react';
import type { Domain } from '../lib/viewport';
import { useTimelineStoreApi } from './timelineStoreContext';

/** How long the view must rest before views that follow it at rest catch up. */
export const VIEW_SETTLE_MS = 120;

/**
 * The store's viewport as of its last rest: it changes once a zoom or pan has paused for
 * `VIEW_SETTLE_MS`, never per frame. For what follows the view but need not move with it
 * (the quotes in view), so a gesture never re-renders it.
 */
export function useSettledViewport(): Domain | null {
  const store = useTimelineStoreApi();
  const [settled, setSettled] = useState(() => store.getState().viewport);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = store.getState().viewport;
    const settle = () => {
      timer = undefined;
      setSettled(last);
    };
    // A change between the first render and this subscription still lands.
    timer = setTimeout(settle, 0);
    const unsubscribe = store.subscribe((s) => {
      if (s.viewport === last) return;
      last = s.viewport;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(settle, VIEW_SETTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store]);
  return settled;
}
