import { DAY_MS } from './viewport';
import { utcFormat } from 'd3-time-format';
import {
  DATE_MIN_YEAR,
  monthName,
  withinDate,
  type DateCertainty,
  type PartialDate,
  type TimeScaleKind,
} from '../domain/dates';
import type { Translator } from '../i18n/i18n';
import { LOCALE_INFO, type LocaleCode } from '../i18n/locales';
import { formatYear } from './deepTime';
import type { EdtfDate } from '../domain/edtf';

/**
 * Dates as readers see them, in the interface language. English (and the pseudo-locale, which
 * is English underneath) keeps its d3 formats ("9 July 2008", "Jul 2008"); other languages use
 * Intl.DateTimeFormat in UTC ("9. Juli 2008", "10.–12. Juli 2007").
 */
const formatDay = utcFormat('%-d %B %Y');

/** English formats with d3; every other language with Intl. */
function usesIntl(locale: LocaleCode): boolean {
  return LOCALE_INFO[locale].intl !== 'en';
}

const intlCache = new Map<string, Intl.DateTimeFormat>();
/** An Intl date format for a locale, in UTC (dataset dates are UTC). */
export function utcDateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    intlCache.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
/** BCE dates name their era ("Juli 500 v. Chr."); CE dates do not. */
const withEra = (d: PartialDate, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions =>
  d.year <= 0 ? { ...o, era: 'short' } : o;

let yearsAgoOf: ((year: number, locale: LocaleCode) => string) | null = null;
let cosmicSpanOf: ((domain: readonly [number, number], locale: LocaleCode) => string) | null = null;
/**
 * lib/cosmicAxis registers its words for years ago here when it loads (only for a file on the
 * cosmological scale, see queries/loadDataset), so the first visit's JavaScript has none; and
 * the words for a window on that scale (formatCosmicSpan: "14.2 billion years ago – today").
 */
export function registerYearsAgoWords(
  words: (year: number, locale: LocaleCode) => string,
  span: (domain: readonly [number, number], locale: LocaleCode) => string,
): void {
  yearsAgoOf = words;
  cosmicSpanOf = span;
}

/** A year as readers see it: "2008", "500 BCE", or beyond Date "13.8 billion years ago". */
export function formatAnyYear(year: number, locale: LocaleCode): string {
  // (Dataset years end at 9999, so only the far past lies beyond Date.)
  return year < DATE_MIN_YEAR && yearsAgoOf ? yearsAgoOf(year, locale) : formatYear(year, locale);
}

/** "9 July 2008", "July 2008" or "2008": never more precise than the data. */
export function formatPartialDate(d: PartialDate, locale: LocaleCode): string {
  if (d.precision === 'year') return formatAnyYear(d.year, locale);
  if (usesIntl(locale)) {
    const intl = LOCALE_INFO[locale].intl;
    return utcDateFormat(intl, withEra(d, d.precision === 'month' ? MONTH : DAY)).format(d.startMs);
  }
  const year = formatYear(d.year, locale);
  if (d.precision === 'month') return `${monthName(d.month ?? 1)} ${year}`;
  return d.year > 0
    ? formatDay(new Date(d.startMs))
    : `${d.day} ${monthName(d.month ?? 1)} ${year}`;
}

/** "July 2007", or "2007" for a date known to the year ("13.8 billion years ago" deep in time). */
export function formatMonthYear(d: PartialDate, locale: LocaleCode): string {
  if (d.precision === 'year' || d.month === undefined) return formatAnyYear(d.year, locale);
  return formatPartialDate({ ...d, precision: 'month' }, locale);
}

/** "10–12 July 2007", "30 June – 2 July 2011", "October 2010 – June 2011". */
export function formatPartialRange(
  start: PartialDate,
  end: PartialDate,
  locale: LocaleCode,
): string {
  if (usesIntl(locale)) return formatIntlRange(start, end, LOCALE_INFO[locale].intl);
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (start.month === end.month) {
      if (start.day === end.day) return formatPartialDate(start, locale);
      return `${start.day}–${end.day} ${monthName(end.month ?? 1)} ${formatYear(end.year, locale)}`;
    }
    return `${start.day} ${monthName(start.month ?? 1)} – ${end.day} ${monthName(end.month ?? 1)} ${formatYear(end.year, locale)}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && start.year === end.year) {
    if (start.month === end.month) return formatPartialDate(start, locale);
    return `${monthName(start.month ?? 1)}–${monthName(end.month ?? 1)} ${formatYear(end.year, locale)}`;
  }
  if (start.precision === 'year' && end.precision === 'year' && start.year === end.year) {
    return formatAnyYear(start.year, locale);
  }
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/** Intl's own range format when both ends share a precision ("10.–12. Juli 2007"). */
function formatIntlRange(start: PartialDate, end: PartialDate, intl: string): string {
  if (start.precision === end.precision && start.precision !== 'year') {
    const f = utcDateFormat(intl, withEra(start, start.precision === 'month' ? MONTH : DAY));
    return f.formatRange(start.startMs, end.startMs);
  }
  const code = intl === 'de' ? 'de' : 'en';
  if (start.precision === 'year' && end.precision === 'year' && start.year === end.year) {
    return formatAnyYear(start.year, code);
  }
  return `${formatPartialDate(start, code)} – ${formatPartialDate(end, code)}`;
}

/** Kept for callers that add the circa marker themselves (English: "c. "). */
export const CERTAINTY_PREFIX: Record<DateCertainty, string> = {
  exact: '',
  approximate: 'c. ',
  inferred: 'c. ',
};

/** The date as a reader should see it: "c. July 2007" when it is approximate or inferred. */
export function formatDateLabel(
  start: PartialDate,
  end: PartialDate | null,
  certainty: DateCertainty,
  i18n: Translator,
): string {
  const { locale } = i18n;
  const text = end ? formatPartialRange(start, end, locale) : formatPartialDate(start, locale);
  return certainty === 'exact' ? text : i18n.t('date.circa', { date: text });
}

/** The same date for a screen reader: "circa July 2007" (the eye reads "c."). */
export function spokenDateLabel(
  start: PartialDate,
  end: PartialDate | null,
  certainty: DateCertainty,
  i18n: Translator,
): string {
  const text = formatDateLabel(start, end, 'exact', i18n);
  return certainty === 'exact' ? text : i18n.t('date.circaSpoken', { date: text });
}

/** Before this year (10,000 BCE) a year is a figure the source gives, not a calendar year known. */
export const DEEP_YEAR = -9999;

/**
 * A deep year's note: the exact figure when the words round it ("13.8 billion years ago" for
 * the source's 13,799,630,000 years ago, which would read like the Big Bang's own date).
 */
function deepAsGiven(d: PartialDate, { t, locale }: Translator): string {
  if (d.year >= DATE_MIN_YEAR) return t('date.deepAsGiven');
  const exact = t('date.ago.years', { count: 1 - d.year });
  return exact === formatAnyYear(d.year, locale)
    ? t('date.deepAsGiven')
    : t('date.deepAsGivenExact', { exact });
}

export function describePrecision(
  d: PartialDate,
  certainty: DateCertainty,
  i18n: Translator,
): string {
  const { t } = i18n;
  const unit = t(
    d.precision === 'day'
      ? 'date.unit.day'
      : d.precision === 'month'
        ? 'date.unit.month'
        : 'date.unit.year',
  );
  if (certainty === 'approximate') return t('date.approximate', { unit });
  if (certainty === 'inferred') return t('date.inferred', { unit });
  // "13.8 billion years ago" is a year only in how it is written: never "known to the year".
  if (d.year < DEEP_YEAR) return deepAsGiven(d, i18n);
  return d.precision === 'day' ? t('date.exactDay') : t('date.knownTo', { unit });
}

/** How precisely an event's date is known; an EDTF date shows how it is written. */
export function describeEventPrecision(e: EventDateFields, i18n: Translator): string {
  if (e.edtf) return i18n.t('date.edtf.written', { text: e.edtf.text });
  // A deep span's note names no single figure (the words show both ends).
  if (e.endDate && e.startDate.year < DEEP_YEAR && (e.dateCertainty ?? 'exact') === 'exact') {
    return i18n.t('date.deepAsGiven');
  }
  return describePrecision(e.startDate, e.dateCertainty ?? 'exact', i18n);
}

/** The date line of an event as readers see it, e.g. "c. July 2007" or "10–12 July 2007". */
export function formatEventDate(e: EventDateFields, i18n: Translator): string {
  const certainty = e.dateCertainty ?? 'exact';
  if (!e.edtf) return formatDateLabel(e.startDate, e.endDate, certainty, i18n);
  // Until lib/edtfWords has loaded (the loader awaits it for a dataset with EDTF dates), the
  // expression as written.
  const text = edtfWordsOf ? edtfWordsOf(e.edtf, i18n) : e.edtf.text;
  return certainty === 'exact' || /[?~%]/.test(e.edtf.text)
    ? text
    : i18n.t('date.circa', { date: text });
}

let edtfWordsOf: ((d: EdtfDate, i18n: Translator) => string) | null = null;
/**
 * lib/edtfWords registers itself here when it loads: it is loaded only for a dataset that
 * has EDTF dates, so the first visit's JavaScript does not carry it.
 */
export function registerEdtfWords(words: (d: EdtfDate, i18n: Translator) => string): void {
  edtfWordsOf = words;
}

/** What formatEventDate reads of an event. */
export interface EventDateFields {
  readonly startDate: PartialDate;
  readonly endDate: PartialDate | null;
  readonly dateCertainty?: DateCertainty | undefined;
  /** An EDTF date beyond a plain one (DatedEvent.edtf). */
  readonly edtf?: EdtfDate | null | undefined;
}

/** The event's date for a screen reader ("circa July 2007"). */
export function spokenEventDate(e: EventDateFields, i18n: Translator): string {
  // EDTF words are already words ("about July 2007"): the eye and the ear read them alike.
  if (e.edtf) return formatEventDate(e, i18n);
  return spokenDateLabel(e.startDate, e.endDate, e.dateCertainty ?? 'exact', i18n);
}

const fmtSpanDay = utcFormat('%-d %b %Y');
const fmtSpanMonth = utcFormat('%b %Y');
const fmtSpanDayOnly = utcFormat('%-d %b');
const fmtSpanMonthOnly = utcFormat('%b');
const SPAN_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const SPAN_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

/**
 * The visible window in words, at a precision that suits its width. On the cosmological scale
 * (`scale`, or a window reaching beyond Date, which only a file on that scale has) lib/cosmicAxis
 * words it, in whole years beyond Date, and an end at or after the present reads "today", not
 * "9999" (the loader registers it before such a file is shown).
 */
export function formatSpan(
  domain: readonly [number, number],
  locale: LocaleCode,
  scale?: TimeScaleKind,
): string {
  if (cosmicSpanOf && (scale === 'cosmological' || !withinDate(domain[0]))) {
    return cosmicSpanOf(domain, locale);
  }
  const days = (domain[1] - domain[0]) / DAY_MS;
  // The end is exclusive; show the last instant inside the window.
  const last = domain[1] - 1;
  const bce = (ms: number) => new Date(ms).getUTCFullYear() <= 0;
  if (usesIntl(locale)) {
    const o = days > 120 ? SPAN_MONTH : SPAN_DAY;
    // What the two ends share is said once ("10.–16. Juli 2010", "Juni–Sept. 2010").
    if (!bce(domain[0]))
      return utcDateFormat(LOCALE_INFO[locale].intl, o).formatRange(domain[0], last);
    // Before the Common Era the era is named ("Juli 500 v. Chr.").
    const at = (ms: number) =>
      utcDateFormat(LOCALE_INFO[locale].intl, bce(ms) ? { ...o, era: 'short' } : o).format(ms);
    return `${at(domain[0])} – ${at(last)}`;
  }
  const a = new Date(domain[0]);
  const b = new Date(last);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCFullYear() >= 1000;
  // What the two ends share is said once ("10–16 Jul 2010", "10 Jun – 16 Sep 2010", "Jun–Sep 2010").
  if (sameYear && days > 120) {
    return a.getUTCMonth() === b.getUTCMonth()
      ? fmtSpanMonth(a)
      : `${fmtSpanMonthOnly(a)}–${fmtSpanMonth(b)}`;
  }
  if (sameYear) {
    if (a.getUTCMonth() !== b.getUTCMonth()) return `${fmtSpanDayOnly(a)} – ${fmtSpanDay(b)}`;
    return a.getUTCDate() === b.getUTCDate() ? fmtSpanDay(a) : `${a.getUTCDate()}–${fmtSpanDay(b)}`;
  }
  const fmt = days > 120 ? fmtSpanMonth : fmtSpanDay;
  const fmtEarly = days > 120 ? fmtSpanMonthOnly : fmtSpanDayOnly;
  const at = (ms: number) => {
    const d = new Date(ms);
    // d3 pads years to four digits ("0396"); early years read as written ("396", "500 BCE").
    return d.getUTCFullYear() < 1000
      ? `${fmtEarly(d)} ${formatYear(d.getUTCFullYear(), locale)}`
      : fmt(d);
  };
  return `${at(domain[0])} – ${at(last)}`;
}
