// A hook whose dialog is a lazily loaded component; nothing here is hot-reloaded on its own.
/* eslint-disable react-refresh/only-export-components */
import { lazy, type ReactNode } from 'react';
import { useLazyDialog } from '../components/useLazyDialog';
import type { LoadedDataset } from '../domain/indexes';
import { useI18n } from '../i18n/useI18n';
import type { NotesApi } from '../store/notesContext';

const NotesDialog = lazy(() => import('../features/notes/NotesDialog'));

/** "My notes…": `open()` shows the list of the reader's notes; render `dialog` anywhere. */
export function useNotesDialog(
  data: LoadedDataset,
  notes: NotesApi | null,
  onSelectEvent: (eventId: string) => void,
): { open: () => void; dialog: ReactNode } {
  const { t } = useI18n();
  return useLazyDialog(t('notes.loading'), (close) =>
    notes ? (
      <NotesDialog data={data} api={notes} onSelectEvent={onSelectEvent} onClose={close} />
    ) : null,
  );
}
