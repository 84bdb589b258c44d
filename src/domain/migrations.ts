/**
 * Migrations from every schema version the app has had to the current one. Each step takes
 * the raw object of version N and returns version N + 1; fields are only ever added, so a
 * step is usually just the new version number. Unknown versions are left for the validator
 * to report.
 */
import { KNOWN_SCHEMA_VERSIONS, SCHEMA_VERSION } from './schemaVersion';

type Raw = Record<string, unknown>;

const STEPS: Record<number, (raw: Raw) => Raw> = {
  // 1 → 2: eras, glossary, tours, displayDate, summaryHtml, media, quote context: all optional.
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
  // 2 → 3: links between events (optional).
  2: (raw) => ({ ...raw, schemaVersion: 3 }),
  // 3 → 4: tour stops may carry a planned duration (durationSeconds): optional.
  3: (raw) => ({ ...raw, schemaVersion: 4 }),
  // 4 → 5: years of more than four digits (EDTF "Y-65000000", back to the Big Bang): every
  // version-4 date is still a version-5 date, unchanged.
  4: (raw) => ({ ...raw, schemaVersion: 5 }),
};

export interface Migrated {
  readonly raw: unknown;
  /** The version the input declared, when it was migrated; null when it was already current. */
  readonly fromVersion: number | null;
}

export function migrateToLatest(input: unknown): Migrated {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { raw: input, fromVersion: null };
  }
  let raw = input as Raw;
  const from = raw.schemaVersion;
  if (typeof from !== 'number' || !(KNOWN_SCHEMA_VERSIONS as readonly number[]).includes(from)) {
    return { raw, fromVersion: null };
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) break;
    raw = step(raw);
  }
  return { raw, fromVersion: from === SCHEMA_VERSION ? null : from };
}
