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
  // 4 → 5: event dates may be EDTF, and events may carry dateClaims: both optional, so every
  // YYYY / YYYY-MM / YYYY-MM-DD date stays valid as it is (a plain date is EDTF level 0).
  // dateCertainty stays too, and is not rewritten into qualifiers, because only one of its
  // values maps exactly: "approximate" means what EDTF writes "~" (it reads "c." and draws
  // faded and dashed either way). "inferred" (worked out from other evidence) is not EDTF's
  // "?" (the source itself is doubtful), and "exact" adds nothing to a plain date.
  4: (raw) => ({ ...raw, schemaVersion: 5 }),
  // 5 → 6: years of more than four digits (EDTF long years, "Y-65000000", back to the Big
  // Bang): every version-5 date is still a version-6 date, unchanged.
  5: (raw) => ({ ...raw, schemaVersion: 6 }),
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
