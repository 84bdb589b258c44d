/**
 * The reader's notes in this browser: one IndexedDB database, versioned, with a store of
 * notes (one record per dataset and event or quote) and a store where records that cannot be
 * read are set aside. Loaded lazily (after the first paint); raw IndexedDB, no library.
 *
 * Nothing here throws at the app. What goes wrong is answered as a NotesProblem that names
 * what failed:
 *   - no IndexedDB, or the database cannot be opened: notes are unavailable this visit;
 *   - a database made by a newer version of the app: left untouched, not shown;
 *   - a record that is not a note: moved to the `unreadable` store (kept with why and when,
 *     never deleted) and the rest are read;
 *   - a record of a newer note format: left where it is, not shown, never overwritten.
 */
import { NOTE_FORMAT, noteKey, type Note, type NoteTarget } from '../lib/notes';
import { describeIdbError, idbFinished, idbRequest, openIdb } from './idb';

export const NOTES_DB_NAME = 'wpc-timeline.notes';
/** The database's version; raise it and add a step to `upgrade` when the stores change. */
export const NOTES_DB_VERSION = 1;
export const NOTES_STORE = 'notes';
export const UNREADABLE_STORE = 'unreadable';

export type NotesProblem =
  | { readonly kind: 'unavailable'; readonly detail: string }
  | { readonly kind: 'newer-database'; readonly detail: string }
  | { readonly kind: 'set-aside'; readonly count: number; readonly detail: string }
  | { readonly kind: 'newer-notes'; readonly count: number; readonly detail: string }
  | { readonly kind: 'write'; readonly detail: string };

/** A note as stored: the note, flattened, with its key and format. */
interface NoteRecord {
  readonly key: string;
  readonly format: number;
  readonly dataset: string;
  readonly kind: NoteTarget['kind'];
  readonly id: string;
  readonly text: string;
  readonly created: string;
  readonly updated: string;
}

function toRecord(note: Note): NoteRecord {
  return {
    key: noteKey(note.dataset, note.target),
    format: NOTE_FORMAT,
    dataset: note.dataset,
    kind: note.target.kind,
    id: note.target.id,
    text: note.text,
    created: note.created,
    updated: note.updated,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

export type ReadRecord =
  | { readonly ok: true; readonly note: Note }
  | { readonly ok: false; readonly newer: boolean; readonly why: string };

/**
 * Migrations of a record, from the format named to the next one. Format 1 is the first; a
 * later format adds its step here, so records of every older format are brought up to date.
 */
const MIGRATIONS: Readonly<
  Record<number, (r: Record<string, unknown>) => Record<string, unknown>>
> = {};

/** A stored value read as a note of the current format, or why it is not one. */
export function readRecord(raw: unknown, storedKey: unknown): ReadRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, newer: false, why: 'not an object' };
  }
  let r = raw as Record<string, unknown>;
  let format = r.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return { ok: false, newer: false, why: 'no note format' };
  }
  if (format > NOTE_FORMAT) return { ok: false, newer: true, why: `note format ${format}` };
  while (format < NOTE_FORMAT) {
    const step = MIGRATIONS[format];
    if (!step) return { ok: false, newer: false, why: `note format ${format} has no migration` };
    r = step(r);
    format += 1;
  }
  const { dataset, kind, id, text, created, updated } = r;
  if (!isString(dataset) || !isString(id) || (kind !== 'event' && kind !== 'quote')) {
    return { ok: false, newer: false, why: 'no dataset, kind or id' };
  }
  if (!isString(text)) return { ok: false, newer: false, why: 'no text' };
  if (!isDate(created) || !isDate(updated)) return { ok: false, newer: false, why: 'no dates' };
  const target: NoteTarget = { kind, id };
  if (storedKey !== noteKey(dataset, target)) {
    return { ok: false, newer: false, why: 'its key does not match its dataset and target' };
  }
  return { ok: true, note: { dataset, target, text, created, updated } };
}

/** Brings the stores from `oldVersion` to the current version, one step at a time. */
function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(NOTES_STORE, { keyPath: 'key' });
    db.createObjectStore(UNREADABLE_STORE, { autoIncrement: true });
  }
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return openIdb(factory, NOTES_DB_NAME, NOTES_DB_VERSION, upgrade);
}

export interface NotesDb {
  /** Every readable note, of every dataset (an export carries them all). */
  readonly notes: readonly Note[];
  readonly problems: readonly NotesProblem[];
  /** Keeps a note (replacing the one for the same target); a problem when it could not. */
  readonly put: (note: Note) => Promise<NotesProblem | null>;
  readonly remove: (dataset: string, target: NoteTarget) => Promise<NotesProblem | null>;
  readonly close: () => void;
}

const writeProblem = (e: unknown): NotesProblem => ({ kind: 'write', detail: describeIdbError(e) });

/**
 * Opens the notes database and reads every note, setting aside what cannot be read. Never
 * rejects: with no database to write to, `put` and `remove` answer a problem.
 */
export async function openNotesDb(
  factory: IDBFactory | undefined = (globalThis as { indexedDB?: IDBFactory }).indexedDB,
): Promise<NotesDb> {
  const unusable = (problem: NotesProblem): NotesDb => ({
    notes: [],
    problems: [problem],
    put: () => Promise.resolve(problem),
    remove: () => Promise.resolve(problem),
    close: () => undefined,
  });
  if (!factory) return unusable({ kind: 'unavailable', detail: 'this browser has no IndexedDB' });
  let db: IDBDatabase;
  try {
    db = await openDatabase(factory);
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    return unusable({
      kind: name === 'VersionError' ? 'newer-database' : 'unavailable',
      detail: `${NOTES_DB_NAME}: ${describeIdbError(e)}`,
    });
  }
  const problems: NotesProblem[] = [];
  const notes: Note[] = [];
  /** Keys of records a newer app wrote: never overwritten or deleted from here. */
  const newerKeys = new Set<string>();
  try {
    const tx = db.transaction([NOTES_STORE, UNREADABLE_STORE], 'readwrite');
    const store = tx.objectStore(NOTES_STORE);
    const [keys, values] = await Promise.all([
      idbRequest(store.getAllKeys()),
      idbRequest(store.getAll()),
    ]);
    const bad: { key: string; why: string }[] = [];
    let newerWhy = '';
    values.forEach((value: unknown, i) => {
      const key = keys[i] as IDBValidKey;
      const shownKey = JSON.stringify(key);
      const read = readRecord(value, key);
      if (read.ok) notes.push(read.note);
      else if (read.newer) {
        newerKeys.add(typeof key === 'string' ? key : shownKey);
        newerWhy = read.why;
      } else {
        bad.push({ key: shownKey, why: read.why });
        const at = new Date().toISOString();
        tx.objectStore(UNREADABLE_STORE).add({ at, from: NOTES_STORE, key, why: read.why, value });
        store.delete(key);
      }
    });
    await idbFinished(tx);
    if (bad.length > 0) {
      problems.push({
        kind: 'set-aside',
        count: bad.length,
        detail: `${NOTES_STORE}: ${bad
          .slice(0, 3)
          .map((b) => `${b.key.slice(0, 80)} (${b.why})`)
          .join('; ')}${bad.length > 3 ? '; …' : ''} → ${UNREADABLE_STORE}`,
      });
    }
    if (newerKeys.size > 0) {
      problems.push({ kind: 'newer-notes', count: newerKeys.size, detail: newerWhy });
    }
  } catch (e) {
    db.close();
    return unusable({ kind: 'unavailable', detail: `${NOTES_DB_NAME}: ${describeIdbError(e)}` });
  }

  const write = async (
    key: string,
    op: (store: IDBObjectStore) => void,
  ): Promise<NotesProblem | null> => {
    if (newerKeys.has(key)) {
      return { kind: 'newer-notes', count: 1, detail: `${key}: written by a newer version` };
    }
    try {
      const tx = db.transaction(NOTES_STORE, 'readwrite');
      op(tx.objectStore(NOTES_STORE));
      await idbFinished(tx);
      return null;
    } catch (e) {
      return writeProblem(e);
    }
  };
  return {
    notes,
    problems,
    put: (note) => {
      const record = toRecord(note);
      return write(record.key, (s) => s.put(record));
    },
    remove: (dataset, target) => {
      const key = noteKey(dataset, target);
      return write(key, (s) => s.delete(key));
    },
    close: () => {
      db.close();
    },
  };
}
