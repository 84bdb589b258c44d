/**
 * Progress of the dataset being loaded, for the loading state: a tiny external store the
 * loader writes and React reads with useSyncExternalStore (TanStack Query has no progress).
 */
import { useSyncExternalStore } from 'react';

export type LoadPhase = 'downloading' | 'decoding' | 'parsing' | 'validating' | 'preparing';

export interface LoadProgress {
  readonly phase: LoadPhase;
  /** 0–1 when known, else null. */
  readonly fraction: number | null;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportProgress(p: LoadProgress | null): void {
  current = p;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Which words a loading phase is shown with (see i18n: "Reading the timeline…"). */
export const PHASE_KEY = {
  downloading: 'downloading',
  decoding: 'reading',
  parsing: 'reading',
  validating: 'checking',
  preparing: 'layingOut',
} as const satisfies Record<LoadPhase, string>;
