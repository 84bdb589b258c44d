import { useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { startTour } from '../features/presenter/startTour';
import type { ToursApi } from '../features/tours/useTours';
import { decodeTour } from '../lib/tours';
import type { parseTour } from '../store/tourStorage';
import { useTimelineStoreApi } from '../store/timelineStoreContext';
import { dropParam, readParam } from '../store/browserUrl';
import { TOUR_DATA_PARAM } from '../store/urlState';
import { t as translate } from '../i18n/i18n';

/**
 * `?tourdata=` carries a tour someone shared: add it to the reader's tours (validated) and
 * start presenting it; then tidy the address. The schema that checks it loads only then, and
 * the tour is saved only once the reader's own tours have been read.
 */
export function useSharedTourLink(data: LoadedDataset, tours: ToursApi): string | null {
  const store = useTimelineStoreApi();
  // Read once, when the view first mounts.
  const [packed] = useState(() => readParam(TOUR_DATA_PARAM));
  const [shared, setShared] = useState<ReturnType<typeof parseTour> | null>(null);
  useEffect(() => {
    if (!packed) return;
    let live = true;
    void import('../store/tourStorage').then((m) => {
      if (live) setShared(m.parseTour(decodeTour(packed)));
    });
    return () => {
      live = false;
    };
  }, [packed]);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || shared === null || !tours.ready) return;
    done.current = true;
    dropParam(TOUR_DATA_PARAM);
    if (!shared.ok) return;
    const existing = tours.tours.find((t) => t.id === shared.tour.id);
    const same = existing !== undefined && JSON.stringify(existing) === JSON.stringify(shared.tour);
    const tour = same
      ? shared.tour
      : { ...shared.tour, id: existing ? tours.freshId(shared.tour.id) : shared.tour.id };
    if (!same) tours.save(tour);
    startTour(store, data, tour);
  }, [shared, tours, store, data]);
  return shared && !shared.ok
    ? translate('page.sharedTourProblem', { problem: shared.problem })
    : null;
}
