/**
 * TimelineJS date objects (`{ year, month, day, hour, … }`, parts as strings or numbers) → the
 * schema's partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") at the precision given, with a
 * located problem for every part that is not a real date. A negative year is a year before the
 * Common Era, as TimelineJS shows it ("-500" reads "500 BCE"), stored in ISO 8601 numbering
 * ("-0499"; 1 BCE is "0000"); there is no year 0. Years of more than four digits, down to
 * TimelineJS's cosmological -13800000000, are kept exactly, to the year ("Y-13799999999").
 */
import { daysInMonth, formatDatasetYear, MAX_YEAR, MIN_YEAR, monthName } from '../domain/dates';
import { htmlToText } from './html';
import type { Reader, TimelineJsField } from './timelinejsReader';
import { quoteValue } from './types';

export interface ReadDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when absent or wrong. */
  readonly value: string | null;
  readonly hadTime: boolean;
  readonly displayDate: string;
  /** The parts given, to tell an end date equal to the start date. */
  readonly key: string;
}

export type DateField = 'start_date' | 'end_date';

/**
 * Set by converters of older formats on a date object they could not take apart (TimelineJS 2
 * date strings): why, in words the reader of that format understands. A symbol, so no JSON
 * input can set it.
 */
export const UNREADABLE: unique symbol = Symbol('unreadable date');

const DATE_FIELDS = {
  start_date: {
    date: 'start_date',
    year: 'start_date.year',
    month: 'start_date.month',
    day: 'start_date.day',
  },
  end_date: {
    date: 'end_date',
    year: 'end_date.year',
    month: 'end_date.month',
    day: 'end_date.day',
  },
} as const satisfies Record<DateField, Record<string, TimelineJsField>>;

/** A whole number part ("1,815" and "1 815" are 1815, as in TimelineJS); null when empty. */
function readPart(r: Reader, value: unknown, field: TimelineJsField): number | null | undefined {
  const given = r.text(value, field).trim();
  const text = given.replace(/[\s,]+/g, '');
  if (text === '') return null;
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    r.err(field, `${quoteValue(given)} is not a whole number`);
    return undefined;
  }
  return Number(text);
}

/** Checks year, month and day together; the partial date, or null after reporting why not. */
function checkedDate(
  r: Reader,
  f: (typeof DATE_FIELDS)[DateField],
  year: number,
  month: number | null,
  day: number | null,
): string | null {
  let ok = true;
  // TimelineJS's -500 is 500 BCE: astronomical year -499 (and -1, 1 BCE, is year 0).
  const astronomical = year < 0 ? year + 1 : year;
  if (year === 0) {
    r.err(f.year, 'there is no year 0: 1 BCE (-1) is followed by 1 CE (1)');
    ok = false;
  } else if (astronomical < MIN_YEAR || year > MAX_YEAR) {
    r.err(
      f.year,
      `year ${year} cannot be shown: the app handles years from the Big Bang (${MIN_YEAR - 1}) to ${MAX_YEAR}`,
    );
    ok = false;
  }
  // The dataset keeps years of more than four digits to the year (EDTF's long year).
  const deep = String(Math.abs(astronomical)).length > 4;
  if (ok && deep && month !== null) {
    r.warn(f.month, `is left out: year ${year} is kept to the year, as years beyond 9999 BCE are`);
    month = null;
    day = null;
  }
  if (month !== null && (month < 1 || month > 12)) {
    r.err(f.month, `month ${month} does not exist (months run 1–12)`);
    ok = false;
  }
  if (day !== null) {
    if (month === null) {
      r.err(f.day, `day ${day} is given without a month`);
      ok = false;
    } else if (ok) {
      const max = daysInMonth(astronomical, month);
      if (day < 1 || day > max) {
        const named = year < 0 ? `${-year} BCE` : String(year);
        r.err(f.day, `${monthName(month)} ${named} has no day ${day} (it has ${max} days)`);
        ok = false;
      }
    }
  }
  if (!ok) return null;
  let value = formatDatasetYear(astronomical);
  if (month !== null) value += `-${String(month).padStart(2, '0')}`;
  if (month !== null && day !== null) value += `-${String(day).padStart(2, '0')}`;
  return value;
}

/**
 * Reads the slide's `start_date` or `end_date`. `required` says why the date is needed (it is
 * part of the message when it is missing), or null when it is optional.
 */
export function readDate(
  r: Reader,
  raw: unknown,
  which: DateField,
  required: string | null,
): ReadDate {
  const f = DATE_FIELDS[which];
  const none: ReadDate = { value: null, hadTime: false, displayDate: '', key: '' };
  const d = r.object(raw, f.date, 'year, month and day');
  if (d === null) {
    if (required !== null && raw == null) r.err(f.date, `is required: ${required}`);
    return none;
  }
  const unreadable = (d as { [UNREADABLE]?: unknown })[UNREADABLE];
  if (typeof unreadable === 'string') {
    r.err(f.date, unreadable);
    return none;
  }
  const year = readPart(r, d.year, f.year);
  const month = readPart(r, d.month, f.month);
  const day = readPart(r, d.day, f.day);
  const hadTime =
    r.text(d.hour, f.date).trim() !== '' ||
    r.text(d.minute, f.date).trim() !== '' ||
    r.text(d.second, f.date).trim() !== '';
  const displayDate = htmlToText(r.text(d.display_date, f.date));
  const key = `${year ?? ''}-${month ?? ''}-${day ?? ''}`;
  if (year === undefined || month === undefined || day === undefined) {
    return { ...none, hadTime, displayDate };
  }
  if (year === null) {
    if (month !== null || day !== null) {
      r.err(f.year, 'is required: the date has a month or day but no year');
    } else if (required !== null) {
      r.err(f.year, `is required: ${required}`);
    }
    return { ...none, hadTime, displayDate };
  }
  const value = checkedDate(r, f, year, month, day);
  return { value, hadTime, displayDate, key };
}
