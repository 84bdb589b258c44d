/**
 * Imports a file in a Web Worker, so a large file does not freeze the page; where workers are
 * unavailable (or the worker cannot start) it imports on the main thread instead.
 */
import { prepareDataset, type LoadedDataset } from '../domain/indexes';
import { importBytes } from './importDataset';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { unpackDataset } from './wire';
import type { ImportOutcome, ImportProgress } from './types';

let nextId = 1;

/**
 * An import's outcome, and with `prepare` the dataset indexed and ready to use (from the
 * worker, the outcome's `dataset.events` is then empty: `loaded.events` holds them).
 */
export interface PreparedImport {
  readonly outcome: ImportOutcome;
  readonly loaded: LoadedDataset | null;
}

async function onMainThread(
  input: Uint8Array | Blob,
  fileName: string | undefined,
  onProgress: ImportProgress | undefined,
  prepare: ImportRequest['prepare'],
): Promise<PreparedImport> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
  const outcome = importBytes(bytes, fileName, onProgress, { baseUrl: prepare?.origin ?? null });
  const loaded =
    prepare !== undefined && outcome.ok
      ? prepareDataset(outcome.dataset, outcome.warnings, prepare.origin)
      : null;
  return { outcome, loaded };
}

function run(
  bytes: Uint8Array | Blob,
  fileName: string | undefined,
  onProgress: ImportProgress | undefined,
  prepare: ImportRequest['prepare'],
): Promise<PreparedImport> {
  if (typeof Worker === 'undefined') return onMainThread(bytes, fileName, onProgress, prepare);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(bytes, fileName, onProgress, prepare);
  }
  const id = nextId++;
  return new Promise<PreparedImport>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
      if (data.id !== id) return;
      if (data.type === 'progress') {
        onProgress?.(data.phase, data.fraction);
      } else {
        worker.terminate();
        resolve({
          outcome: data.outcome,
          loaded: data.packed ? unpackDataset(data.packed) : (data.loaded ?? null),
        });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread(bytes, fileName, onProgress, prepare));
    };
    const request: ImportRequest = { id, bytes, fileName, prepare };
    worker.postMessage(request);
  });
}

export async function importInWorker(
  bytes: Uint8Array,
  fileName?: string,
  onProgress?: ImportProgress,
): Promise<ImportOutcome> {
  return (await run(bytes, fileName, onProgress, undefined)).outcome;
}

/**
 * Imports and indexes a file in a Web Worker: the main thread receives a dataset ready to
 * draw (falls back to the main thread where workers are unavailable).
 */
export function loadInWorker(
  bytes: Uint8Array | Blob,
  fileName: string,
  origin: string | null,
  onProgress?: ImportProgress,
): Promise<PreparedImport> {
  return run(bytes, fileName, onProgress, { origin });
}
