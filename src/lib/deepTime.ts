/**
 * Years across all of time, as pure functions of the year and the locale:
 * - the *human* scale: calendar years as the dataset stores them (ISO 8601 astronomical
 *   numbering, where 0000 is 1 BCE and -0499 is 500 BCE), written "500 BCE" in English (like
 *   its month names, part of the English date format) and with the locale's own era name from
 *   Intl elsewhere ("500 v. Chr."); readers never see a year 0, because there is none;
 * - the *cosmological* scale's words ("13.8 billion years ago", "4.6 Ga") are in cosmicAxis.ts,
 *   which loads only for a file on that scale;
 * - which scale a timeline needs: cosmological when a year lies beyond what JavaScript's Date
 *   holds, so such years are kept as exact whole numbers and never turned into wrong days;
 * - calendar-year ticks at any zoom (nice 1-2-5 steps; never a year 0).
 */
import { tickStep } from 'd3-array';
import { LOCALE_INFO, type LocaleCode } from '../i18n/locales';

export { DATE_MAX_YEAR, DATE_MIN_YEAR, type TimeScaleKind } from '../domain/dates';

/** Astronomical year (0 = 1 BCE) → historical year (-1 = 1 BCE, no year 0). */
export function toHistoricalYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** Historical year (-1 = 1 BCE) → astronomical (0 = 1 BCE); null for year 0, which never was. */
export function fromHistoricalYear(historical: number): number | null {
  if (!Number.isSafeInteger(historical) || historical === 0) return null;
  return historical < 0 ? historical + 1 : historical;
}

/**
 * A year written as a whole number ("-13800000000", "1,815", "+500"), read exactly: the number,
 * or null when it is not a whole number a double holds exactly. `String(n)` gives it back.
 */
export function parseWholeYear(text: string): number | null {
  const t = text.replace(/[\s,]+/g, '');
  if (!/^[+-]?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

function intlOf(locale: LocaleCode): string {
  return LOCALE_INFO[locale].intl;
}

const eraFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar year (astronomical numbering) for readers: "2008", "33", "500 BCE", "12,000 BCE". */
export function formatYear(astronomical: number, locale: LocaleCode): string {
  if (astronomical > 0) return String(astronomical);
  const bce = 1 - astronomical;
  const intl = intlOf(locale);
  const year = bce < 10_000 ? String(bce) : new Intl.NumberFormat(intl).format(bce);
  if (intl === 'en') return `${year} BCE`;
  // The locale's era name and its place ("500 v. Chr."), with the year written as above.
  let f = eraFormats.get(intl);
  if (!f) {
    f = new Intl.DateTimeFormat(intl, { year: 'numeric', era: 'short', timeZone: 'UTC' });
    eraFormats.set(intl, f);
  }
  // Only the era and its place are taken from Intl, so any year before the Common Era that Date
  // holds gives them (a deep year itself would be an Invalid Date).
  const d = new Date(Date.UTC(2000, 6, 1));
  d.setUTCFullYear(Math.max(astronomical, -9999));
  return f
    .formatToParts(d)
    .map((part) => (part.type === 'year' ? year : part.value))
    .join('');
}

/** Years before `presentYear` of an astronomical year (0 for the present itself). */
export function yearsAgo(astronomical: number, presentYear: number): number {
  return Math.max(0, presentYear - astronomical);
}

export interface YearTick {
  /** Where the tick sits: astronomical year (human scale) or years ago (cosmological). */
  readonly value: number;
  readonly label: string;
}

/**
 * About `count` ticks between two astronomical years, at whole historical years on nice steps
 * (…, 200 BCE, 100 BCE, 100, 200, …): never a year 0.
 */
export function humanYearTicks(
  from: number,
  to: number,
  count: number,
  locale: LocaleCode,
): YearTick[] {
  const h0 = toHistoricalYear(Math.ceil(Math.min(from, to)));
  const h1 = toHistoricalYear(Math.floor(Math.max(from, to)));
  const step = Math.max(1, tickStep(h0, h1, count));
  const out: YearTick[] = [];
  for (let k = Math.ceil(h0 / step); k * step <= h1; k++) {
    const astronomical = fromHistoricalYear(k * step);
    if (astronomical === null) continue;
    out.push({ value: astronomical, label: formatYear(astronomical, locale) });
  }
  return out;
}
