/**
 * Whether a new version of the app is waiting, as a tiny external store: the service-worker
 * registration writes it, `UpdatePrompt` reads it (useSyncExternalStore). No React, no
 * `virtual:pwa-register` import, so it is testable anywhere.
 */
export interface SwUpdateSnapshot {
  /** A new service worker is installed and waiting to take over. */
  readonly needRefresh: boolean;
}

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

let snapshot: SwUpdateSnapshot = { needRefresh: false };
let applyFn: UpdateFn | null = null;
const listeners = new Set<() => void>();

function set(next: SwUpdateSnapshot) {
  snapshot = next;
  for (const l of listeners) l();
}

export function subscribeSwUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getSwUpdateSnapshot(): SwUpdateSnapshot {
  return snapshot;
}

/** Called by the registration when a new version waits; `update` activates it and reloads. */
export function offerUpdate(update: UpdateFn): void {
  applyFn = update;
  set({ needRefresh: true });
}

/** "Later": hide the banner; the new version takes over once every tab of the app is closed. */
export function dismissUpdate(): void {
  set({ needRefresh: false });
}

/** "Reload": tell the waiting worker to take over; the page reloads when it does. */
export async function applyUpdate(): Promise<void> {
  await applyFn?.(true);
}
