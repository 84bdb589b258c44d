/**
 * An event's dates as the rest of the app reads them, from its `start` (and `end`), which may
 * be written in EDTF (see edtf.ts). Plain dates take the quick path through dates.ts, so a
 * dataset without EDTF costs what it did.
 */
import { describeDateProblem, parsePartialDate, type PartialDate } from './dates';
import {
  anchorPoint,
  describeEdtfProblem,
  eventExpression,
  parseEdtf,
  type EdtfDate,
} from './edtf';

export interface EventDates {
  /** The first (or only known) date: where the mark is placed. */
  readonly startDate: PartialDate;
  /** The end date of a closed interval, else null. */
  readonly endDate: PartialDate | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /** The parsed expression when it uses EDTF beyond plain dates; null otherwise. */
  readonly edtf: EdtfDate | null;
}

const plain = (s: string | undefined) => s === undefined || describeDateProblem(s) === null;

/** What is wrong with an event's start and end, or null. */
export function describeEventDateProblem(start: string, end?: string): string | null {
  if (end !== undefined && /[[/{]/.test(start)) {
    return `"${start}" is an interval or a set already, so the event cannot have an end as well`;
  }
  if (end !== undefined && /[[{]|\//.test(end)) {
    return `the end "${end}" must be one date (write an interval in start: "A/B")`;
  }
  if (plain(start) && plain(end)) return null;
  return describeEdtfProblem(eventExpression({ start, end }));
}

export function eventDates(e: {
  readonly start: string;
  readonly end?: string | undefined;
}): EventDates {
  if (plain(e.start) && plain(e.end)) {
    const startDate = parsePartialDate(e.start);
    const endDate = e.end === undefined ? null : parsePartialDate(e.end);
    return {
      startDate,
      endDate,
      startMs: startDate.startMs,
      endMs: endDate ? endDate.endMs : startDate.endMs,
      isRange: endDate !== null,
      edtf: null,
    };
  }
  const edtf = parseEdtf(eventExpression(e));
  const v = edtf.value;
  const anchor = anchorPoint(v);
  const closed = v.kind === 'interval' && typeof v.start !== 'string' && typeof v.end !== 'string';
  const endDate = closed && typeof v.end !== 'string' ? v.end.date : null;
  return {
    startDate: anchor ? anchor.date : parsePartialDate('1970'),
    endDate,
    startMs: edtf.startMs,
    endMs: edtf.endMs,
    isRange: closed,
    edtf: edtf.extended ? edtf : null,
  };
}
