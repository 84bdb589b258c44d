/**
 * Light or dark: follows the system setting unless the reader chose one (kept in
 * localStorage). Sets data-theme on <html> so CSS and the canvas agree.
 */
import { useSyncExternalStore } from 'react';

export type SchemePreference = 'system' | 'light' | 'dark';
export type Scheme = 'light' | 'dark';

const KEY = 'wpc-timeline.colorScheme';
const listeners = new Set<() => void>();

function readPreference(): SchemePreference {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

let preference: SchemePreference = typeof window === 'undefined' ? 'system' : readPreference();

function systemScheme(): Scheme {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches
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
  try {
    if (p === 'system') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, p);
  } catch {
    // Not remembered in private mode; still applied.
  }
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
