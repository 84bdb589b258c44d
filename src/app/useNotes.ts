import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import type { NotesApi } from '../store/notesContext';

/**
 * The reader's notes on this dataset: null until they are read. The code that reads them
 * (IndexedDB, store/notesSession) loads after the first paint, so the first screen does not
 * wait for it.
 */
export function useNotes(data: LoadedDataset): NotesApi | null {
  // The dataset's identity, as lib/notes datasetKeyOf gives it (not imported: that module
  // loads with the notes, after the first paint).
  const dataset = data.dataset.title;
  const [state, setState] = useState<{ dataset: string; api: NotesApi } | null>(null);
  useEffect(() => {
    let live = true;
    let close: (() => void) | null = null;
    import('../store/notesSession')
      .then(({ openNotesSession }) =>
        openNotesSession({
          dataset,
          eventOfQuote: (id) => data.quotesById.get(id)?.eventId,
          onChange: (api) => {
            if (live) setState({ dataset, api });
          },
        }),
      )
      .then(
        (c) => {
          if (live) close = c;
          else c();
        },
        () => {
          // The code could not load (offline, a new deployment): the app works without notes.
        },
      );
    return () => {
      live = false;
      close?.();
    };
  }, [dataset, data]);
  return state?.dataset === dataset ? state.api : null;
}
