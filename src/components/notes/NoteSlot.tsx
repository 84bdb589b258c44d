import { lazy, Suspense } from 'react';
import type { NoteTarget } from '../../lib/notes';
import { useNotesApi } from '../../store/notesContext';

const NoteEditor = lazy(() => import('./NoteEditor'));
const NotesProblems = lazy(() => import('./NotesProblems'));

/** The note editor of an event or quote, once the notes are read (its code loads then). */
export function NoteSlot({ target }: { target: NoteTarget }) {
  const api = useNotesApi();
  if (!api) return null;
  return (
    <Suspense fallback={null}>
      <NoteEditor api={api} target={target} />
    </Suspense>
  );
}

/** What went wrong reading or writing the notes, if anything. */
export function NotesProblemsSlot() {
  const problems = useNotesApi()?.problems;
  if (!problems || problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <NotesProblems problems={problems} />
    </Suspense>
  );
}
