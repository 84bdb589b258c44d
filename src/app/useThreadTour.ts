import { useCallback } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { startTour } from '../features/presenter/startTour';
import type { ToursApi } from '../features/tours/useTours';
import type { Tour } from '../lib/tours';
import { useTimelineStoreApi } from '../store/timelineStoreContext';

/**
 * A thread's tour, in one click: kept among the reader's own tours (a thread presented again
 * replaces its earlier tour rather than piling up copies) and presented from its first stop.
 */
export function useThreadTour(data: LoadedDataset, tours: ToursApi): (tour: Tour) => void {
  const store = useTimelineStoreApi();
  const { savedIds, freshId, save } = tours;
  return useCallback(
    (tour: Tour) => {
      const id = savedIds.has(tour.id) ? tour.id : freshId(tour.id);
      const saved = { ...tour, id };
      save(saved);
      startTour(store, data, saved);
    },
    [store, data, savedIds, freshId, save],
  );
}
