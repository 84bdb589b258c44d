import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCHEMA_VERSION } from '../domain/schemaVersion';
import { loadDataset } from './loadDataset';

export function datasetQueryOptions(dataUrl: string | null) {
  return queryOptions({
    queryKey: ['dataset', SCHEMA_VERSION, dataUrl ?? 'builtin'] as const,
    queryFn: ({ signal }) => loadDataset(dataUrl, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useDataset(dataUrl: string | null) {
  return useQuery(datasetQueryOptions(dataUrl));
}
