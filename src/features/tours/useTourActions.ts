import { useCallback } from 'react';
import { stopFromView, type Tour, type TourStop } from '../../lib/tours';
import type { Domain } from '../../lib/viewport';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import type { ToursApi } from './useTours';

export interface TourActions {
  /** The current view as a stop. */
  readonly currentStop: (title: string) => TourStop;
  /** A new tour of the reader's, with the current view as its first stop; opens the editor. */
  readonly newTourFromView: () => string;
  /** Reads a tour file; the message says what happened (added, not JSON, invalid). */
  readonly importTourFile: (file: File) => Promise<string>;
}

/** What the Present menu and the tours panel both do with tours. */
export function useTourActions(api: ToursApi, bounds: Domain): TourActions {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const { savedIds, freshId, save, setEditingId } = api;

  const currentStop = useCallback(
    (title: string): TourStop => stopFromView(store.getState(), title, bounds),
    [store, bounds],
  );

  const newTourFromView = useCallback(() => {
    const title = t('tours.myTour', { n: String(savedIds.size + 1) });
    const tour: Tour = {
      id: freshId(title),
      title,
      stops: [currentStop(t('tours.stopTitle', { n: '1' }))],
    };
    save(tour);
    setEditingId(tour.id);
    return t('tours.created', { title });
  }, [t, savedIds, freshId, currentStop, save, setEditingId]);

  const importTourFile = useCallback(
    async (file: File) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await file.text());
      } catch {
        return t('tours.notJson', { name: file.name });
      }
      // The schema that checks a tour loads only when one is imported.
      const { parseTour } = await import('../../store/tourStorage');
      const parsed = parseTour(raw);
      if (!parsed.ok) return t('tours.invalid', { name: file.name, problem: parsed.problem });
      const tour = { ...parsed.tour, id: freshId(parsed.tour.id) };
      save(tour);
      return t('tours.added', { title: tour.title, count: tour.stops.length });
    },
    [t, freshId, save],
  );

  return { currentStop, newTourFromView, importTourFile };
}
