/**
 * Light or dark: follows the system setting unless the reader chose one (kept in
 * localStorage). Sets data-theme on <html> so CSS and the canvas agree.
 */
import { useSyncExternalStore } from 'react';
import { COLOR_SCHEME, readEntry, writeEntry, type SchemePreference } from '../store/persistence';

export type { SchemePreference } from '../store/persistence';
export type Scheme = 'light' | 'dark';

const listeners = new Set<() => void>();

let preference: SchemePreference =
  typeof window === 'undefined' ? 'system' : readEntry(COLOR_SCHEME);

function systemScheme(): Scheme {
  // jsdom (and very old browsers) have no matchMedia: light.
  return typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

function apply() {
  const resolved = preference === 'system' ? systemScheme() : preference;
  document.documentElement.dataset.theme = resolved;
  document.documentElement.style.colorScheme = resolved;
  for (const l of listeners) l();
}

export function initColorScheme(): void {
  apply();
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (preference === 'system') apply();
  });
}

export function setSchemePreference(p: SchemePreference): void {
  preference = p;
  // Not remembered in private mode; still applied.
  writeEntry(COLOR_SCHEME, p);
  apply();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useSchemePreference(): SchemePreference {
  return useSyncExternalStore(
    subscribe,
    () => preference,
    () => 'system',
  );
}

export function useScheme(): Scheme {
  return useSyncExternalStore(
    subscribe,
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
    () => 'light',
  );
}
