/**
 * Everything the app keeps in this browser (localStorage), in one place: the reader's
 * preferences and their own tours. Nothing here is shared through links; that is the URL's
 * job (stateTable.ts).
 *
 * Each preference is an entry with a key, a format version and a parser. It is stored as
 * `{"version":1,"value":…}`. Reading never throws: blocked storage, text that is not JSON, a
 * value of the wrong shape or one written by a newer version of the app all read as the
 * entry's fallback (and a newer value is left alone). Values written before entries had
 * versions (version 0: the bare text, such as `dark` or `1`) are migrated on first read and
 * written back in the current format.
 *
 * Saved tours keep their own versioned layout (`{"version":1,"tours":[…]}`); they are checked
 * against the schema by tourStorage.ts, which loads only when there is something to read.
 */
import type { Tour } from '../lib/tours';
import { isCitationStyle, type CitationStyle } from '../lib/citations/styles';
import { parseAnswers, type ConsentAnswers } from '../lib/imageConsentAnswers';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where it cannot even be reached (some privacy modes). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface PersistedEntry<T> {
  readonly key: string;
  /** The format written now; raise it (and handle the old one in `migrate`) on a change. */
  readonly version: number;
  /** What an absent, unreadable or unknown value reads as. */
  readonly fallback: T;
  /** A stored value of the current version, or undefined when it is not one. */
  readonly parse: (value: unknown) => T | undefined;
  /** An older version's value, brought to the current one (version 0: the bare text). */
  readonly migrate: (value: unknown, fromVersion: number) => unknown;
}

interface Stored {
  readonly version: number;
  readonly value: unknown;
}

function unwrap(text: string): Stored {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw === 'object' && raw !== null && 'version' in raw && 'value' in raw) {
      const { version, value } = raw;
      if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
        return { version, value };
      }
    }
  } catch {
    // Not JSON: the bare text of version 0.
  }
  return { version: 0, value: text };
}

/** The stored value, or the entry's fallback; never throws. */
export function readEntry<T>(
  entry: PersistedEntry<T>,
  storage: StorageLike | null = browserStorage(),
): T {
  let text: string | null = null;
  try {
    text = storage?.getItem(entry.key) ?? null;
  } catch {
    return entry.fallback;
  }
  if (text === null) return entry.fallback;
  const stored = unwrap(text);
  if (stored.version > entry.version) return entry.fallback;
  if (stored.version === entry.version) return entry.parse(stored.value) ?? entry.fallback;
  const value = entry.parse(entry.migrate(stored.value, stored.version));
  if (value === undefined) return entry.fallback;
  writeEntry(entry, value, storage);
  return value;
}

/**
 * The entry's stored text as it is (null when absent or unreadable): a cheap way for a cache
 * to notice that the value changed (cleared, or written by another tab).
 */
export function entryText(
  entry: Pick<PersistedEntry<unknown>, 'key'>,
  storage: StorageLike | null = browserStorage(),
): string | null {
  try {
    return storage?.getItem(entry.key) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a value; false when this browser would not keep it (private mode, full). */
export function writeEntry<T>(
  entry: PersistedEntry<T>,
  value: T,
  storage: StorageLike | null = browserStorage(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(entry.key, JSON.stringify({ version: entry.version, value }));
    return true;
  } catch {
    return false;
  }
}

function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): T | undefined =>
    (values as readonly unknown[]).includes(v) ? (v as T) : undefined;
}

export type SchemePreference = 'system' | 'light' | 'dark';

/** Light or dark colours, or the system's setting (components/colorScheme.ts). */
export const COLOR_SCHEME: PersistedEntry<SchemePreference> = {
  key: 'wpc-timeline.colorScheme',
  version: 1,
  fallback: 'system',
  parse: oneOf(['system', 'light', 'dark']),
  // Version 0 stored `light` or `dark`, and nothing for the system's setting.
  migrate: (v) => v,
};

/** Whether the reader folded the introduction away (features/header). */
export const INTRO_COLLAPSED: PersistedEntry<boolean> = {
  key: 'wpc-timeline.introCollapsed',
  version: 1,
  fallback: false,
  parse: (v) => (typeof v === 'boolean' ? v : undefined),
  // Version 0 stored `1` (folded) or `0`.
  migrate: (v) => (v === '1' ? true : v === '0' ? false : undefined),
};

/**
 * Whether the reader has closed the "About this timeline" card once (it then no longer opens
 * by itself). A reader who had folded the old introduction away (INTRO_COLLAPSED) has too.
 */
export const ABOUT_SEEN: PersistedEntry<boolean> = {
  key: 'wpc-timeline.aboutSeen',
  version: 1,
  fallback: false,
  parse: (v) => (typeof v === 'boolean' ? v : undefined),
  migrate: () => undefined,
};

/** The About card has been seen: now, or (folded away) under the old introduction. */
export function aboutSeen(storage: StorageLike | null = browserStorage()): boolean {
  return readEntry(ABOUT_SEEN, storage) || readEntry(INTRO_COLLAPSED, storage);
}

/**
 * The interface language the reader chose, as a language tag (beaten by `?lang=`, beats the
 * browser's): i18n/locales matches it to a supported locale, as it does the others.
 */
export const LANGUAGE: PersistedEntry<string | null> = {
  key: 'wpc-timeline.lang',
  version: 1,
  fallback: null,
  parse: (v) => (typeof v === 'string' && v.length <= 35 ? v : undefined),
  // Version 0 stored the bare code (`de`).
  migrate: (v) => v,
};

/** The citation style the reader chose last (Cite panels, the Sources view, Cite this view). */
export const CITATION_STYLE: PersistedEntry<CitationStyle> = {
  key: 'wpc-timeline.citationStyle',
  version: 1,
  fallback: 'apa',
  parse: (v) => (isCitationStyle(v) ? v : undefined),
  migrate: () => undefined,
};

/**
 * The reader's answers to "Show images from these sites?", one per dataset
 * (lib/imageConsent.ts): nothing is fetched from another site before a yes.
 */
export const IMAGE_CONSENT: PersistedEntry<ConsentAnswers> = {
  key: 'wpc-timeline.imageConsent',
  version: 1,
  fallback: {},
  parse: parseAnswers,
  migrate: () => undefined,
};

// ---- The reader's own tours -------------------------------------------------------------

export const TOURS_KEY = 'wpc-timeline.tours';
/** Where an unreadable tour list is set aside, so it is neither lost nor in the way. */
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
