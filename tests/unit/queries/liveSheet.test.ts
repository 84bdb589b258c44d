/**
 * A `?data=` address that loaded once is shown from its offline copy when a later load fails
 * (network, server or a file that no longer validates), saying when it was saved and why; a
 * different address never gets that copy.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/domain/datasetError';
import * as client from '../../../src/import/importClient';
import { loadDatasetFromUrl } from '../../../src/queries/loadFromUrl';

// The real import, watched: what the page hands the worker (see the last test).
vi.mock('../../../src/import/importClient', async (original) => {
  const real = await original<typeof client>();
  return { ...real, loadInWorker: vi.fn(real.loadInWorker) };
});

const MINI = readFileSync(new URL('../../fixtures/mini.json', import.meta.url));

function answer(body: BodyInit | null, status = 200) {
  return vi.fn(() => Promise.resolve(new Response(body, { status })));
}

beforeEach(() => {
  vi.stubGlobal('window', { location: new URL('https://timeline.example/app/') });
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function refusal(p: Promise<unknown>): Promise<DatasetError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a live sheet offline', () => {
  it('shows the copy that validated when the network fails, with when and why', async () => {
    vi.stubGlobal('fetch', answer(MINI));
    const first = await loadDatasetFromUrl('data/mini.json', false);
    expect(first.snapshot).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const again = await loadDatasetFromUrl('data/mini.json', false);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(again.snapshot?.url).toBe('https://timeline.example/app/data/mini.json');
    expect(again.snapshot?.reason).toBe('the request failed (Failed to fetch)');
    expect(Date.parse(again.snapshot?.savedAt ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it('shows it when the server answers an error, or the file no longer validates', async () => {
    vi.stubGlobal('fetch', answer(MINI));
    await loadDatasetFromUrl('data/mini.json', false);
    vi.stubGlobal('fetch', answer('Service Unavailable', 503));
    expect((await loadDatasetFromUrl('data/mini.json', false)).snapshot?.reason).toBe(
      'the server answered 503',
    );
    vi.stubGlobal('fetch', answer('{"schemaVersion": 6, "events": 3}'));
    const broken = await loadDatasetFromUrl('data/mini.json', false);
    expect(broken.snapshot?.reason).toMatch(/mini\.json has \d+ problems?|events/);
  });

  it('a file that fails validation is never kept over the copy that worked', async () => {
    vi.stubGlobal('fetch', answer(MINI));
    const good = await loadDatasetFromUrl('data/mini.json', false);
    vi.stubGlobal('fetch', answer('not a timeline'));
    await loadDatasetFromUrl('data/mini.json', false);
    vi.stubGlobal('fetch', answer(null, 500));
    const shown = await loadDatasetFromUrl('data/mini.json', false);
    expect(shown.events).toHaveLength(good.events.length);
  });

  it('another address gets the normal error, not this copy', async () => {
    vi.stubGlobal('fetch', answer(MINI));
    await loadDatasetFromUrl('data/mini.json', false);
    vi.stubGlobal('fetch', answer(null, 404));
    const e = await refusal(loadDatasetFromUrl('data/other.json', false));
    expect(e.problems.map((p) => p.message)).toEqual(['the server answered 404']);
    // Not even the same file under another query string.
    await refusal(loadDatasetFromUrl('data/mini.json?v=2', false));
  });

  it("another site's address without consent is refused before any copy is looked up", async () => {
    vi.stubGlobal('fetch', answer(MINI));
    await loadDatasetFromUrl('https://sheets.example/pub.json', true);
    const e = await refusal(loadDatasetFromUrl('https://sheets.example/pub.json', false));
    expect(e.message).toBe('Datasets from other sites are not loaded without your consent');
    expect((await loadDatasetFromUrl('https://sheets.example/pub.json', true)).snapshot).toBe(
      undefined,
    );
  });
});

describe('a ?data= file in the import worker', () => {
  it('is handed over as a Blob of its bytes, so a JSON file is parsed as it streams in', async () => {
    vi.mocked(client.loadInWorker).mockClear();
    vi.stubGlobal('fetch', answer(MINI));
    const loaded = await loadDatasetFromUrl('data/mini.json', false);
    expect(loaded.events.length).toBeGreaterThan(0);
    const calls = vi.mocked(client.loadInWorker).mock.calls;
    expect(calls).toHaveLength(1);
    const input = calls[0]?.[0];
    expect(input).toBeInstanceOf(Blob);
    expect((input as Blob).size).toBe(MINI.length);
    expect(calls[0]?.[1]).toBe('mini.json');
  });
});
