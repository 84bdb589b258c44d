/**
 * Module Web Worker: imports a file off the main thread. Create it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { importBytes } from './importDataset';
import type { ImportRequest, ImportResponse } from './importProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, bytes, fileName } }) => {
  const outcome = importBytes(bytes, fileName, (phase, fraction) => {
    scope.postMessage({ id, type: 'progress', phase, fraction });
  });
  scope.postMessage({ id, type: 'done', outcome });
};
