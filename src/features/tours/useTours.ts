import { useCallback, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { Tour } from '../../lib/tours';
import { loadSavedTours, saveTours, type SavedTour } from '../../store/tourStorage';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface ToursApi {
  /** Shipped tours first, then the reader's own for this dataset. */
  readonly tours: readonly Tour[];
  readonly savedIds: ReadonlySet<string>;
  readonly problem: string | null;
  readonly save: (tour: Tour) => void;
  readonly remove: (tourId: string) => void;
  /** An id not used by any tour yet, from a base. */
  readonly freshId: (base: string) => string;
}

/** The tours on offer: the dataset's own and the reader's (localStorage, per dataset). */
export function useTours(data: LoadedDataset): ToursApi {
  const datasetKey = data.dataset.title;
  const [state, setState] = useState(() => loadSavedTours(storage(), datasetKey));
  const [writeProblem, setWriteProblem] = useState<string | null>(null);

  const shipped = useMemo(() => data.dataset.tours ?? [], [data.dataset.tours]);
  const mine = useMemo(
    () => state.tours.filter((t) => t.dataset === datasetKey).map((t) => t.tour),
    [state.tours, datasetKey],
  );
  const tours = useMemo(() => {
    const shippedIds = new Set(shipped.map((t) => t.id));
    return [...shipped, ...mine.filter((t) => !shippedIds.has(t.id))];
  }, [shipped, mine]);

  const persist = useCallback((next: readonly SavedTour[]) => {
    setState((s) => ({ ...s, tours: next }));
    setWriteProblem(saveTours(storage(), next));
  }, []);

  const save = useCallback(
    (tour: Tour) => {
      const others = state.tours.filter(
        (t) => !(t.dataset === datasetKey && t.tour.id === tour.id),
      );
      persist([...others, { tour, dataset: datasetKey }]);
    },
    [state.tours, datasetKey, persist],
  );
  const remove = useCallback(
    (tourId: string) => {
      persist(state.tours.filter((t) => !(t.dataset === datasetKey && t.tour.id === tourId)));
    },
    [state.tours, datasetKey, persist],
  );
  const freshId = useCallback(
    (base: string) => {
      const taken = new Set(tours.map((t) => t.id));
      const slug =
        base
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'tour';
      let id = slug;
      for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
      return id;
    },
    [tours],
  );

  return {
    tours,
    savedIds: useMemo(() => new Set(mine.map((t) => t.id)), [mine]),
    problem: writeProblem ?? state.problem,
    save,
    remove,
    freshId,
  };
}
