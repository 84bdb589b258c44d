/**
 * Module Web Worker: imports a file off the main thread. Create it with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { prepareDataset } from '../domain/indexes';
import { importBytes, importParsedJson } from './importDataset';
import { readJsonBlob } from './jsonStream';
import { packDataset } from './wire';
import { readBlob } from './readBlob';
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { ImportOptions, ImportOutcome, ImportProgress } from './types';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

type Request = ImportRequest & { bytes: Uint8Array };

function answer({ id, bytes, fileName, prepare }: Request): void {
  respond(id, prepare, (onProgress, options) => importBytes(bytes, fileName, onProgress, options));
}

function respond(
  id: number,
  prepare: ImportRequest['prepare'],
  run: (onProgress: ImportProgress, options: ImportOptions) => ImportOutcome,
): void {
  const outcome = run(
    (phase, fraction) => {
      scope.postMessage({ id, type: 'progress', phase, fraction });
    },
    { baseUrl: prepare?.origin ?? null },
  );
  if (prepare === undefined || !outcome.ok) {
    scope.postMessage({ id, type: 'done', outcome });
    return;
  }
  // Indexing 100,000 events takes the main thread most of a second: the sorting is done here,
  // and the events go to the page as text (see wire.ts), once: the outcome's are left out.
  // One message, so the clone keeps the dataset and `outcome` sharing their objects.
  const sent = { ...outcome, dataset: { ...outcome.dataset, events: [] } };
  const packed = packDataset(outcome.dataset, outcome.warnings, prepare.origin);
  scope.postMessage(
    packed === null
      ? {
          id,
          type: 'done',
          outcome: sent,
          loaded: prepareDataset(outcome.dataset, outcome.warnings, prepare.origin),
        }
      : { id, type: 'done', outcome: sent, packed },
  );
}

/**
 * A picked file. A JSON object is parsed as it streams in (never held as one string), with
 * the share read as the first 60% of the import; anything else, or a JSON file with a
 * problem, is read whole in chunks, the share read as the first tenth, and imported from its
 * bytes (which says where the problem is).
 */
async function answerFile(data: ImportRequest & { bytes: Blob }): Promise<void> {
  const { id, bytes: blob, fileName, prepare } = data;
  const value = await readJsonBlob(blob, (read, total) => {
    scope.postMessage({ id, type: 'progress', phase: 'decoding', fraction: (0.6 * read) / total });
  });
  if (value !== null) {
    respond(id, prepare, (onProgress, options) => {
      onProgress('parsing', 0.6);
      return importParsedJson(value, fileName, onProgress, options);
    });
    return;
  }
  const all = await readBlob(blob, (read, total) => {
    scope.postMessage({ id, type: 'progress', phase: 'decoding', fraction: (0.1 * read) / total });
  });
  answer({ ...data, bytes: all });
}

scope.onmessage = ({ data }) => {
  const { bytes } = data;
  if (bytes instanceof Uint8Array) {
    answer({ ...data, bytes });
    return;
  }
  void answerFile({ ...data, bytes });
};
