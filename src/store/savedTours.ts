/**
 * The reader's own tours in localStorage: the key, the format's version and writing. Free of
 * the schema library, so the chart view can start without it; reading and checking stored
 * tours (tourStorage.ts) loads only when something is stored.
 */
import type { Tour } from '../lib/tours';

export const TOURS_KEY = 'wpc-timeline.tours';
export const TOURS_BACKUP_KEY = 'wpc-timeline.tours.unreadable';
export const TOURS_STORAGE_VERSION = 1;

/** A saved tour remembers which dataset it was made for (its title). */
export interface SavedTour {
  readonly tour: Tour;
  readonly dataset: string;
}

export interface LoadedTours {
  readonly tours: readonly SavedTour[];
  /** What went wrong, in plain words, when something was set aside. */
  readonly problem: string | null;
}

/**
 * Whether there may be saved tours to read: false only when the key is surely absent or
 * empty. (Blocked storage answers true, so the reader explains why nothing can be read.)
 */
export function mayHaveSavedTours(storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!storage) return false;
  try {
    const text = storage.getItem(TOURS_KEY);
    return text !== null && text !== '';
  } catch {
    return true;
  }
}

export function saveTours(
  storage: Pick<Storage, 'setItem'> | null,
  tours: readonly SavedTour[],
): string | null {
  if (!storage) return 'Tours cannot be saved in this browser.';
  try {
    storage.setItem(TOURS_KEY, JSON.stringify({ version: TOURS_STORAGE_VERSION, tours }));
    return null;
  } catch {
    return 'Your tours could not be saved (storage is full or blocked).';
  }
}
