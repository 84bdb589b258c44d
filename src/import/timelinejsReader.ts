/**
 * Reading TimelineJS input: the shapes of its slides, where a problem points (JSON paths, CSV
 * rows), and a reader that collects problems while it reads loosely typed values. Shared by
 * TimelineJS3 JSON, its spreadsheet template (CSV) and the older TimelineJS 2 JSON.
 */
import type { DatasetProblem } from '../domain/types';
import { describeType, error, formatCount, isRecord, warning } from './types';

type DateValue = string | number | null;

/** The TimelineJS3 date object (all parts may be strings or numbers). */
export interface TimelineJsDate {
  year?: DateValue;
  month?: DateValue;
  day?: DateValue;
  hour?: DateValue;
  minute?: DateValue;
  second?: DateValue;
  millisecond?: DateValue;
  display_date?: string | null;
}

/** A TimelineJS3 slide: an event, an era or the title slide. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string | null;
  text?: { headline?: string | null; text?: string | null };
  media?: {
    url?: string | null;
    caption?: string | null;
    credit?: string | null;
    thumbnail?: string | null;
    alt?: string | null;
  };
  group?: string | null;
  background?: unknown;
  unique_id?: string | null;
  type?: string | null;
}

export interface TimelineJsTimeline {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
}

/** The fields a problem can point at, in TimelineJS's own names. */
export type TimelineJsField =
  | 'start_date'
  | 'start_date.year'
  | 'start_date.month'
  | 'start_date.day'
  | 'end_date'
  | 'end_date.year'
  | 'end_date.month'
  | 'end_date.day'
  | 'text'
  | 'text.headline'
  | 'text.text'
  | 'media'
  | 'media.url'
  | 'media.caption'
  | 'media.credit'
  | 'media.thumbnail'
  | 'media.alt'
  | 'group'
  | 'display_date'
  | 'background'
  | 'unique_id';

/** Turns a place in the input into the `path` of a problem (JSON paths, or CSV rows). */
export interface TimelineJsLocator {
  /** The list of events as a whole. */
  readonly events: string;
  /** The list of eras as a whole. */
  readonly eras: string;
  /** Where the time of day comes from (a warning lists the events that lost it). */
  readonly time: string;
  /** The title slide (`index` is ignored), an event or an era, and optionally one field. */
  at(kind: SlideKind, index: number, field?: TimelineJsField): string;
}

export type SlideKind = 'title' | 'event' | 'era';

/** JSON paths such as `events[3].start_date.month` (prefixed `timeline.` when wrapped). */
export function jsonLocator(prefix = '', eventsKey = 'events'): TimelineJsLocator {
  const events = `${prefix}${eventsKey}`;
  const eras = `${prefix}eras`;
  return {
    events,
    eras,
    time: events,
    at(kind, index, field) {
      const base =
        kind === 'title' ? `${prefix}title` : `${kind === 'event' ? events : eras}[${index}]`;
      return field === undefined ? base : `${base}.${field}`;
    },
  };
}

/** "marktwain.json" → "marktwain". */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
}

/**
 * Collects problems and reads loosely typed TimelineJS values. It reads one slide at a time
 * (`kind`, `index`), so a problem's path is only worked out when there is a problem.
 */
export class Reader {
  readonly problems: DatasetProblem[] = [];
  kind: SlideKind = 'title';
  index = 0;

  constructor(readonly loc: TimelineJsLocator) {}

  /** Reads the given slide from now on. */
  at(kind: SlideKind, index: number): this {
    this.kind = kind;
    this.index = index;
    return this;
  }

  here(field?: TimelineJsField): string {
    return this.loc.at(this.kind, this.index, field);
  }

  err(field: TimelineJsField | undefined, message: string): void {
    this.problems.push(error(this.here(field), message));
  }

  warn(field: TimelineJsField | undefined, message: string): void {
    this.problems.push(warning(this.here(field), message));
  }

  /** A problem at a place that is not one slide's field (a list as a whole). */
  errAt(path: string, message: string): void {
    this.problems.push(error(path, message));
  }

  warnAt(path: string, message: string): void {
    this.problems.push(warning(path, message));
  }

  /** Text from a string or number; "" when absent; a problem for other types. */
  text(value: unknown, field: TimelineJsField | undefined): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.err(field, `should be text, not ${describeType(value)}`);
    return '';
  }

  /** An object, or null when absent; a problem for other types. */
  object(
    value: unknown,
    field: TimelineJsField | undefined,
    what: string,
  ): Record<string, unknown> | null {
    if (value === undefined || value === null) return null;
    if (isRecord(value)) return value;
    this.err(field, `should be an object with ${what}, not ${describeType(value)}`);
    return null;
  }

  /** Fails with an error when the text is longer than the schema allows. */
  fits(value: string, max: number, field: TimelineJsField, what: string): boolean {
    if (value.length <= max) return true;
    this.err(
      field,
      `${what} is ${formatCount(value.length)} characters long; the limit is ${formatCount(max)}`,
    );
    return false;
  }
}

/** "a, b, c and 4 more": at most ten places named in one message. */
export function listOfItems(labels: readonly string[]): string {
  const shown = labels.slice(0, 10).join(', ');
  return labels.length > 10 ? `${shown} and ${formatCount(labels.length - 10)} more` : shown;
}

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
