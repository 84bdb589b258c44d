/**
 * Partial calendar dates as the dataset stores them: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 * The written form *is* the precision, so a date can never claim more than its source knows.
 * Everything here is UTC: a dataset date names a calendar day, not an instant in a time zone.
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
  /** First millisecond of the period (UTC). */
  readonly startMs: number;
  /** First millisecond after the period (UTC), so [startMs, endMs) covers it. */
  readonly endMs: number;
}

export const PARTIAL_DATE_PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Years outside this range are almost certainly typing mistakes in a timeline dataset. */
export const MIN_YEAR = -9999;
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

function utcMs(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999, so those (and negative years) take the slow path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

/**
 * Checks a partial date string and says what is wrong with it in plain words,
 * or returns null when it is a real date.
 */
export function describeDateProblem(value: string): string | null {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) {
    return `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
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
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return {
      year,
      precision: 'year',
      startMs: utcMs(year, 0, 1),
      endMs: utcMs(year + 1, 0, 1),
    };
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
