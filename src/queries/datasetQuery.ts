import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetSource } from '../app/datasetSource';
import type { LoadedDataset } from '../domain/indexes';
import { SCHEMA_VERSION } from '../domain/schemaVersion';
import { loadBuiltinDataset, loadDatasetFromUrl } from './loadDataset';

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
    queryFn: ({ signal }) => {
      if (source.kind === 'builtin') return loadBuiltinDataset();
      if (source.kind === 'url') return loadDatasetFromUrl(source.url, source.confirmed, signal);
      // Imported files are validated before they are put in the cache; nothing to fetch.
      return Promise.reject(new Error(`${source.name} is no longer in memory; import it again.`));
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
