import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { writeNote } from '../../../src/lib/notes';
import {
  NOTES_DB_NAME,
  NOTES_STORE,
  UNREADABLE_STORE,
  openNotesDb,
} from '../../../src/store/notesDb';

const note = (id: string, text = `note on ${id}`) =>
  writeNote('WPC', { kind: 'event', id }, text, new Date('2026-12-03T10:00:00Z'));

/** Runs raw IndexedDB against the database, as another version of the app (or junk) would. */
function raw(
  factory: IDBFactory,
  version: number,
  fn: (db: IDBDatabase) => void,
  upgrade?: (db: IDBDatabase) => void,
) {
  return new Promise<void>((resolve, reject) => {
    const r = factory.open(NOTES_DB_NAME, version);
    r.onupgradeneeded = () => upgrade?.(r.result);
    r.onerror = () => reject(r.error ?? new Error('failed'));
    r.onsuccess = () => {
      const db = r.result;
      try {
        fn(db);
      } finally {
        db.close();
      }
      resolve();
    };
  });
}

function putRaw(factory: IDBFactory, entries: [unknown, IDBValidKey?][]) {
  return new Promise<void>((resolve, reject) => {
    void raw(factory, 1, (db) => {
      const tx = db.transaction(NOTES_STORE, 'readwrite');
      for (const [value, key] of entries) tx.objectStore(NOTES_STORE).put(value, key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('failed'));
    });
  });
}

function readAll(factory: IDBFactory, store: string) {
  return new Promise<unknown[]>((resolve, reject) => {
    void raw(factory, 1, (db) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('failed'));
    });
  });
}

describe('the notes database', () => {
  it('keeps notes across openings (a reload), replaces and removes them', async () => {
    const factory = new IDBFactory();
    const db = await openNotesDb(factory);
    expect(db.problems).toEqual([]);
    expect(await db.put(note('a'))).toBeNull();
    expect(await db.put(note('b'))).toBeNull();
    expect(await db.put(note('a', 'changed'))).toBeNull();
    db.close();

    const again = await openNotesDb(factory);
    expect(again.problems).toEqual([]);
    const texts = again.notes.map((n) => `${n.target.id}:${n.text}`).sort();
    expect(texts).toEqual(['a:changed', 'b:note on b']);
    expect(await again.remove('WPC', { kind: 'event', id: 'a' })).toBeNull();
    again.close();
    const third = await openNotesDb(factory);
    expect(third.notes.map((n) => n.target.id)).toEqual(['b']);
    third.close();
  });

  it('sets unreadable records aside (kept, with why) and still reads the good ones', async () => {
    const factory = new IDBFactory();
    const db = await openNotesDb(factory);
    await db.put(note('good'));
    db.close();
    await putRaw(factory, [
      [{ key: 'junk-1', hello: 'world' }],
      [{ key: 'junk-2', format: 1, dataset: 'WPC', kind: 'event', id: 'x' }],
    ]);

    const opened = await openNotesDb(factory);
    expect(opened.notes.map((n) => n.target.id)).toEqual(['good']);
    expect(opened.problems).toHaveLength(1);
    const problem = opened.problems[0]!;
    expect(problem.kind).toBe('set-aside');
    expect(problem.kind === 'set-aside' && problem.count).toBe(2);
    expect(problem.detail).toContain('junk-1');
    expect(problem.detail).toContain('no note format');
    opened.close();

    const aside = (await readAll(factory, UNREADABLE_STORE)) as { value: unknown; why: string }[];
    expect(aside.map((a) => a.value)).toContainEqual({ key: 'junk-1', hello: 'world' });
    expect(aside.map((a) => a.why).sort()).toEqual(['no note format', 'no text']);
    // Set aside once: the next opening is clean.
    const clean = await openNotesDb(factory);
    expect(clean.problems).toEqual([]);
    expect(clean.notes).toHaveLength(1);
    clean.close();
  });

  it('leaves a note of a newer format alone: not shown, not overwritten, not set aside', async () => {
    const factory = new IDBFactory();
    (await openNotesDb(factory)).close();
    const future = { ...note('f'), key: 'WPC\u0000event\u0000f', format: 2, extra: true };
    await putRaw(factory, [[future]]);
    const db = await openNotesDb(factory);
    expect(db.notes).toEqual([]);
    expect(db.problems.map((p) => p.kind)).toEqual(['newer-notes']);
    const refused = await db.put(note('f', 'overwrite?'));
    expect(refused?.kind).toBe('newer-notes');
    db.close();
    expect(await readAll(factory, NOTES_STORE)).toEqual([future]);
  });

  it('a database upgraded by a newer version of the app is reported and left untouched', async () => {
    const factory = new IDBFactory();
    await raw(
      factory,
      3,
      () => undefined,
      (db) => db.createObjectStore('notes-v3'),
    );
    const db = await openNotesDb(factory);
    expect(db.notes).toEqual([]);
    expect(db.problems).toHaveLength(1);
    expect(db.problems[0]!.kind).toBe('newer-database');
    expect(db.problems[0]!.detail).toContain('VersionError');
    expect((await db.put(note('a')))?.kind).toBe('newer-database');
    const names = await factory.databases();
    expect(names).toEqual([{ name: NOTES_DB_NAME, version: 3 }]);
  });

  it('a database without its stores (damaged) is reported as unavailable, never a crash', async () => {
    const factory = new IDBFactory();
    await raw(
      factory,
      1,
      () => undefined,
      () => undefined,
    );
    const db = await openNotesDb(factory);
    expect(db.notes).toEqual([]);
    expect(db.problems[0]!.kind).toBe('unavailable');
    expect(db.problems[0]!.detail).toContain(NOTES_DB_NAME);
    expect((await db.put(note('a')))?.kind).toBe('unavailable');
  });

  it('no IndexedDB at all (some private modes): notes are unavailable, with why', async () => {
    const db = await openNotesDb(undefined);
    expect(db.problems).toEqual([{ kind: 'unavailable', detail: 'this browser has no IndexedDB' }]);
  });
});
