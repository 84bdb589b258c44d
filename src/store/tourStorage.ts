/**
 * The reader's own tours, kept in localStorage under one versioned key. Reading never throws:
 * an entry that cannot be read is reported and set aside under a backup key, so it is not lost
 * and does not break the app. This module checks what it reads with the schema (zod), so the
 * app loads it only when there is something to read (see persistence.ts).
 */
import { z } from 'zod';
import { tourSchema } from '../domain/schema';
import type { Tour } from '../lib/tours';
import {
  TOURS_BACKUP_KEY,
  TOURS_KEY,
  TOURS_STORAGE_VERSION,
  type LoadedTours,
} from './persistence';

export {
  TOURS_BACKUP_KEY,
  TOURS_KEY,
  TOURS_STORAGE_VERSION,
  saveTours,
  type LoadedTours,
  type SavedTour,
} from './persistence';

const savedTourSchema = z.object({ tour: tourSchema, dataset: z.string().max(300) });
const fileSchema = z.object({
  version: z.literal(TOURS_STORAGE_VERSION),
  tours: z.array(savedTourSchema),
});

/**
 * Migrations of the stored format: version 0 (before versioning) was a bare array of tours
 * with no dataset recorded; they become version 1 tours for the WPC dataset.
 */
export function migrateStoredTours(raw: unknown, defaultDataset: string): unknown {
  if (Array.isArray(raw)) {
    return {
      version: 1,
      tours: raw.map((tour: unknown) => ({ tour, dataset: defaultDataset })),
    };
  }
  return raw;
}

export function loadSavedTours(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  defaultDataset: string,
): LoadedTours {
  if (!storage) return { tours: [], problem: null };
  let text: string | null;
  try {
    text = storage.getItem(TOURS_KEY);
  } catch {
    return {
      tours: [],
      problem: 'Saved tours cannot be read in this browser (storage is blocked).',
    };
  }
  if (text === null || text === '') return { tours: [], problem: null };
  const setAside = (why: string): LoadedTours => {
    try {
      storage.setItem(TOURS_BACKUP_KEY, text);
      storage.setItem(TOURS_KEY, JSON.stringify({ version: TOURS_STORAGE_VERSION, tours: [] }));
    } catch {
      // Nothing more we can do; the message below still tells the reader.
    }
    return {
      tours: [],
      problem: `Your saved tours could not be read (${why}); they were set aside under "${TOURS_BACKUP_KEY}" and the app started without them.`,
    };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return setAside('the stored text is not JSON');
  }
  const migrated = migrateStoredTours(raw, defaultDataset);
  const version = (migrated as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > TOURS_STORAGE_VERSION) {
    return setAside(`they were saved by a newer version of the app (format ${version})`);
  }
  const parsed = fileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return setAside(
      `${issue ? issue.path.join('.') || 'the list' : 'the list'}: ${issue?.message ?? 'not a tour list'}`,
    );
  }
  return { tours: parsed.data.tours, problem: null };
}

/** Validates a tour from an untrusted place (a link, a file). */
export function parseTour(
  input: unknown,
): { ok: true; tour: Tour } | { ok: false; problem: string } {
  const r = tourSchema.safeParse(input);
  if (r.success) return { ok: true, tour: r.data };
  const issue = r.error.issues[0];
  return {
    ok: false,
    problem: `not a tour: ${issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'unreadable'}`,
  };
}
