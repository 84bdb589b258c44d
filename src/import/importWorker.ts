/**
 * Module Web Worker: imports a file off the main thread. Create it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { prepareDataset } from '../domain/indexes';
import { importBytes } from './importDataset';
import type { ImportRequest, ImportResponse } from './importProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, bytes, fileName, prepare } }) => {
  const outcome = importBytes(
    bytes,
    fileName,
    (phase, fraction) => {
      scope.postMessage({ id, type: 'progress', phase, fraction });
    },
    { baseUrl: prepare?.origin ?? null },
  );
  // Indexing 100,000 events takes the main thread most of a second: do it here. One message,
  // so the clone keeps `loaded` and `outcome` sharing their objects.
  const loaded =
    prepare !== undefined && outcome.ok
      ? prepareDataset(outcome.dataset, outcome.warnings, prepare.origin)
      : undefined;
  scope.postMessage({ id, type: 'done', outcome, loaded });
};
