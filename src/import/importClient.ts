/**
 * Imports a file in a Web Worker, so a large file does not freeze the page; where workers are
 * unavailable (or the worker cannot start) it imports on the main thread instead.
 */
import { importBytes } from './importDataset';
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { ImportOutcome, ImportProgress } from './types';

let nextId = 1;

function onMainThread(
  bytes: Uint8Array,
  fileName: string | undefined,
  onProgress?: ImportProgress,
): Promise<ImportOutcome> {
  return Promise.resolve(importBytes(bytes, fileName, onProgress));
}

export function importInWorker(
  bytes: Uint8Array,
  fileName?: string,
  onProgress?: ImportProgress,
): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return onMainThread(bytes, fileName, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(bytes, fileName, onProgress);
  }
  const id = nextId++;
  return new Promise<ImportOutcome>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
      if (data.id !== id) return;
      if (data.type === 'progress') {
        onProgress?.(data.phase, data.fraction);
      } else {
        worker.terminate();
        resolve(data.outcome);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread(bytes, fileName, onProgress));
    };
    const request: ImportRequest = { id, bytes, fileName };
    worker.postMessage(request);
  });
}
