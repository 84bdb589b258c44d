/**
 * The time axis on the cosmological scale. The chart keeps one numeric axis for every file (see
 * domain/dates.ts: Date's milliseconds, continued beyond Date's range by mean Gregorian years),
 * so layout, the time index, hit testing and zoom are the same at every scale; what changes is
 * how a place on that axis is read:
 * - on the human scale (and where a cosmological file's window lies within 100,000 years of the
 *   Common Era, as TimelineJS does) ticks are calendar dates ("2008", "Jul", "500 BCE");
 * - elsewhere they are years ago ("13.8 billion years ago", "4.6 Ga"). Years ago count back
 *   from the start of the Common Era, as TimelineJS does, so TimelineJS's year -65000000 reads
 *   "65 million years ago": the year's number as its author wrote it.
 * No Date is made for a place beyond Date's range. The words for years ago live here too (not in
 * deepTime.ts), so a reader of a calendar timeline never downloads them.
 */
import { ticks as niceTicks, tickStep } from 'd3-array';
import type { Translator } from '../i18n/i18n';
import { LOCALE_INFO } from '../i18n/locales';
import {
  DATE_MAX_YEAR,
  DATE_MIN_YEAR,
  yearAtMs,
  yearStartMs,
  type TimeScaleKind,
  withinDate,
} from '../domain/dates';
import { formatYear, type YearTick } from './deepTime';
import { formatSpan } from './formatDate';
import { computeTicks, type Tick } from './timeScale';
import type { Domain } from './viewport';

export { withinDate };

/** TimelineJS shows calendar years from 99,999 BCE (astronomical -99998) on. */
export const HUMAN_SCALE_MIN_YEAR = -99_998;

const DATE_FIRST_MS = yearStartMs(DATE_MIN_YEAR);
const DATE_END_MS = yearStartMs(DATE_MAX_YEAR + 1);
const HUMAN_FIRST_MS = yearStartMs(HUMAN_SCALE_MIN_YEAR);

/** A place on the axis as a fractional astronomical year (2008.5 is mid-2008). */
export function yearFractionAt(ms: number): number {
  const year = yearAtMs(ms);
  const start = yearStartMs(year);
  return year + (ms - start) / (yearStartMs(year + 1) - start);
}

/** The place on the axis of a fractional astronomical year. */
export function msAtYearFraction(value: number): number {
  const year = Math.floor(value);
  const start = yearStartMs(year);
  return start + (value - year) * (yearStartMs(year + 1) - start);
}

/** Years before the Common Era of a place on the axis (TimelineJS's "years ago"). */
export function yearsAgoAt(ms: number): number {
  return 1 - yearFractionAt(ms);
}

/** The place on the axis of a number of years ago (the inverse of yearsAgoAt). */
export function msAtYearsAgo(ago: number): number {
  return msAtYearFraction(1 - ago);
}

const UNITS = [
  { size: 1e9, long: 'date.ago.billion', short: 'date.agoShort.billion' },
  { size: 1e6, long: 'date.ago.million', short: 'date.agoShort.million' },
  { size: 1e3, long: null, short: 'date.agoShort.thousand' },
] as const;

/**
 * Years before present for readers, to three significant digits ("13.8 billion years ago").
 * `step` (the distance between neighbouring ticks) sets the unit and the decimals instead, so
 * ticks at any zoom read apart ("13.72 Ga" next to "13.74 Ga"; whole years when zoomed in far).
 */
export function formatYearsAgo(
  ago: number,
  i18n: Translator,
  style: 'long' | 'short' = 'long',
  step?: number,
): string {
  const { t, locale } = i18n;
  if (ago <= 0) return t('date.ago.now');
  // The largest unit that still tells neighbouring ticks apart with three decimals at most.
  const unit = UNITS.find(
    (u) =>
      ago >= u.size &&
      (style === 'short' || u.long !== null) &&
      (step === undefined || step / u.size >= 0.001),
  );
  if (!unit) return t('date.ago.years', { count: Math.round(ago) });
  const value = ago / unit.size;
  const decimals =
    step === undefined
      ? Math.max(0, 2 - Math.floor(Math.log10(value)))
      : Math.max(0, -Math.floor(Math.log10(step / unit.size) + 1e-9));
  const rounded = Number(value.toFixed(decimals));
  if (style === 'short') {
    const n = new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
      maximumFractionDigits: decimals,
    }).format(rounded);
    return t(unit.short, { n });
  }
  return unit.long === 'date.ago.billion'
    ? t('date.ago.billion', { count: rounded })
    : t('date.ago.million', { count: rounded });
}

/** About `count` ticks between two distances in years before present, labelled in one unit. */
export function cosmicTicks(
  fromAgo: number,
  toAgo: number,
  count: number,
  i18n: Translator,
  style: 'long' | 'short' = 'long',
): YearTick[] {
  const lo = Math.max(0, Math.min(fromAgo, toAgo));
  const hi = Math.max(fromAgo, toAgo);
  const step = tickStep(lo, hi, count);
  return niceTicks(lo, hi, count)
    .reverse()
    .map((value) => ({ value, label: formatYearsAgo(value, i18n, style, step) }));
}

/** Whether ticks on this window read as years ago rather than as calendar dates. */
export function readsAsYearsAgo(domain: Domain, scale: TimeScaleKind): boolean {
  const lo = scale === 'cosmological' ? HUMAN_FIRST_MS : DATE_FIRST_MS;
  return domain[0] < lo || domain[1] > DATE_END_MS;
}

/**
 * Ticks in years ago: long words ("13.8 billion years ago") where about three fit, else the
 * symbols ("13.8 Ga"). The Common Era's start itself is not a tick (it is no "now").
 */
export function cosmicAxisTicks(
  domain: Domain,
  width: number,
  i18n: Translator,
  spacingPx = 120,
): Tick[] {
  const w = Math.max(1, width);
  const fromAgo = yearsAgoAt(domain[0]);
  const toAgo = yearsAgoAt(domain[1]);
  const longCount = Math.floor(w / (spacingPx * 1.8));
  const long = longCount >= 3;
  const count = long ? longCount : Math.max(2, Math.floor(w / spacingPx));
  const k = w / Math.max(1, domain[1] - domain[0]);
  return cosmicTicks(fromAgo, toAgo, count, i18n, long ? 'long' : 'short')
    .filter((t) => t.value > 0)
    .map((t) => {
      const ms = msAtYearsAgo(t.value);
      return { ms, x: (ms - domain[0]) * k, label: t.label, major: true };
    })
    .filter((t) => t.ms >= domain[0] && t.ms <= domain[1]);
}

/** The axis's ticks for a window on either scale. */
export function axisTicks(
  domain: Domain,
  width: number,
  i18n: Translator,
  scale: TimeScaleKind,
  spacingPx = 120,
): Tick[] {
  return readsAsYearsAgo(domain, scale)
    ? cosmicAxisTicks(domain, width, i18n, spacingPx)
    : computeTicks(domain, width, i18n.locale, spacingPx);
}

/** A year in words on the cosmological scale: years ago beyond Date, else the calendar year. */
function cosmicYear(year: number, i18n: Translator): string {
  return year < DATE_MIN_YEAR ? formatYearsAgo(1 - year, i18n) : formatYear(year, i18n.locale);
}

/**
 * A window on the cosmological scale in words: whole years where it reaches beyond Date
 * ("14.2 billion years ago – 3500 BCE"), calendar dates within it, and an end at or after the
 * present (`presentYear`) reads "today": the chart's padding runs on to 9999, the last year a
 * file may have, which is no year the file names.
 */
export function formatCosmicSpan(
  domain: readonly [number, number],
  i18n: Translator,
  presentYear: number = new Date().getUTCFullYear(),
): string {
  const first = yearAtMs(domain[0]);
  // The end is exclusive; the last instant inside the window.
  const last = yearAtMs(domain[1] - 1);
  if (last >= presentYear && first < presentYear) {
    return `${cosmicYear(first, i18n)} – ${i18n.t('date.today')}`;
  }
  if (withinDate(domain[0])) return formatSpan(domain, i18n.locale);
  return `${cosmicYear(first, i18n)} – ${cosmicYear(last, i18n)}`;
}
