/** Messages between importClient (main thread) and importWorker. */
import type { ImportOutcome, ImportPhase } from './types';

export interface ImportRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly fileName?: string | undefined;
}

export type ImportResponse =
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly phase: ImportPhase;
      readonly fraction: number;
    }
  | { readonly id: number; readonly type: 'done'; readonly outcome: ImportOutcome };
