import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN } from '../../../src/queries/datasetSource';
import type { LoadedDataset } from '../../../src/domain/indexes';
import type * as I18nModule from '../../../src/i18n/i18n';

// The dataset loads alongside the interface language's catalogue; what the query does when a
// load fails before that catalogue is in (its messages would be keys) is what is tested here.
const loader = vi.hoisted(() => ({ calls: 0, results: [] as (() => Promise<unknown>)[] }));
const locale = vi.hoisted(() => {
  const state = { settled: false, settle: () => undefined as unknown, promise: Promise.resolve() };
  const reset = () => {
    state.settled = false;
    state.promise = new Promise<void>((resolve) => {
      state.settle = () => {
        state.settled = true;
        resolve();
      };
    });
  };
  return { state, reset };
});

vi.mock('../../../src/queries/loadDataset', () => ({
  loadBuiltinDataset: () => {
    const next = loader.results[loader.calls++];
    return next ? next() : Promise.reject(new Error('no more results'));
  },
}));
vi.mock('../../../src/i18n/i18n', async (importOriginal) => ({
  ...(await importOriginal<typeof I18nModule>()),
  isLocaleSettled: () => locale.state.settled,
  whenLocaleSettled: () => locale.state.promise,
}));

const { datasetQueryOptions } = await import('../../../src/queries/datasetQuery');
const loaded = { dataset: { title: 'T' } } as unknown as LoadedDataset;

function fetchBuiltin() {
  return new QueryClient().query(datasetQueryOptions(BUILTIN));
}

describe('the dataset query', () => {
  beforeEach(() => {
    loader.calls = 0;
    loader.results = [];
    locale.reset();
  });

  it('loads once when all goes well, even before the language is in', async () => {
    loader.results = [() => Promise.resolve(loaded)];
    await expect(fetchBuiltin()).resolves.toBe(loaded);
    expect(loader.calls).toBe(1);
  });

  it('tries again, in the reader’s language, when a load failed before the catalogue was in', async () => {
    loader.results = [
      () => Promise.reject(new Error('load.couldNotFetch')),
      () => Promise.reject(new Error('Could not fetch x.json')),
    ];
    const result = fetchBuiltin();
    await vi.waitFor(() => {
      expect(loader.calls).toBe(1);
    });
    // Still waiting for the catalogue: no second attempt yet, no answer yet.
    await new Promise((r) => setTimeout(r, 10));
    expect(loader.calls).toBe(1);
    locale.state.settle();
    await expect(result).rejects.toThrow('Could not fetch x.json');
    expect(loader.calls).toBe(2);
  });

  it('reports a failure at once when the catalogue was already in', async () => {
    locale.state.settle();
    loader.results = [() => Promise.reject(new Error('Could not fetch y.json'))];
    await expect(fetchBuiltin()).rejects.toThrow('Could not fetch y.json');
    expect(loader.calls).toBe(1);
  });
});
