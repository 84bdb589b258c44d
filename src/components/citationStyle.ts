/**
 * The citation style the reader chose: one choice for every citation on screen (Cite panels,
 * the Sources view, Cite this view), remembered in this browser (store/persistence.ts).
 */
import { useSyncExternalStore } from 'react';
import type { CitationStyle } from '../lib/citations/styles';
import { CITATION_STYLE, readEntry, writeEntry } from '../store/persistence';

const listeners = new Set<() => void>();
let current: CitationStyle | null = null;

function read(): CitationStyle {
  current ??= typeof window === 'undefined' ? CITATION_STYLE.fallback : readEntry(CITATION_STYLE);
  return current;
}

export function setCitationStyle(style: CitationStyle): void {
  current = style;
  writeEntry(CITATION_STYLE, style); // not remembered in private mode; still applied
  for (const l of listeners) l();
}

/** Forgets the cached choice so the next read goes to storage (tests). */
export function resetCitationStyleForTests(): void {
  current = null;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useCitationStyle(): CitationStyle {
  return useSyncExternalStore(subscribe, read, read);
}
