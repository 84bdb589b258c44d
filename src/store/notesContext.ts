/**
 * The reader's notes for the dataset on screen, as the interface sees them. The app provides
 * it once they are read (null until then, and always null where nothing may be written, such
 * as the presenter's stage); the editor, the chart's markers and the "My notes" filter read it.
 */
import { createContext, useContext } from 'react';
import type { Note, NoteTarget } from '../lib/notes';
import type { NotesProblem } from './notesDb';
import type { NotesFileProblem } from './notesFile';

export type NotesImport =
  | { readonly ok: true; readonly added: number; readonly replaced: number; readonly kept: number }
  | { readonly ok: false; readonly problems: readonly NotesFileProblem[] };

export interface NotesApi {
  /** This dataset's notes, by `targetKey` (`event:<id>`, `quote:<id>`). */
  readonly notes: ReadonlyMap<string, Note>;
  /** Events with a note on themselves or on one of their quotes. */
  readonly notedEventIds: ReadonlySet<string>;
  /** What went wrong reading or writing, each naming what failed. */
  readonly problems: readonly NotesProblem[];
  /** Keeps the text as the target's note (an empty text removes it). */
  readonly save: (target: NoteTarget, text: string) => Promise<void>;
  readonly remove: (target: NoteTarget) => Promise<void>;
  /** Every note kept in this browser (all datasets), as the text of a notes file. */
  readonly exportFile: () => Promise<string>;
  readonly importFile: (text: string) => Promise<NotesImport>;
}

export const NotesContext = createContext<NotesApi | null>(null);

export function useNotesApi(): NotesApi | null {
  return useContext(NotesContext);
}
