import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Domain } from './viewport';

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

const fmtYear = utcFormat('%Y');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
const fmtDay = utcFormat('%-d %b');
const fmtTime = utcFormat('%H:%M');

/**
 * Ticks that adapt from years to months to days as the window narrows:
 * a year is labelled "2008", a month "Jul", a day "9 Jul"; the first tick of a finer
 * level also carries its year so the reader is never lost.
 */
export function computeTicks(domain: Domain, width: number): Tick[] {
  const scale = makeTimeScale(domain, width);
  const target = Math.max(2, Math.floor(width / 120));
  const dates = scale.ticks(target);
  const isYear = (d: Date) => utcYear.floor(d).getTime() === d.getTime();
  const isMonth = (d: Date) => utcMonth.floor(d).getTime() === d.getTime();
  const isDay = (d: Date) => utcDay.floor(d).getTime() === d.getTime();
  return dates.map((date, i) => {
    const ms = date.getTime();
    let label: string;
    if (isYear(date)) label = fmtYear(date);
    else if (isMonth(date)) label = i === 0 ? fmtMonthYear(date) : fmtMonth(date);
    else if (isDay(date)) label = i === 0 ? `${fmtDay(date)} ${fmtYear(date)}` : fmtDay(date);
    else label = fmtTime(date);
    return { ms, x: scale(date), label, major: isYear(date) };
  });
}
