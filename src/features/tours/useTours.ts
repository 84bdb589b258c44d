import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { slugify } from '../../lib/slug';
import type { Tour } from '../../lib/tours';
import {
  browserStorage as storage,
  mayHaveSavedTours,
  saveTours,
  type LoadedTours,
  type SavedTour,
} from '../../store/persistence';

export interface ToursApi {
  /**
   * Whether the reader's saved tours have been read. Until then (a moment, while the code that
   * checks them loads) `tours` holds only the shipped ones and nothing may be saved.
   */
  readonly ready: boolean;
  /** Shipped tours first, then the reader's own for this dataset. */
  readonly tours: readonly Tour[];
  readonly savedIds: ReadonlySet<string>;
  readonly problem: string | null;
  readonly save: (tour: Tour) => void;
  readonly remove: (tourId: string) => void;
  /** An id not used by any tour yet, from a base. */
  readonly freshId: (base: string) => string;
  /** The reader's tour open in the editor (the Present menu can open one too), or null. */
  readonly editingId: string | null;
  readonly setEditingId: (tourId: string | null) => void;
}

/** The tours on offer: the dataset's own and the reader's (localStorage, per dataset). */
export function useTours(data: LoadedDataset): ToursApi {
  const datasetKey = data.dataset.title;
  // Most readers have no saved tours: then nothing needs reading (or the schema to check it).
  const [state, setState] = useState<LoadedTours & { ready: boolean }>(() => ({
    tours: [],
    problem: null,
    ready: !mayHaveSavedTours(storage()),
  }));
  const [writeProblem, setWriteProblem] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  useEffect(() => {
    if (state.ready) return;
    let live = true;
    import('../../store/tourStorage').then(
      ({ loadSavedTours }) => {
        if (live) setState({ ...loadSavedTours(storage(), datasetKey), ready: true });
      },
      () => {
        if (live) {
          setState({
            tours: [],
            problem:
              'Your saved tours could not be read (the app could not load the code that reads them).',
            ready: true,
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [state.ready, datasetKey]);

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
      // Never before the saved tours are read: writing then would drop them.
      if (!state.ready) return;
      const others = state.tours.filter(
        (t) => !(t.dataset === datasetKey && t.tour.id === tour.id),
      );
      persist([...others, { tour, dataset: datasetKey }]);
    },
    [state.ready, state.tours, datasetKey, persist],
  );
  const remove = useCallback(
    (tourId: string) => {
      if (!state.ready) return;
      persist(state.tours.filter((t) => !(t.dataset === datasetKey && t.tour.id === tourId)));
    },
    [state.ready, state.tours, datasetKey, persist],
  );
  const freshId = useCallback(
    (base: string) => {
      const taken = new Set(tours.map((t) => t.id));
      const slug = slugify(base) || 'tour';
      let id = slug;
      for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
      return id;
    },
    [tours],
  );

  return {
    ready: state.ready,
    tours,
    savedIds: useMemo(() => new Set(mine.map((t) => t.id)), [mine]),
    problem: writeProblem ?? state.problem,
    save,
    remove,
    freshId,
    editingId,
    setEditingId,
  };
}
