/**
 * Module Web Worker: imports a file off the main thread. Create it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { prepareDataset } from '../domain/indexes';
import { importBytes } from './importDataset';
import { readBlob } from './readBlob';
import type { ImportRequest, ImportResponse } from './importProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

function answer({ id, bytes, fileName, prepare }: ImportRequest & { bytes: Uint8Array }): void {
  const outcome = importBytes(
    bytes,
    fileName,
    (phase, fraction) => {
      scope.postMessage({ id, type: 'progress', phase, fraction });
    },
    { baseUrl: prepare?.origin ?? null },
  );
  // Indexing 100,000 events takes the main thread most of a second: do it here. One message,
  // so the clone keeps `loaded` and `outcome` sharing their objects; the raw events stay here
  // (`loaded.events` holds them, dated): the clone would copy every event's text twice.
  const loaded =
    prepare !== undefined && outcome.ok
      ? prepareDataset(outcome.dataset, outcome.warnings, prepare.origin)
      : undefined;
  const sent =
    loaded !== undefined && outcome.ok
      ? { ...outcome, dataset: { ...outcome.dataset, events: [] } }
      : outcome;
  scope.postMessage({ id, type: 'done', outcome: sent, loaded });
}

scope.onmessage = ({ data }) => {
  const { id, bytes } = data;
  if (bytes instanceof Uint8Array) {
    answer({ ...data, bytes });
    return;
  }
  // A picked file: read here, in chunks, with the share read as the first tenth of the import.
  void readBlob(bytes, (read, total) => {
    scope.postMessage({ id, type: 'progress', phase: 'decoding', fraction: (0.1 * read) / total });
  }).then((all) => {
    answer({ ...data, bytes: all });
  });
};
