/**
 * A `?data=` file reaches the import worker as a Blob, as a picked file does, so the worker
 * parses a JSON file as it streams in instead of decoding it to one string.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as client from '../../../src/import/importClient';
import { loadDatasetFromUrl } from '../../../src/queries/loadFromUrl';

const MINI = readFileSync(new URL('../../fixtures/mini.json', import.meta.url));

vi.mock('../../../src/import/importClient', async (original) => {
  const real = await original<typeof client>();
  return { ...real, loadInWorker: vi.fn(real.loadInWorker) };
});

beforeEach(() => {
  vi.stubGlobal('window', { location: new URL('https://timeline.example/app/') });
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('hands the fetched file to the import as a Blob of its bytes, and loads it', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(MINI))),
  );
  const loaded = await loadDatasetFromUrl('data/mini.json', false);
  expect(loaded.events.length).toBeGreaterThan(0);
  const calls = vi.mocked(client.loadInWorker).mock.calls;
  expect(calls).toHaveLength(1);
  const input = calls[0]?.[0];
  expect(input).toBeInstanceOf(Blob);
  expect((input as Blob).size).toBe(MINI.length);
  expect(calls[0]?.[1]).toBe('mini.json');
});
