/**
 * The reader's notes as a file: written to carry them to another browser (or keep a copy),
 * read back with every problem located (`notes[2].text: …`), as a dataset import reports
 * them. Checked with zod, so this module loads only when a file is written or read.
 */
import { z } from 'zod';
import { MAX_NOTE_LENGTH, noteKey, type Note } from '../lib/notes';

export const NOTES_FILE_KIND = 'wpc-timeline-notes';
/** The file's format; raise it (and migrate in parseNotesFile) when the layout changes. */
export const NOTES_FILE_VERSION = 1;
/** The most notes one file may carry. */
export const MAX_FILE_NOTES = 20_000;

const isoDate = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date (ISO 8601 expected)');

const noteSchema = z.strictObject({
  dataset: z.string().min(1).max(300),
  target: z.strictObject({
    kind: z.enum(['event', 'quote']),
    id: z.string().min(1).max(200),
  }),
  text: z.string().max(MAX_NOTE_LENGTH),
  created: isoDate,
  updated: isoDate,
});

const fileSchema = z.strictObject({
  kind: z.literal(NOTES_FILE_KIND),
  version: z.literal(NOTES_FILE_VERSION),
  exported: isoDate,
  notes: z.array(noteSchema).max(MAX_FILE_NOTES),
});

/** `notes[2].target.kind`: where a problem is, as the dataset import writes it. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

export interface NotesFileProblem {
  /** Where, as a JSON path (`notes[2].text`). */
  readonly path: string;
  readonly message: string;
}

export type ParsedNotesFile =
  | { readonly ok: true; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly problems: readonly NotesFileProblem[] };

/** The file's text: every note given, in a stable order. */
export function notesToFile(notes: readonly Note[], now: Date): string {
  const sorted = [...notes].sort((a, b) =>
    noteKey(a.dataset, a.target) < noteKey(b.dataset, b.target) ? -1 : 1,
  );
  return `${JSON.stringify(
    {
      kind: NOTES_FILE_KIND,
      version: NOTES_FILE_VERSION,
      exported: now.toISOString(),
      notes: sorted,
    },
    null,
    2,
  )}\n`;
}

/** A notes file read back, or every problem in it (at most 20), each with where it is. */
export function parseNotesFile(text: string): ParsedNotesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: '(top level)', message: `not JSON (${(e as Error).message})` }],
    };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > NOTES_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `written by a newer version of the app (format ${version}; this one reads ${NOTES_FILE_VERSION})`,
        },
      ],
    };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 20)
        .map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  return { ok: true, notes: parsed.data.notes };
}

export interface NotesMerge {
  /** What to write: the incoming notes that are new or newer than the ones kept here. */
  readonly write: readonly Note[];
  readonly added: number;
  readonly replaced: number;
  /** Incoming notes older than (or the same as) the one already here: left out. */
  readonly kept: number;
}

/** Merging a file into the notes here: the later `updated` wins, per event or quote. */
export function mergeNotes(here: readonly Note[], incoming: readonly Note[]): NotesMerge {
  const byKey = new Map(here.map((n) => [noteKey(n.dataset, n.target), n]));
  const write: Note[] = [];
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const n of incoming) {
    const key = noteKey(n.dataset, n.target);
    const old = byKey.get(key);
    if (old === undefined) added += 1;
    else if (Date.parse(n.updated) > Date.parse(old.updated)) replaced += 1;
    else {
      kept += 1;
      continue;
    }
    byKey.set(key, n);
    write.push(n);
  }
  return { write, added, replaced, kept };
}
