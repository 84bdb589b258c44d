import { utcFormat } from 'd3-time-format';
import { monthName, type DateCertainty, type PartialDate } from '../domain/dates';

const formatDay = utcFormat('%-d %B %Y');

/** "9 July 2008", "July 2008" or "2008": never more precise than the data. */
export function formatPartialDate(d: PartialDate): string {
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${monthName(d.month ?? 1)} ${d.year}`;
  return formatDay(new Date(d.startMs));
}

/** "10–12 July 2007", "30 June – 2 July 2011", "October 2010 – June 2011". */
export function formatPartialRange(start: PartialDate, end: PartialDate): string {
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (start.month === end.month) {
      if (start.day === end.day) return formatPartialDate(start);
      return `${start.day}–${end.day} ${monthName(end.month ?? 1)} ${end.year}`;
    }
    return `${start.day} ${monthName(start.month ?? 1)} – ${end.day} ${monthName(end.month ?? 1)} ${end.year}`;
  }
  if (start.precision === 'month' && end.precision === 'month' && start.year === end.year) {
    if (start.month === end.month) return formatPartialDate(start);
    return `${monthName(start.month ?? 1)}–${monthName(end.month ?? 1)} ${end.year}`;
  }
  if (start.precision === 'year' && end.precision === 'year' && start.year === end.year) {
    return String(start.year);
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

export const CERTAINTY_PREFIX: Record<DateCertainty, string> = {
  exact: '',
  approximate: 'c. ',
  inferred: 'c. ',
};

/** The date as a reader should see it: "c. July 2007" when it is approximate or inferred. */
export function formatDateLabel(
  start: PartialDate,
  end: PartialDate | null,
  certainty: DateCertainty = 'exact',
): string {
  const text = end ? formatPartialRange(start, end) : formatPartialDate(start);
  return `${CERTAINTY_PREFIX[certainty]}${text}`;
}

export function describePrecision(d: PartialDate, certainty: DateCertainty = 'exact'): string {
  const unit = d.precision === 'day' ? 'day' : d.precision === 'month' ? 'month' : 'year';
  if (certainty === 'approximate') return `approximate, given to the ${unit}`;
  if (certainty === 'inferred') return `inferred, given to the ${unit}`;
  return d.precision === 'day' ? 'exact to the day' : `known to the ${unit}`;
}

/** The date line of an event as readers see it, e.g. "c. July 2007" or "10–12 July 2007". */
export function formatEventDate(e: {
  startDate: PartialDate;
  endDate: PartialDate | null;
  dateCertainty?: DateCertainty | undefined;
}): string {
  return formatDateLabel(e.startDate, e.endDate, e.dateCertainty ?? 'exact');
}

const fmtSpanDay = utcFormat('%-d %b %Y');
const fmtSpanMonth = utcFormat('%b %Y');

/** The visible window in words, at a precision that suits its width. */
export function formatSpan(domain: readonly [number, number]): string {
  const days = (domain[1] - domain[0]) / 86_400_000;
  const fmt = days > 120 ? fmtSpanMonth : fmtSpanDay;
  // The end is exclusive; show the last instant inside the window.
  return `${fmt(new Date(domain[0]))} – ${fmt(new Date(domain[1] - 1))}`;
}
