/**
 * The worker entry and the client, in Node: the worker module is driven through a stand-in
 * `self`, and the client through stand-in Worker classes (Node has no Web Workers, which also
 * exercises the main-thread fallback).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes } from '../../../src/import/importDataset';
import type { ImportRequest, ImportResponse } from '../../../src/import/importProtocol';
import type { ImportPhase } from '../../../src/import/types';
import { unpackDataset } from '../../../src/import/wire';

const CSV = new TextEncoder().encode('Year,Headline\n2001,Something\n');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('importWorker', () => {
  it('answers a request with progress messages, then the outcome', async () => {
    const posted: ImportResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ImportRequest }) => void) | null;
      postMessage: (m: ImportResponse) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    await import('../../../src/import/importWorker');
    expect(scope.onmessage).toBeTypeOf('function');
    scope.onmessage!({ data: { id: 7, bytes: CSV, fileName: 'a.csv' } });
    expect(posted.flatMap((m) => (m.type === 'progress' ? [m.phase] : []))).toEqual([
      'decoding',
      'parsing',
      'parsing',
      'validating',
    ]);
    const done = posted.at(-1);
    expect(done).toEqual({ id: 7, type: 'done', outcome: importBytes(CSV, 'a.csv') });
    expect(posted.every((m) => m.id === 7)).toBe(true);
  });

  it('reads a picked file (a Blob) itself, reporting the share read, then imports it', async () => {
    const posted: ImportResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ImportRequest }) => void) | null;
      postMessage: (m: ImportResponse) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    await import('../../../src/import/importWorker');
    scope.onmessage!({ data: { id: 8, bytes: new Blob([CSV]), fileName: 'a.csv' } });
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('done'));
    expect(posted[0]).toEqual({ id: 8, type: 'progress', phase: 'decoding', fraction: 0.1 });
    expect(posted.at(-1)).toEqual({ id: 8, type: 'done', outcome: importBytes(CSV, 'a.csv') });
  });
});

describe('importWorker reading a picked JSON file', () => {
  const json = new TextEncoder().encode(
    JSON.stringify({
      title: { text: { headline: 'Streamed' } },
      events: [
        { start_date: { year: '2009' }, text: { headline: 'Later' } },
        { start_date: { year: '2001' }, text: { headline: 'Earlier' } },
      ],
    }),
  );

  async function pick(bytes: Uint8Array<ArrayBuffer>, prepare?: ImportRequest['prepare']) {
    const posted: ImportResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ImportRequest }) => void) | null;
      postMessage: (m: ImportResponse) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    await import('../../../src/import/importWorker');
    scope.onmessage!({ data: { id: 3, bytes: new Blob([bytes]), fileName: 'p.json', prepare } });
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('done'));
    return posted;
  }

  it('parses it as it streams in, reporting the share read, to what importBytes makes of it', async () => {
    const posted = await pick(json);
    expect(posted[0]).toEqual({ id: 3, type: 'progress', phase: 'decoding', fraction: 0.6 });
    expect(posted.at(-1)).toEqual({ id: 3, type: 'done', outcome: importBytes(json, 'p.json') });
  });

  it('with prepare, sends the dated events once: the outcome keeps everything else', async () => {
    const done = (await pick(json, { origin: null })).at(-1);
    if (done?.type !== 'done' || !done.outcome.ok) throw new Error('expected a successful import');
    if (!done.packed) throw new Error('expected the events packed');
    const loaded = unpackDataset(done.packed);
    expect(loaded.events.map((e) => e.title)).toEqual(['Earlier', 'Later']);
    expect(done.outcome.dataset.events).toEqual([]);
    const whole = importBytes(json, 'p.json');
    if (!whole.ok) throw new Error('expected a successful import');
    expect(done.outcome.dataset).toEqual({ ...whole.dataset, events: [] });
  });

  it('a file with a syntax error is read whole and the problem located as importBytes does', async () => {
    const broken = new TextEncoder().encode(
      '{"events": [\n  {"start_date": {"year": 2001}}\n  {}\n]}',
    );
    const done = (await pick(broken)).at(-1);
    const expected = importBytes(broken, 'p.json');
    expect(expected.ok ? [] : expected.problems[0]?.path).toBe('line 3, column 3');
    expect(done).toEqual({ id: 3, type: 'done', outcome: expected });
  });
});

describe('importWorker with prepare', () => {
  it('also indexes the dataset, sharing objects with the outcome, and reports problems without it', async () => {
    const posted: ImportResponse[] = [];
    const scope: {
      onmessage: ((e: { data: ImportRequest }) => void) | null;
      postMessage: (m: ImportResponse) => void;
    } = { onmessage: null, postMessage: (m) => posted.push(m) };
    vi.stubGlobal('self', scope);
    await import('../../../src/import/importWorker');
    const two = new TextEncoder().encode('Year,Headline\n2003,Later\n2001,Earlier\n');
    scope.onmessage!({ data: { id: 1, bytes: two, fileName: 'b.csv', prepare: { origin: 'x' } } });
    const done = posted.at(-1);
    if (done?.type !== 'done' || !done.outcome.ok) throw new Error('expected a successful import');
    if (!done.packed) throw new Error('expected the events packed');
    const loaded = unpackDataset(done.packed);
    expect(loaded.events.map((e) => e.title)).toEqual(['Earlier', 'Later']);
    expect(loaded.origin).toBe('x');
    expect(loaded.dataset.themes).toBe(done.outcome.dataset.themes);
    expect(loaded.dataset).not.toHaveProperty('events');
    const first = loaded.events[0]!;
    expect(loaded.eventsById.get(first.id)).toBe(first);

    const bad = new TextEncoder().encode('{"not": "a timeline"');
    scope.onmessage!({
      data: { id: 2, bytes: bad, fileName: 'c.json', prepare: { origin: null } },
    });
    const failed = posted.at(-1);
    expect(failed?.type === 'done' && failed.outcome.ok).toBe(false);
    expect(failed?.type === 'done' ? failed.loaded : 'not done').toBeUndefined();
  });
});

describe('importInWorker', () => {
  it('imports on the main thread where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { importInWorker } = await import('../../../src/import/importClient');
    const phases: ImportPhase[] = [];
    const outcome = await importInWorker(CSV, 'a.csv', (p) => phases.push(p));
    expect(outcome).toEqual(importBytes(CSV, 'a.csv'));
    expect(phases).toEqual(['decoding', 'parsing', 'parsing', 'validating']);
  });

  it('loadInWorker indexes on the main thread too where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { loadInWorker } = await import('../../../src/import/importClient');
    const { outcome, loaded } = await loadInWorker(CSV, 'a.csv', null);
    expect(outcome.ok).toBe(true);
    expect(loaded?.events.map((e) => e.title)).toEqual(['Something']);
  });

  it('runs the import in a module worker, forwards progress and ends the worker', async () => {
    const created: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((e: { data: ImportResponse }) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      terminated = false;
      constructor(
        readonly url: URL,
        readonly options: { type: string },
      ) {
        created.push(this);
      }
      postMessage({ id, bytes, fileName }: ImportRequest) {
        queueMicrotask(() => {
          // A reply to some other request is ignored.
          this.onmessage?.({
            data: { id: id + 1000, type: 'progress', phase: 'parsing', fraction: 0.5 },
          });
          this.onmessage?.({ data: { id, type: 'progress', phase: 'validating', fraction: 0.7 } });
          this.onmessage?.({
            data: {
              id,
              type: 'done',
              outcome: importBytes(bytes as Uint8Array, fileName),
            },
          });
        });
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { importInWorker } = await import('../../../src/import/importClient');
    const progress: [ImportPhase, number][] = [];
    const outcome = await importInWorker(CSV, 'a.csv', (p, f) => progress.push([p, f]));
    expect(outcome.ok && outcome.dataset.events[0]?.title).toBe('Something');
    expect(progress).toEqual([['validating', 0.7]]);
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toEqual({ type: 'module' });
    expect(created[0]!.url.pathname).toMatch(/\/src\/import\/importWorker\.ts$/);
    expect(created[0]!.terminated).toBe(true);
  });

  it('falls back to the main thread when the worker cannot start or fails', async () => {
    vi.stubGlobal('Worker', function Throwing(): never {
      throw new Error('blocked by CSP');
    });
    let { importInWorker } = await import('../../../src/import/importClient');
    expect(await importInWorker(CSV, 'a.csv')).toEqual(importBytes(CSV, 'a.csv'));

    vi.resetModules();
    let prevented = false;
    class Failing {
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      postMessage() {
        queueMicrotask(() =>
          this.onerror?.({
            preventDefault: () => {
              prevented = true;
            },
          }),
        );
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', Failing);
    ({ importInWorker } = await import('../../../src/import/importClient'));
    expect(await importInWorker(CSV, 'a.csv')).toEqual(importBytes(CSV, 'a.csv'));
    expect(prevented).toBe(true);
  });
});
