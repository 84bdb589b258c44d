import { describeIdbError, idbFinished, idbRequest, openIdb } from './idb';
/**
 * The offline copies of `?data=` files: the last version of each URL that loaded and
 * validated, with when it was fetched, in one IndexedDB database (versioned, raw IndexedDB, no
 * library; the pattern of notesDb.ts). Loaded only with a `?data=` link (lazy).
 *
 * Nothing here throws at the app. What goes wrong is answered as a SnapshotProblem:
 *   - no IndexedDB, or the database cannot be opened (or a newer app made it): no copy this time;
 *   - a record that is not a snapshot (or of another URL than its key): moved to the
 *     `unreadable` store (kept with why and when, never deleted) and reported;
 *   - a file over MAX_SNAPSHOT_BYTES: not kept (said in the README);
 *   - a write that fails (quota): reported, the old copy stays.
 */

export const SNAPSHOTS_DB_NAME = 'wpc-timeline.snapshots';
/** The database's version; raise it and add a step to `upgrade` when the stores change. */
export const SNAPSHOTS_DB_VERSION = 1;
export const SNAPSHOTS_STORE = 'snapshots';
export const UNREADABLE_STORE = 'unreadable';
/** The record format; a later one adds a migration step in `readSnapshotRecord`. */
export const SNAPSHOT_FORMAT = 1;
/** Files larger than this (50 MB) are not kept for offline use. */
export const MAX_SNAPSHOT_BYTES = 50 * 1024 * 1024;

export interface Snapshot {
  /** The resolved URL (href) the file was fetched from: the key. */
  readonly url: string;
  /** When it was fetched (ISO 8601). */
  readonly savedAt: string;
  /** The file as it arrived. */
  readonly bytes: Uint8Array;
}

export type SnapshotProblem =
  | { readonly kind: 'unavailable'; readonly detail: string }
  | { readonly kind: 'too-large'; readonly detail: string }
  | { readonly kind: 'set-aside'; readonly detail: string }
  | { readonly kind: 'newer'; readonly detail: string }
  | { readonly kind: 'write'; readonly detail: string };

export type ReadSnapshot =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly newer: boolean; readonly why: string };

/** A stored value read as a snapshot of the current format, or why it is not one. */
export function readSnapshotRecord(raw: unknown, storedKey: unknown): ReadSnapshot {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, newer: false, why: 'not an object' };
  }
  const { format, url, savedAt, bytes } = raw as Record<string, unknown>;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return { ok: false, newer: false, why: 'no snapshot format' };
  }
  if (format > SNAPSHOT_FORMAT) {
    return { ok: false, newer: true, why: `snapshot format ${format}` };
  }
  if (typeof url !== 'string' || url !== storedKey) {
    return { ok: false, newer: false, why: 'its URL does not match its key' };
  }
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    return { ok: false, newer: false, why: 'no date' };
  }
  if (!(bytes instanceof Uint8Array)) return { ok: false, newer: false, why: 'no file' };
  return { ok: true, snapshot: { url, savedAt, bytes } };
}

/** Brings the stores from `oldVersion` to the current version, one step at a time. */
function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(SNAPSHOTS_STORE, { keyPath: 'url' });
    db.createObjectStore(UNREADABLE_STORE, { autoIncrement: true });
  }
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return openIdb(factory, SNAPSHOTS_DB_NAME, SNAPSHOTS_DB_VERSION, upgrade);
}

const defaultFactory = (): IDBFactory | undefined =>
  (globalThis as { indexedDB?: IDBFactory }).indexedDB;

async function withDb<T>(
  factory: IDBFactory | undefined,
  run: (db: IDBDatabase) => Promise<T>,
  failed: 'unavailable' | 'write' = 'unavailable',
): Promise<T | SnapshotProblem> {
  if (!factory) return { kind: 'unavailable', detail: 'this browser has no IndexedDB' };
  let db: IDBDatabase;
  try {
    db = await openDatabase(factory);
  } catch (e) {
    const newer = (e as { name?: unknown } | null)?.name === 'VersionError';
    return {
      kind: newer ? 'newer' : 'unavailable',
      detail: `${SNAPSHOTS_DB_NAME}: ${describeIdbError(e)}`,
    };
  }
  try {
    return await run(db);
  } catch (e) {
    return { kind: failed, detail: `${SNAPSHOTS_DB_NAME}: ${describeIdbError(e)}` };
  } finally {
    db.close();
  }
}

const isProblem = (v: unknown): v is SnapshotProblem =>
  typeof v === 'object' && v !== null && 'kind' in v && 'detail' in v;

/**
 * Keeps `bytes` as the copy of `url` fetched at `savedAt`, replacing the one before; null when
 * kept, else why not (the file is too large, or the browser would not store it).
 */
export async function keepSnapshot(
  url: string,
  bytes: Uint8Array,
  savedAt: Date,
  factory: IDBFactory | undefined = defaultFactory(),
): Promise<SnapshotProblem | null> {
  if (bytes.length > MAX_SNAPSHOT_BYTES) {
    return { kind: 'too-large', detail: `${url}: ${bytes.length} bytes` };
  }
  const result = await withDb(
    factory,
    async (db) => {
      const tx = db.transaction(SNAPSHOTS_STORE, 'readwrite');
      const store = tx.objectStore(SNAPSHOTS_STORE);
      const old: unknown = await idbRequest(store.get(url));
      const read = old === undefined ? null : readSnapshotRecord(old, url);
      if (read && !read.ok && read.newer) {
        tx.abort();
        return { kind: 'newer', detail: `${url}: ${read.why}` } satisfies SnapshotProblem;
      }
      store.put({ format: SNAPSHOT_FORMAT, url, savedAt: savedAt.toISOString(), bytes });
      await idbFinished(tx);
      return null;
    },
    'write',
  );
  return result;
}

export interface FoundSnapshot {
  /** The copy of that URL, or null when there is none (or it cannot be read). */
  readonly snapshot: Snapshot | null;
  readonly problem: SnapshotProblem | null;
}

/**
 * The copy kept for exactly `url` (never another URL's). A record that cannot be read is
 * moved to the `unreadable` store and reported; it is never deleted.
 */
export async function findSnapshot(
  url: string,
  factory: IDBFactory | undefined = defaultFactory(),
): Promise<FoundSnapshot> {
  const result = await withDb(factory, async (db): Promise<FoundSnapshot> => {
    const tx = db.transaction([SNAPSHOTS_STORE, UNREADABLE_STORE], 'readwrite');
    const store = tx.objectStore(SNAPSHOTS_STORE);
    const raw: unknown = await idbRequest(store.get(url));
    if (raw === undefined) {
      await idbFinished(tx);
      return { snapshot: null, problem: null };
    }
    const read = readSnapshotRecord(raw, url);
    if (read.ok) {
      await idbFinished(tx);
      return { snapshot: read.snapshot, problem: null };
    }
    if (read.newer) {
      await idbFinished(tx);
      return { snapshot: null, problem: { kind: 'newer', detail: `${url}: ${read.why}` } };
    }
    const at = new Date().toISOString();
    tx.objectStore(UNREADABLE_STORE).add({ at, key: url, why: read.why, value: raw });
    store.delete(url);
    await idbFinished(tx);
    return {
      snapshot: null,
      problem: { kind: 'set-aside', detail: `${url} (${read.why}) → ${UNREADABLE_STORE}` },
    };
  });
  return isProblem(result) ? { snapshot: null, problem: result } : result;
}
