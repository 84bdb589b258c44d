/**
 * Event dates in EDTF (ISO 8601-2, the Extended Date/Time Format): the level-1 forms and the
 * level-2 sets a historian needs, parsed by a small pure parser of exactly these forms:
 *   - a plain date, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (read by dates.ts, so every year form it
 *     knows works here too), and level 1's long year of more than four digits, `Y-13800000000`
 *     or `Y170000002` (year precision; `Y-65000000~` is an approximate one);
 *   - a qualified date: uncertain `2007-07?`, approximate `2007-07~`, both `2007-07%`;
 *   - unspecified trailing digits: `200X` (a year 2000–2009), `20XX`, `2007-XX`, `2007-07-XX`;
 *   - an interval `A/B`, with an open end `2007-07/..` or `../2008`, or an unknown one
 *     `2007-07/` or `/2008`;
 *   - one of a set `[2007-07-10, 2007-07-12]`, and "on or before" / "on or after"
 *     `[..2007-07-16]` / `[2007-07-16..]`.
 * Anything else (per-component qualifiers, seasons, `{…}` lists, ranges inside sets) is
 * refused with a message saying which forms are read.
 *
 * The rule for order, the time index and "in view" (the README states it too): every value
 * has one extent [startMs, endMs):
 *   - a date: its period (`200X`: the whole decade; a qualifier does not move it);
 *   - an interval: from its start's first day to its end's last; an open or unknown end adds
 *     nothing, so the extent is the known end's period;
 *   - a set: from its earliest member's first day to its latest member's last ("or earlier" /
 *     "or later" add nothing beyond the member).
 * Drawing may go further than the extent (an approximate date's soft extent, see softExtent).
 */
import {
  describeDateProblem,
  MEAN_YEAR_MS,
  parsePartialDate,
  withinDate,
  type PartialDate,
} from './dates';

export type EdtfQualifier = 'uncertain' | 'approximate' | 'both';

/** Which part a date leaves unspecified with X digits, and the period it lies in. */
export interface EdtfUnspecified {
  readonly unit: 'year' | 'month' | 'day';
  /** `200X`: the first and last year it may be; `2007-XX`: the year; `2007-07-XX`: the month. */
  readonly first: PartialDate;
  readonly last: PartialDate;
}

export interface EdtfPoint {
  /** The known date: `2007-07` for `2007-07~`; the first possible year for `200X`. */
  readonly date: PartialDate;
  readonly qualifier: EdtfQualifier | null;
  readonly unspecified: EdtfUnspecified | null;
  /** The period the point covers (the whole span for unspecified digits). */
  readonly startMs: number;
  readonly endMs: number;
}

/** An interval end that is no date: `..` (open: it runs on) or empty (there is one, unknown). */
export type EdtfOpenEnd = 'open' | 'unknown';

export type EdtfValue =
  | { readonly kind: 'date'; readonly point: EdtfPoint }
  | {
      readonly kind: 'interval';
      readonly start: EdtfPoint | EdtfOpenEnd;
      readonly end: EdtfPoint | EdtfOpenEnd;
    }
  | {
      readonly kind: 'set';
      /** In date order. */
      readonly points: readonly EdtfPoint[];
      /** `[..x]`: x or any earlier date. */
      readonly earlier: boolean;
      /** `[x..]`: x or any later date. */
      readonly later: boolean;
    };

export interface EdtfDate {
  readonly text: string;
  readonly value: EdtfValue;
  /** The extent used for order, the time index and "in view" (see the rule above). */
  readonly startMs: number;
  readonly endMs: number;
  /** True when the expression uses anything beyond a plain date (or a plain interval). */
  readonly extended: boolean;
}

const FORMS =
  'EDTF dates are read in these forms: 2007, 2007-07, 2007-07-10, Y-65000000 (a year of more than four digits), 2007-07? (uncertain), 2007-07~ (approximate), 2007-07% (both), 200X or 2007-XX (unspecified digits), 2007-07/2007-09, 2007-07/.. (open end), /2008 (unknown start), [2007-07-10, 2007-07-12] (one of) and [..2007-07-16] (on or before)';

const QUALIFIERS: Record<string, EdtfQualifier> = {
  '?': 'uncertain',
  '~': 'approximate',
  '%': 'both',
};
const UNSPEC_YEAR = /^(\d{3}X|\d{2}XX)$/;
const UNSPEC_PART = /^(-?\d{4}(?:-\d{2})?)-XX$/;

type Parsed<T> = { readonly ok: T } | { readonly problem: string };

function parsePoint(raw: string): Parsed<EdtfPoint> {
  const text = raw.trim();
  const last = text.slice(-1);
  const qualifier = QUALIFIERS[last] ?? null;
  const base = qualifier === null ? text : text.slice(0, -1);
  const y = UNSPEC_YEAR.exec(base);
  if (y) {
    const digits = base.indexOf('X');
    const size = 10 ** (4 - digits);
    const firstYear = Number(base.slice(0, digits)) * size;
    const first = parsePartialDate(String(firstYear).padStart(4, '0'));
    const lastDate = parsePartialDate(String(firstYear + size - 1).padStart(4, '0'));
    return {
      ok: {
        date: first,
        qualifier,
        unspecified: { unit: 'year', first, last: lastDate },
        startMs: first.startMs,
        endMs: lastDate.endMs,
      },
    };
  }
  const part = UNSPEC_PART.exec(base);
  if (part) {
    const known = part[1] as string;
    const problem = describeDateProblem(known);
    if (problem !== null) return { problem };
    const within = parsePartialDate(known);
    const unit = within.precision === 'year' ? 'month' : 'day';
    return {
      ok: {
        date: within,
        qualifier,
        unspecified: { unit, first: within, last: within },
        startMs: within.startMs,
        endMs: within.endMs,
      },
    };
  }
  if (/[?~%X]/.test(base))
    return { problem: `"${raw.trim()}" is not an EDTF form read here. ${FORMS}` };
  const problem = describeDateProblem(base);
  if (problem !== null) return { problem };
  const date = parsePartialDate(base);
  return { ok: { date, qualifier, unspecified: null, startMs: date.startMs, endMs: date.endMs } };
}

function parseValue(text: string): Parsed<EdtfValue> {
  const t = text.trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    if (!t.startsWith('[') || !t.endsWith(']')) {
      return { problem: `"${t}": only "one of" sets in [ ] are read. ${FORMS}` };
    }
    const items = t
      .slice(1, -1)
      .split(',')
      .map((s) => s.trim());
    const earlier = items[0]?.startsWith('..') ?? false;
    const later = items[items.length - 1]?.endsWith('..') ?? false;
    if (earlier) items[0] = (items[0] as string).slice(2);
    if (later) items[items.length - 1] = (items[items.length - 1] as string).slice(0, -2);
    const points: EdtfPoint[] = [];
    for (const item of items) {
      if (item === '' || item.includes('..')) {
        return { problem: `"${t}": each member of a set is one date. ${FORMS}` };
      }
      const p = parsePoint(item);
      if ('problem' in p) return p;
      points.push(p.ok);
    }
    points.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    return { ok: { kind: 'set', points, earlier, later } };
  }
  const slash = t.split('/');
  if (slash.length > 2) return { problem: `"${t}" has more than one "/". ${FORMS}` };
  if (slash.length === 2) {
    const side = (s: string): Parsed<EdtfPoint | EdtfOpenEnd> =>
      s === '..' ? { ok: 'open' } : s === '' ? { ok: 'unknown' } : parsePoint(s);
    const start = side(slash[0] as string);
    if ('problem' in start) return start;
    const end = side(slash[1] as string);
    if ('problem' in end) return end;
    if (typeof start.ok === 'string' && typeof end.ok === 'string') {
      return { problem: `"${t}": an interval needs at least one date. ${FORMS}` };
    }
    if (typeof start.ok !== 'string' && typeof end.ok !== 'string') {
      if (end.ok.startMs < start.ok.startMs) {
        return { problem: `"${t}" ends before it starts` };
      }
    }
    return { ok: { kind: 'interval', start: start.ok, end: end.ok } };
  }
  const p = parsePoint(t);
  return 'problem' in p ? p : { ok: { kind: 'date', point: p.ok } };
}

function isPlain(p: EdtfPoint | EdtfOpenEnd): boolean {
  return typeof p !== 'string' && p.qualifier === null && p.unspecified === null;
}

function extentOf(v: EdtfValue): [number, number] {
  if (v.kind === 'date') return [v.point.startMs, v.point.endMs];
  if (v.kind === 'set') {
    const first = v.points[0];
    const last = v.points[v.points.length - 1];
    return first && last ? [first.startMs, last.endMs] : [0, 0];
  }
  const { start, end } = v;
  const s = typeof start === 'string' ? (end as EdtfPoint) : start;
  const e = typeof end === 'string' ? s : end;
  return [s.startMs, Math.max(e.endMs, s.endMs)];
}

/** What is wrong with an EDTF expression, in plain words; null when it is read. */
export function describeEdtfProblem(text: string): string | null {
  const r = parseValue(text);
  return 'problem' in r ? r.problem : null;
}

/** Parses an EDTF expression of the forms above; throws a readable RangeError otherwise. */
export function parseEdtf(text: string): EdtfDate {
  const r = parseValue(text);
  if ('problem' in r) throw new RangeError(r.problem);
  const value = r.ok;
  const [startMs, endMs] = extentOf(value);
  const extended =
    value.kind === 'set' ||
    (value.kind === 'date' && !isPlain(value.point)) ||
    (value.kind === 'interval' && !(isPlain(value.start) && isPlain(value.end)));
  return { text: text.trim(), value, startMs, endMs, extended };
}

/** An event's date as one expression: `start`, or `start/end` when it has an end. */
export function eventExpression(e: { readonly start: string; readonly end?: string | undefined }) {
  return e.end === undefined ? e.start : `${e.start}/${e.end}`;
}

/** The point an expression is placed at: its first date (or its only known end). */
export function anchorPoint(v: EdtfValue): EdtfPoint | null {
  if (v.kind === 'date') return v.point;
  if (v.kind === 'set') return v.points[0] ?? null;
  if (typeof v.start !== 'string') return v.start;
  return typeof v.end !== 'string' ? v.end : null;
}

/** Approximate dates (`~`, `%`) reach one unit of their precision further on each side. */
export function softExtent(p: EdtfPoint): readonly [number, number] {
  if (p.unspecified !== null) return [p.startMs, p.endMs];
  if (p.qualifier !== 'approximate' && p.qualifier !== 'both') return [p.startMs, p.endMs];
  return [shift(p.startMs, p.date.precision, -1), shift(p.endMs, p.date.precision, 1)];
}

/** A UTC instant moved by whole calendar years, months or days. */
function shift(ms: number, unit: 'year' | 'month' | 'day', n: number): number {
  // Beyond Date (deep years, whole years only) a year is a mean year on the axis (dates.ts).
  if (!withinDate(ms)) return ms + n * MEAN_YEAR_MS;
  const d = new Date(ms);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n);
  return d.getTime();
}
