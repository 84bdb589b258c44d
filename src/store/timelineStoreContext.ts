import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TimelineState, TimelineStore } from './createTimelineStore';

export const TimelineStoreContext = createContext<TimelineStore | null>(null);

export function useTimelineStoreApi(): TimelineStore {
  const store = useContext(TimelineStoreContext);
  if (!store) throw new Error('useTimelineStore must be used inside <TimelineStoreContext>');
  return store;
}

/** Select the smallest value you need; wrap array/object selectors in useShallow. */
export function useTimelineStore<T>(selector: (state: TimelineState) => T): T {
  return useStore(useTimelineStoreApi(), selector);
}
