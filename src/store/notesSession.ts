/**
 * One visit's notes: the database opened once, every note held in memory, and a fresh
 * NotesApi handed to the app after every change (so React sees each change as a new value).
 * Loaded lazily, after the first paint.
 */
import {
  noteKey,
  notedEventIds,
  targetKey,
  writeNote,
  type Note,
  type NoteTarget,
} from '../lib/notes';
import type { NotesApi, NotesImport } from './notesContext';
import { openNotesDb, type NotesProblem } from './notesDb';

export interface NotesSessionOptions {
  /** The dataset's identity (lib/notes datasetKeyOf). */
  readonly dataset: string;
  /** A quote's event, for the events a quote's note marks. */
  readonly eventOfQuote: (quoteId: string) => string | undefined;
  readonly onChange: (api: NotesApi) => void;
  readonly factory?: IDBFactory | undefined;
  readonly now?: () => Date;
}

/** Opens the notes and reports the first NotesApi; the returned function closes them. */
export async function openNotesSession(options: NotesSessionOptions): Promise<() => void> {
  const { dataset, eventOfQuote, onChange } = options;
  const now = options.now ?? (() => new Date());
  const db = await openNotesDb(...(options.factory ? [options.factory] : []));
  const all = new Map(db.notes.map((n) => [noteKey(n.dataset, n.target), n]));
  let problems: readonly NotesProblem[] = db.problems;
  let closed = false;

  const publish = () => {
    if (closed) return;
    const mine = new Map<string, Note>();
    for (const n of all.values()) if (n.dataset === dataset) mine.set(targetKey(n.target), n);
    onChange(api(mine));
  };
  const report = (p: NotesProblem | null) => {
    // A write that worked clears an earlier write's problem; reading problems stay.
    problems = [...problems.filter((q) => q.kind !== 'write'), ...(p ? [p] : [])];
  };
  const remove = async (target: NoteTarget) => {
    const p = await db.remove(dataset, target);
    if (!p) all.delete(noteKey(dataset, target));
    report(p);
    publish();
  };
  const save = async (target: NoteTarget, text: string) => {
    const key = noteKey(dataset, target);
    const note = writeNote(dataset, target, text, now(), all.get(key));
    if (note.text === '') return remove(target);
    const p = await db.put(note);
    if (!p) all.set(key, note);
    report(p);
    publish();
  };
  const exportFile = async () => {
    const { notesToFile } = await import('./notesFile');
    return notesToFile([...all.values()], now());
  };
  const importFile = async (text: string): Promise<NotesImport> => {
    const { mergeNotes, parseNotesFile } = await import('./notesFile');
    const parsed = parseNotesFile(text);
    if (!parsed.ok) return parsed;
    const merge = mergeNotes([...all.values()], parsed.notes);
    let last: NotesProblem | null = null;
    for (const n of merge.write) {
      const p = await db.put(n);
      if (p) last = p;
      else all.set(noteKey(n.dataset, n.target), n);
    }
    report(last);
    publish();
    return { ok: true, added: merge.added, replaced: merge.replaced, kept: merge.kept };
  };
  const api = (mine: ReadonlyMap<string, Note>): NotesApi => ({
    notes: mine,
    notedEventIds: notedEventIds(mine.values(), eventOfQuote),
    problems,
    save,
    remove,
    exportFile,
    importFile,
  });

  publish();
  return () => {
    closed = true;
    db.close();
  };
}
