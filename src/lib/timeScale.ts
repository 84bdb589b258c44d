import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Domain } from './viewport';
import { LOCALE_INFO, type LocaleCode } from '../i18n/locales';
import { utcDateFormat } from './formatDate';
import { formatYear, humanYearTicks } from './deepTime';

export function makeTimeScale(domain: Domain, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, Math.max(1, width)]);
}

export interface Tick {
  readonly ms: number;
  readonly x: number;
  readonly label: string;
  /** A year boundary (drawn stronger). */
  readonly major: boolean;
}

interface TickFormats {
  readonly year: (d: Date) => string;
  readonly month: (d: Date) => string;
  readonly monthYear: (d: Date) => string;
  readonly day: (d: Date) => string;
  readonly dayYear: (d: Date) => string;
  readonly time: (d: Date) => string;
}

// The year as written, never padded: d3's "%Y" writes the year 650 as "0650".
const fmtYear = (d: Date) =>
  d.getUTCFullYear() <= 0 ? formatYear(d.getUTCFullYear(), 'en') : String(d.getUTCFullYear());
const fmtDay = utcFormat('%-d %b');
const fmtMonth = utcFormat('%b');
/** English: "2008", "Jul", "Jul 2008", "9 Jul", "9 Jul 2008", "14:30", "Jul 500 BCE". */
const ENGLISH_TICKS: TickFormats = {
  year: fmtYear,
  month: fmtMonth,
  monthYear: (d) => `${fmtMonth(d)} ${fmtYear(d)}`,
  day: fmtDay,
  dayYear: (d) => `${fmtDay(d)} ${fmtYear(d)}`,
  time: utcFormat('%H:%M'),
};

/** Other languages: the locale's own month names and date order, from Intl (in UTC). */
function intlTicks(locale: string): TickFormats {
  const f = (o: Intl.DateTimeFormatOptions) => {
    const fmt = utcDateFormat(locale, o);
    // Before the Common Era the era is named ("500 v. Chr."), after it not.
    const bce = utcDateFormat(locale, 'year' in o ? { ...o, era: 'short' } : o);
    return (d: Date) => (d.getUTCFullYear() <= 0 ? bce : fmt).format(d);
  };
  return {
    year: f({ year: 'numeric' }),
    month: f({ month: 'short' }),
    monthYear: f({ month: 'short', year: 'numeric' }),
    day: f({ day: 'numeric', month: 'short' }),
    dayYear: f({ day: 'numeric', month: 'short', year: 'numeric' }),
    time: f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}

/** The first millisecond of an astronomical year (UTC), also for years before 100. */
function yearStartMs(year: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return d.getTime();
}

const tickFormats = new Map<string, TickFormats>([['en', ENGLISH_TICKS]]);
function ticksFor(locale: LocaleCode): TickFormats {
  const intl = LOCALE_INFO[locale].intl;
  let f = tickFormats.get(intl);
  if (!f) {
    f = intlTicks(intl);
    tickFormats.set(intl, f);
  }
  return f;
}

/**
 * Ticks that adapt from years to months to days as the window narrows:
 * a year is labelled "2008", a month "Jul", a day "9 Jul"; the first tick of a finer
 * level also carries its year so the reader is never lost. Month names and date order follow
 * the interface language ("Juli", "9. Juli" in German); years before the Common Era read
 * "500 BCE" / "500 v. Chr.". `spacingPx` is the room wanted per
 * tick (larger type wants more).
 */
export function computeTicks(
  domain: Domain,
  width: number,
  locale: LocaleCode,
  spacingPx = 120,
): Tick[] {
  const fmt = ticksFor(locale);
  const scale = makeTimeScale(domain, width);
  const target = Math.max(2, Math.floor(width / spacingPx));
  const dates = scale.ticks(target);
  const isYear = (d: Date) => utcYear.floor(d).getTime() === d.getTime();
  const isMonth = (d: Date) => utcMonth.floor(d).getTime() === d.getTime();
  const isDay = (d: Date) => utcDay.floor(d).getTime() === d.getTime();
  // Across the era boundary, year ticks sit on whole historical years ("500 BCE", "400 BCE",
  // …, "100", "200"), never on a year 0; d3 would count astronomical years (-500 is 501 BCE).
  const first = new Date(domain[0]).getUTCFullYear();
  if (first <= 0 && dates.length > 1 && dates.every(isYear)) {
    const last = new Date(domain[1]).getUTCFullYear();
    return humanYearTicks(first, last, target, locale)
      .map((t) => ({ ms: yearStartMs(t.value), label: t.label }))
      .filter((t) => t.ms >= domain[0] && t.ms <= domain[1])
      .map((t) => ({ ...t, x: scale(new Date(t.ms)), major: true }));
  }
  return dates.map((date, i) => {
    const ms = date.getTime();
    let label: string;
    if (isYear(date)) label = fmt.year(date);
    else if (isMonth(date)) label = i === 0 ? fmt.monthYear(date) : fmt.month(date);
    else if (isDay(date)) label = i === 0 ? fmt.dayYear(date) : fmt.day(date);
    else label = fmt.time(date);
    return { ms, x: scale(date), label, major: isYear(date) };
  });
}
