/**
 * The IndexedDB plumbing the browser stores share (the reader's notes, the live sheets' saved
 * copies): a request or a transaction as a promise, a readable error, and opening a database at
 * a version with its upgrade steps. Each store keeps its own records, validation and quarantine.
 */

export function idbRequest<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => {
      resolve(r.result);
    };
    r.onerror = () => {
      reject(r.error ?? new Error('request failed'));
    };
  });
}

export function idbFinished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error('transaction failed'));
    };
    tx.onabort = () => {
      reject(tx.error ?? new Error('transaction aborted'));
    };
  });
}

/** "QuotaExceededError: …" for an Error or DOMException, else the value as text. */
export function describeIdbError(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    return `${e.name}: ${e.message}`;
  }
  return String(e);
}

/**
 * Opens `name` at `version`, running `upgrade` from the version found (0 for a new database).
 * A newer version of the app in another tab needs this one out of the way to upgrade, so the
 * connection closes itself when asked.
 */
export function openIdb(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = factory.open(name, version);
    r.onupgradeneeded = (ev) => {
      upgrade(r.result, ev.oldVersion);
    };
    r.onsuccess = () => {
      const db = r.result;
      db.onversionchange = () => {
        db.close();
      };
      resolve(db);
    };
    r.onerror = () => {
      reject(r.error ?? new Error('open failed'));
    };
  });
}
