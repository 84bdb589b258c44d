/** Messages between importClient (main thread) and importWorker. */
import type { LoadedDataset } from '../domain/indexes';
import type { ImportOutcome, ImportPhase } from './types';
import type { PackedDataset } from './wire';

export interface ImportRequest {
  readonly id: number;
  /** The file's bytes, or the picked file itself (then the worker reads it, in chunks). */
  readonly bytes: Uint8Array | Blob;
  readonly fileName?: string | undefined;
  /** Also build the lookups (prepareDataset) off the main thread, recording this origin. */
  readonly prepare?: { readonly origin: string | null } | undefined;
}

export type ImportResponse =
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly phase: ImportPhase;
      readonly fraction: number;
    }
  | {
      readonly id: number;
      readonly type: 'done';
      readonly outcome: ImportOutcome;
      /**
       * With `prepare`: the dataset ready to use (it shares its objects with `outcome`, whose
       * `dataset.events` is then empty: `loaded.events` holds them)…
       */
      readonly loaded?: LoadedDataset | undefined;
      /** …or, mostly, packed (see wire.ts): unpackDataset makes it the same. */
      readonly packed?: PackedDataset | undefined;
    };
