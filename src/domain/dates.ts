/**
 * Partial calendar dates as the dataset stores them: "YYYY", "YYYY-MM" or "YYYY-MM-DD", and
 * years of more than four digits in EDTF's long-year form ("Y-65000000", year precision only).
 * The written form *is* the precision, so a date can never claim more than its source knows.
 * Everything here is UTC: a dataset date names a calendar day, not an instant in a time zone.
 * Years are ISO 8601 astronomical years (0000 is 1 BCE, -0499 is 500 BCE).
 *
 * Every date also gets a place on one numeric time axis (`startMs`/`endMs`): milliseconds since
 * 1970 as Date counts them wherever Date reaches, and beyond that (deep time) whole mean
 * Gregorian years on from Date's first or last whole year, so the axis stays one straight line.
 * Those places are for drawing only: the year itself is always `year`, an exact whole number.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** How a date is known: as stated, roughly, or inferred from other evidence. */
export type DateCertainty = 'exact' | 'approximate' | 'inferred';

export interface PartialDate {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  readonly precision: DatePrecision;
  /** Where the period starts on the time axis (UTC ms; see the top of this file). */
  readonly startMs: number;
  /** Where the next period starts, so [startMs, endMs) covers it. */
  readonly endMs: number;
}

/**
 * "YYYY", "YYYY-MM", "YYYY-MM-DD" (groups 1–3), or EDTF's long year "Y-13800000000" / "Y12345"
 * (group 4: a year of five or more digits, which EDTF writes with a leading "Y").
 */
export const PARTIAL_DATE_PATTERN = /^(?:(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|Y(-?[1-9]\d{4,}))$/;

/** Back to the Big Bang (13.8 billion years ago); no later than 9999. */
export const MIN_YEAR = -13_800_000_000;
export const MAX_YEAR = 9999;

/** The whole years JavaScript's Date holds (±8.64e15 ms around 1970: 271821 BCE – 275760 CE). */
export const DATE_MIN_YEAR = -271_820;
export const DATE_MAX_YEAR = 275_759;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar; arithmetic, no Date objects. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** The mean Gregorian year (365.2425 days) in ms: the step of the axis beyond Date's range. */
export const MEAN_YEAR_MS = 365.2425 * 86_400_000;

function utcMs(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999, so those (and negative years) take the slow path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** Where an astronomical year starts on the time axis: Date's ms, extended by mean years. */
export function yearStartMs(year: number): number {
  if (year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR + 1) return utcMs(year, 0, 1);
  const edge = year < DATE_MIN_YEAR ? DATE_MIN_YEAR : DATE_MAX_YEAR + 1;
  return utcMs(edge, 0, 1) + (year - edge) * MEAN_YEAR_MS;
}

/** Whether a place on the time axis is one JavaScript's Date holds. */
export function withinDate(ms: number): boolean {
  return ms >= yearStartMs(DATE_MIN_YEAR) && ms < yearStartMs(DATE_MAX_YEAR + 1);
}

/** The astronomical year that a point of the time axis falls in (the inverse of yearStartMs). */
export function yearAtMs(ms: number): number {
  if (withinDate(ms)) return new Date(ms).getUTCFullYear();
  const edge = ms < 0 ? DATE_MIN_YEAR : DATE_MAX_YEAR + 1;
  let year = edge + Math.floor((ms - yearStartMs(edge)) / MEAN_YEAR_MS);
  // Division rounds; step to the year whose [start, next start) really holds ms.
  if (yearStartMs(year + 1) <= ms) year += 1;
  else if (yearStartMs(year) > ms) year -= 1;
  return year;
}

/** The human scale (calendar dates) or the cosmological one (years ago), as in TimelineJS. */
export type TimeScaleKind = 'human' | 'cosmological';

/** A year as the dataset writes it: "2008", "-0499" (500 BCE), "Y-65000000" beyond 4 digits. */
export function formatDatasetYear(year: number): string {
  const digits = String(Math.abs(year));
  if (digits.length > 4) return `Y${year < 0 ? '-' : ''}${digits}`;
  return `${year < 0 ? '-' : ''}${digits.padStart(4, '0')}`;
}

/**
 * Checks a partial date string and says what is wrong with it in plain words,
 * or returns null when it is a real date.
 */
export function describeDateProblem(value: string): string | null {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) {
    return `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD (or Y-65000000 for a year of more than four digits)`;
  }
  const year = Number(m[4] ?? m[1]);
  if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return `year ${m[4] ?? m[1]} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) {
      return `month ${m[2]} does not exist (months run 01–12)`;
    }
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const max = daysInMonth(year, month);
      if (day < 1 || day > max) {
        const monthName = MONTH_NAMES[month - 1] ?? '';
        return `${monthName} ${year} has no day ${m[3]} (it has ${max} days)`;
      }
    }
  }
  return null;
}

/** Parses a partial date; throws a readable error for anything that is not a real date. */
export function parsePartialDate(value: string): PartialDate {
  const problem = describeDateProblem(value);
  if (problem !== null) throw new RangeError(problem);
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a date`);
  const year = Number(m[4] ?? m[1]);
  if (m[2] === undefined) {
    return { year, precision: 'year', startMs: yearStartMs(year), endMs: yearStartMs(year + 1) };
  }
  const month = Number(m[2]);
  if (m[3] === undefined) {
    return {
      year,
      month,
      precision: 'month',
      startMs: utcMs(year, month - 1, 1),
      endMs: utcMs(year, month, 1),
    };
  }
  const day = Number(m[3]);
  return {
    year,
    month,
    day,
    precision: 'day',
    startMs: utcMs(year, month - 1, day),
    endMs: utcMs(year, month - 1, day + 1),
  };
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}
