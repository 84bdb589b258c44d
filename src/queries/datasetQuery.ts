import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetSource } from './datasetSource';
import type { LoadedDataset } from '../domain/indexes';
import { SCHEMA_VERSION } from '../domain/schemaVersion';
import { isLocaleSettled, whenLocaleSettled } from '../i18n/i18n';
import { loadBuiltinDataset } from './loadDataset';

export function datasetQueryKey(source: DatasetSource) {
  const id =
    source.kind === 'builtin'
      ? 'builtin'
      : source.kind === 'url'
        ? `url:${source.url}`
        : `file:${source.name}#${source.token}`;
  return ['dataset', SCHEMA_VERSION, id] as const;
}

export function datasetQueryOptions(source: DatasetSource) {
  return queryOptions<LoadedDataset>({
    queryKey: datasetQueryKey(source),
    queryFn: async ({ signal }) => {
      const load = () => {
        if (source.kind === 'builtin') return loadBuiltinDataset();
        if (source.kind === 'url') {
          return import('./loadFromUrl').then((m) =>
            m.loadDatasetFromUrl(source.url, source.confirmed, signal),
          );
        }
        // Imported files are validated before they are put in the cache; nothing to fetch.
        return Promise.reject(new Error(`${source.name} is no longer in memory; import it again.`));
      };
      // The first load starts with the page, alongside the interface language's catalogue.
      // A failure before that catalogue is in would carry message keys: try once more after.
      try {
        return await load();
      } catch (e) {
        if (isLocaleSettled()) throw e;
        await whenLocaleSettled();
        return load();
      }
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useDataset(source: DatasetSource, enabled = true) {
  return useQuery({ ...datasetQueryOptions(source), enabled });
}
