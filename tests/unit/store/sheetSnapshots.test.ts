import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  MAX_SNAPSHOT_BYTES,
  SNAPSHOTS_DB_NAME,
  SNAPSHOTS_STORE,
  UNREADABLE_STORE,
  findSnapshot,
  keepSnapshot,
} from '../../../src/store/sheetSnapshots';

const URL_A = 'https://sheets.example/pub?output=csv';
const URL_B = 'https://sheets.example/other.csv';
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const at = new Date('2026-12-03T14:20:00Z');

/** Writes straight into the store, as junk or a newer version of the app would. */
function putRaw(factory: IDBFactory, value: unknown) {
  return new Promise<void>((resolve, reject) => {
    const r = factory.open(SNAPSHOTS_DB_NAME, 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore(SNAPSHOTS_STORE, { keyPath: 'url' });
      r.result.createObjectStore(UNREADABLE_STORE, { autoIncrement: true });
    };
    r.onerror = () => reject(r.error ?? new Error('failed'));
    r.onsuccess = () => {
      const db = r.result;
      const tx = db.transaction(SNAPSHOTS_STORE, 'readwrite');
      tx.objectStore(SNAPSHOTS_STORE).put(value);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('failed'));
    };
  });
}

function readAll(factory: IDBFactory, store: string) {
  return new Promise<unknown[]>((resolve, reject) => {
    const r = factory.open(SNAPSHOTS_DB_NAME, 1);
    r.onerror = () => reject(r.error ?? new Error('failed'));
    r.onsuccess = () => {
      const db = r.result;
      const q = db.transaction(store).objectStore(store).getAll();
      q.onsuccess = () => {
        db.close();
        resolve(q.result);
      };
    };
  });
}

describe('offline copies of ?data= files', () => {
  it('keeps the file with when it was fetched, and finds it for the same URL only', async () => {
    const factory = new IDBFactory();
    expect(await keepSnapshot(URL_A, bytes('id,title\n1,A'), at, factory)).toBeNull();
    const found = await findSnapshot(URL_A, factory);
    expect(found.problem).toBeNull();
    expect(found.snapshot?.savedAt).toBe('2026-12-03T14:20:00.000Z');
    expect(text(found.snapshot!.bytes)).toBe('id,title\n1,A');
    expect(await findSnapshot(URL_B, factory)).toEqual({ snapshot: null, problem: null });
  });

  it('a later version replaces the copy before', async () => {
    const factory = new IDBFactory();
    await keepSnapshot(URL_A, bytes('old'), at, factory);
    await keepSnapshot(URL_A, bytes('new'), new Date('2026-12-03T16:00:00Z'), factory);
    const found = await findSnapshot(URL_A, factory);
    expect(text(found.snapshot!.bytes)).toBe('new');
    expect(found.snapshot?.savedAt).toBe('2026-12-03T16:00:00.000Z');
  });

  it('a record that is not a snapshot is set aside (kept, not deleted) and reported', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, { url: URL_A, format: 1, savedAt: 'yesterday', bytes: 'junk' });
    const found = await findSnapshot(URL_A, factory);
    expect(found.snapshot).toBeNull();
    expect(found.problem?.kind).toBe('set-aside');
    expect(found.problem?.detail).toContain(URL_A);
    expect(await readAll(factory, SNAPSHOTS_STORE)).toEqual([]);
    const aside = (await readAll(factory, UNREADABLE_STORE)) as { key: string; why: string }[];
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: URL_A, why: 'no date' });
    // The next validated load keeps a fresh copy.
    expect(await keepSnapshot(URL_A, bytes('fresh'), at, factory)).toBeNull();
    expect(text((await findSnapshot(URL_A, factory)).snapshot!.bytes)).toBe('fresh');
  });

  it("a newer app's record is neither shown nor overwritten", async () => {
    const factory = new IDBFactory();
    const newer = { url: URL_A, format: 2, savedAt: at.toISOString(), payload: 'x' };
    await putRaw(factory, newer);
    expect((await findSnapshot(URL_A, factory)).problem?.kind).toBe('newer');
    expect((await keepSnapshot(URL_A, bytes('mine'), at, factory))?.kind).toBe('newer');
    expect(await readAll(factory, SNAPSHOTS_STORE)).toEqual([newer]);
  });

  it('a file over 50 MB is not kept, and says so', async () => {
    const factory = new IDBFactory();
    const big = new Uint8Array(MAX_SNAPSHOT_BYTES + 1);
    expect(MAX_SNAPSHOT_BYTES).toBe(50 * 1024 * 1024);
    expect((await keepSnapshot(URL_A, big, at, factory))?.kind).toBe('too-large');
    expect((await findSnapshot(URL_A, factory)).snapshot).toBeNull();
  });

  it('without IndexedDB nothing throws: no copy, and why', async () => {
    expect((await keepSnapshot(URL_A, bytes('x'), at, undefined))?.kind).toBe('unavailable');
    expect(await findSnapshot(URL_A, undefined)).toEqual({
      snapshot: null,
      problem: { kind: 'unavailable', detail: 'this browser has no IndexedDB' },
    });
  });

  it('a database made by a newer version of the app is left alone', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const r = factory.open(SNAPSHOTS_DB_NAME, 9);
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
    });
    expect((await findSnapshot(URL_A, factory)).problem?.kind).toBe('newer');
    expect((await keepSnapshot(URL_A, bytes('x'), at, factory))?.kind).toBe('newer');
  });
});
