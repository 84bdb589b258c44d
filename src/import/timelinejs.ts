/**
 * TimelineJS3 (Knight Lab) JSON → a raw schema-v2 dataset, ready for validateDataset.
 *
 * Input: `{ title?, events: [...], eras?: [...] }` (also wrapped as `{ timeline: {...} }`, and the
 * older `{ timeline: { slides: [...] } }` where every slide is an event). Rules:
 * - each `group` becomes a theme (id slugified from the name; colour, pattern and glyph from the
 *   palette); events without a group go to the theme "General" ("general");
 * - `text.headline` (HTML stripped) is the title; without one, a short excerpt of the text; with
 *   neither, "Untitled event" and a warning. `text.text` is kept as `summaryHtml` (sanitised when
 *   shown) and, as plain text, in `summary`;
 * - dates keep the precision given (year, year-month, year-month-day); hours, minutes and seconds
 *   are dropped with one warning naming the events; impossible dates, BCE years and years past
 *   9999 are errors at their path; an end date equal to the start date is dropped (as TimelineJS
 *   does), one before it is an error;
 * - `unique_id` (slugified) is the event id, `event-N` when missing, made unique with a warning;
 * - media whose URL is a `<blockquote>` becomes a quote (speaker: the credit, else its `<cite>`,
 *   else "Unknown"); other media with an http(s) URL becomes `media`; other URLs are dropped
 *   with a warning;
 * - one source stands for the imported file and every event cites it;
 * - the title slide gives the dataset title and description (the file name stands in for a
 *   missing headline); eras become eras; backgrounds, locations and slide types are ignored;
 * - a timeline without events, with more than MAX_IMPORT_EVENTS, or with text over the schema's
 *   length limits is refused.
 */
import { monthName, parsePartialDate } from '../domain/dates';
import { LIMITS, mediaSchema, SCHEMA_VERSION } from '../domain/schema';
import type { DatasetProblem } from '../domain/types';
import { htmlToText, isBlockquote, readBlockquote } from './html';
import { excerpt } from '../lib/excerpt';
import { themeLook } from './palette';
import { IdAllocator } from './slug';
import { slugify } from '../lib/slug';
import { daysInMonth } from '../domain/dates';
import {
  type Conversion,
  describeType,
  error,
  formatCount,
  hasErrors,
  isRecord,
  quoteValue,
  warning,
} from './types';

/** More events than this are refused outright. */
export const MAX_IMPORT_EVENTS = 200_000;

export const IMPORTED_SOURCE_ID = 'imported-file';
export const IMPORTED_SOURCE_OUTLET = 'Imported TimelineJS timeline';
export const GENERAL_THEME = 'General';

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
  | 'group'
  | 'display_date'
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
  at(kind: 'title' | 'event' | 'era', index: number, field?: TimelineJsField): string;
}

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

export interface TimelineJsOptions {
  /** Used for the dataset title when the timeline has no title headline. */
  readonly fileName?: string | undefined;
  /** How problems name places; JSON paths by default. */
  readonly locator?: TimelineJsLocator;
}

interface ReadDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when absent or wrong. */
  readonly value: string | null;
  readonly hadTime: boolean;
  readonly displayDate: string;
  /** The parts given, to tell an end date equal to the start date. */
  readonly key: string;
}

/** "marktwain.json" → "marktwain". */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
}

const isHttpUrl = (url: string) => mediaSchema.shape.url.safeParse(url).success;

type Kind = 'title' | 'event' | 'era';

/**
 * Collects problems and reads loosely typed TimelineJS values. It reads one slide at a time
 * (`kind`, `index`), so a problem's path is only worked out when there is a problem.
 */
class Reader {
  readonly problems: DatasetProblem[] = [];
  kind: Kind = 'title';
  index = 0;

  constructor(readonly loc: TimelineJsLocator) {}

  /** Reads the given slide from now on. */
  at(kind: Kind, index: number): this {
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
} as const;

function readDate(
  r: Reader,
  raw: unknown,
  which: keyof typeof DATE_FIELDS,
  required: string | null,
): ReadDate {
  const f = DATE_FIELDS[which];
  const none: ReadDate = { value: null, hadTime: false, displayDate: '', key: '' };
  const d = r.object(raw, f.date, 'year, month and day');
  if (d === null) {
    if (required !== null && raw == null) r.err(f.date, `is required: ${required}`);
    return none;
  }
  const part = (name: 'year' | 'month' | 'day'): number | null | undefined => {
    const given = r.text(d[name], f[name]).trim();
    // Like TimelineJS: "1,815" and "1 815" are 1815.
    const text = given.replace(/[\s,]+/g, '');
    if (text === '') return null;
    if (!/^[+-]?\d{1,9}$/.test(text)) {
      r.err(f[name], `${quoteValue(given)} is not a whole number`);
      return undefined;
    }
    return Number(text);
  };
  const year = part('year');
  const month = part('month');
  const day = part('day');
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
  let ok = true;
  if (year < 1 || year > 9999) {
    r.err(
      f.year,
      `year ${year} cannot be shown: the app handles years 1 to 9999${year < 1 ? ' (no dates before the Common Era)' : ''}`,
    );
    ok = false;
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
      const max = daysInMonth(year, month);
      if (day < 1 || day > max) {
        r.err(f.day, `${monthName(month)} ${year} has no day ${day} (it has ${max} days)`);
        ok = false;
      }
    }
  }
  if (!ok) return { ...none, hadTime, displayDate, key };
  let value = String(year).padStart(4, '0');
  if (month !== null) value += `-${String(month).padStart(2, '0')}`;
  if (month !== null && day !== null) value += `-${String(day).padStart(2, '0')}`;
  return { value, hadTime, displayDate, key };
}

function listOfItems(labels: readonly string[]): string {
  const shown = labels.slice(0, 10).join(', ');
  return labels.length > 10 ? `${shown} and ${formatCount(labels.length - 10)} more` : shown;
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Where the timeline is inside the input, and what its list of events is called. */
function findRoot(input: Record<string, unknown>): {
  root: Record<string, unknown>;
  prefix: string;
  eventsKey: string;
} {
  if (!('events' in input) && isRecord(input.timeline)) {
    const root = input.timeline;
    return {
      root,
      prefix: 'timeline.',
      eventsKey: !('events' in root) && 'slides' in root ? 'slides' : 'events',
    };
  }
  return { root: input, prefix: '', eventsKey: 'events' };
}

/** True when a JSON value looks like a TimelineJS timeline rather than an app dataset. */
export function looksLikeTimelineJs(value: unknown): boolean {
  if (!isRecord(value) || 'schemaVersion' in value) return false;
  if ('events' in value) return true;
  return isRecord(value.timeline) && ('events' in value.timeline || 'slides' in value.timeline);
}

export function convertTimelineJs(input: unknown, options: TimelineJsOptions = {}): Conversion {
  if (!isRecord(input)) {
    return {
      raw: null,
      problems: [
        error('(top level)', `a TimelineJS timeline is a JSON object, not ${describeType(input)}`),
      ],
    };
  }
  const { root, prefix, eventsKey } = findRoot(input);
  const loc = options.locator ?? jsonLocator(prefix, eventsKey);
  const r = new Reader(loc);
  const errAt = (path: string, message: string) => r.problems.push(error(path, message));
  const warnAt = (path: string, message: string) => r.problems.push(warning(path, message));

  const rawEvents = root[eventsKey];
  if (!Array.isArray(rawEvents)) {
    errAt(
      loc.events,
      rawEvents === undefined
        ? 'is required: a TimelineJS timeline lists its events'
        : `should be a list of events, not ${describeType(rawEvents)}`,
    );
    return { raw: null, problems: r.problems };
  }
  if (rawEvents.length === 0) {
    errAt(loc.events, 'the timeline has no events');
    return { raw: null, problems: r.problems };
  }
  if (rawEvents.length > MAX_IMPORT_EVENTS) {
    errAt(
      loc.events,
      `the timeline has ${formatCount(rawEvents.length)} events; at most ${formatCount(MAX_IMPORT_EVENTS)} can be imported`,
    );
    return { raw: null, problems: r.problems };
  }

  // Title slide → dataset title and description.
  r.at('title', 0);
  const titleSlide = r.object(root.title, undefined, 'text and media');
  const titleText = titleSlide ? r.object(titleSlide.text, 'text', 'headline and text') : null;
  let title = htmlToText(r.text(titleText?.headline, 'text.headline'));
  r.fits(title, LIMITS.shortText, 'text.headline', 'the headline');
  if (title === '') {
    const fromName = options.fileName === undefined ? '' : baseName(options.fileName);
    title = excerpt(fromName, LIMITS.shortText) || 'Imported timeline';
  }
  const description = htmlToText(r.text(titleText?.text, 'text.text'));
  r.fits(description, LIMITS.longText, 'text.text', 'the text');

  // Themes from groups, in order of first use.
  const themes = new Map<string, Record<string, unknown>>();
  const themeIds = new IdAllocator();
  const themeFor = (group: string): string | null => {
    const name = group === '' ? GENERAL_THEME : group;
    const known = themes.get(name);
    if (known) return known.id as string;
    if (!r.fits(name, LIMITS.shortText, 'group', 'the group name')) return null;
    const id = themeIds.unique(slugify(name) || `theme-${themes.size + 1}`);
    themes.set(name, { id, label: name, ...themeLook(themes.size) });
    return id;
  };

  // Event ids: explicit unique_ids first (the first use of an id keeps it), then the rest.
  const eventIds = new IdAllocator();
  const explicit: (string | null)[] = rawEvents.map((e, i) => {
    if (!isRecord(e)) return null;
    const slug = slugify(r.at('event', i).text(e.unique_id, 'unique_id'));
    return slug === '' ? null : slug;
  });
  const firstUse = new Map<string, number>();
  explicit.forEach((slug, i) => {
    if (slug !== null && eventIds.reserve(slug)) firstUse.set(slug, i);
  });

  const events: Record<string, unknown>[] = [];
  const quotes: Record<string, unknown>[] = [];
  const quoteIds = new IdAllocator();
  const timeDropped: string[] = [];

  rawEvents.forEach((raw, i) => {
    r.at('event', i);
    if (!isRecord(raw)) {
      r.err(undefined, `each event should be an object, not ${describeType(raw)}`);
      return;
    }

    const slug = explicit[i] ?? null;
    let id: string;
    if (slug !== null && firstUse.get(slug) === i) {
      id = slug;
    } else if (slug !== null) {
      id = eventIds.unique(slug);
      r.warn(
        'unique_id',
        `the id "${slug}" is already used by ${loc.at('event', firstUse.get(slug) ?? 0)}; this event was given the id "${id}"`,
      );
    } else {
      id = eventIds.unique(`event-${i + 1}`);
      const given = r.text(raw.unique_id, 'unique_id').trim();
      if (given !== '') {
        r.warn(
          'unique_id',
          `the id ${quoteValue(given)} has no letters or digits; this event was given the id "${id}"`,
        );
      }
    }

    const start = readDate(
      r,
      raw.start_date,
      'start_date',
      'every event needs a start date with at least a year',
    );
    const end = readDate(r, raw.end_date, 'end_date', null);
    if (start.hadTime || end.hadTime) timeDropped.push(r.here());
    let endValue = end.value;
    if (start.value !== null && endValue !== null) {
      if (end.key === start.key) {
        endValue = null; // TimelineJS also drops an end date equal to the start date.
      } else if (parsePartialDate(endValue).startMs < parsePartialDate(start.value).startMs) {
        r.err('end_date', `ends (${endValue}) before it starts (${start.value})`);
      }
    }

    const text = r.object(raw.text, 'text', 'headline and text');
    const headlineHtml = r.text(text?.headline, 'text.headline');
    const bodyHtml = r.text(text?.text, 'text.text').trim();
    const body = htmlToText(bodyHtml);
    let eventTitle = htmlToText(headlineHtml);
    if (eventTitle === '') {
      if (body !== '') {
        eventTitle = excerpt(body, 80);
      } else {
        eventTitle = 'Untitled event';
        r.warn(
          'text.headline',
          'the event has no headline and no text; it is called "Untitled event"',
        );
      }
    }
    r.fits(eventTitle, LIMITS.shortText, 'text.headline', 'the headline');
    if (body !== '') {
      r.fits(body, LIMITS.longText, 'text.text', 'the text');
      if (body.length <= LIMITS.longText) {
        r.fits(bodyHtml, LIMITS.longText, 'text.text', 'the text with its HTML');
      }
    }

    let displayDate = htmlToText(r.text(raw.display_date, 'display_date'));
    if (displayDate === '') {
      displayDate = [start.displayDate, end.displayDate].filter((d) => d !== '').join(' – ');
    }
    r.fits(displayDate, LIMITS.shortText, 'display_date', 'the display date');

    const themeId = themeFor(htmlToText(r.text(raw.group, 'group')));

    const event: Record<string, unknown> = {
      id,
      title: eventTitle,
      start: start.value,
      themes: themeId === null ? [] : [themeId],
      sources: [IMPORTED_SOURCE_ID],
    };
    if (endValue !== null) event.end = endValue;
    if (body !== '') {
      event.summary = body;
      event.summaryHtml = bodyHtml;
    }
    if (displayDate !== '') event.displayDate = displayDate;

    const media = r.object(raw.media, 'media', 'url, caption and credit');
    if (media) {
      const url = r.text(media.url, 'media.url').trim();
      const credit = htmlToText(r.text(media.credit, 'media.credit'));
      const caption = htmlToText(r.text(media.caption, 'media.caption'));
      const thumbnail = r.text(media.thumbnail, 'media.thumbnail').trim();
      if (url === '') {
        // No media: a caption or credit alone has nothing to describe.
      } else if (isBlockquote(url)) {
        const quote = readBlockquote(url);
        const speaker = credit || quote.cite || 'Unknown';
        if (quote.text === '') {
          r.warn('media.url', 'the blockquote has no text; no quote was made from it');
        } else if (
          r.fits(quote.text, LIMITS.longText, 'media.url', 'the blockquote') &&
          r.fits(speaker, LIMITS.shortText, 'media.credit', 'the credit')
        ) {
          quotes.push({
            id: quoteIds.unique(`${id}-quote`),
            text: quote.text,
            speaker,
            eventId: id,
            sourceId: IMPORTED_SOURCE_ID,
            themes: themeId === null ? [] : [themeId],
            stance: 'neutral',
          });
        }
      } else if (isHttpUrl(url)) {
        const m: Record<string, unknown> = { url };
        if (caption !== '' && r.fits(caption, LIMITS.longText, 'media.caption', 'the caption')) {
          m.caption = caption;
        }
        if (credit !== '' && r.fits(credit, LIMITS.longText, 'media.credit', 'the credit')) {
          m.credit = credit;
        }
        if (thumbnail !== '') {
          if (isHttpUrl(thumbnail)) m.thumbnail = thumbnail;
          else {
            r.warn(
              'media.thumbnail',
              `${quoteValue(thumbnail)} is not a web address (http or https); the thumbnail was left out`,
            );
          }
        }
        event.media = m;
      } else {
        r.warn(
          'media.url',
          `${quoteValue(url)} is not a web address (http or https); the media was left out`,
        );
      }
    }
    events.push(event);
  });

  if (timeDropped.length > 0) {
    warnAt(
      loc.time,
      `the time of day was dropped from ${plural(timeDropped.length, 'event')}, because the app shows dates only: ${listOfItems(timeDropped)}`,
    );
  }

  // Eras.
  const eras: Record<string, unknown>[] = [];
  const rawEras = root.eras;
  if (rawEras !== undefined && rawEras !== null && !Array.isArray(rawEras)) {
    errAt(loc.eras, `should be a list of eras, not ${describeType(rawEras)}`);
  } else if (Array.isArray(rawEras)) {
    if (rawEras.length > LIMITS.listLength) {
      errAt(
        loc.eras,
        `the timeline has ${formatCount(rawEras.length)} eras; at most ${LIMITS.listLength} can be imported`,
      );
    }
    const eraTimes: string[] = [];
    rawEras.slice(0, LIMITS.listLength).forEach((raw, i) => {
      r.at('era', i);
      if (!isRecord(raw)) {
        r.err(undefined, `each era should be an object, not ${describeType(raw)}`);
        return;
      }
      const start = readDate(r, raw.start_date, 'start_date', 'an era needs a start date');
      const end = readDate(r, raw.end_date, 'end_date', 'an era needs an end date');
      if (start.hadTime || end.hadTime) eraTimes.push(r.here());
      if (start.value !== null && end.value !== null) {
        if (parsePartialDate(end.value).startMs < parsePartialDate(start.value).startMs) {
          r.err('end_date', `ends (${end.value}) before it starts (${start.value})`);
        }
      }
      const text = r.object(raw.text, 'text', 'headline and text');
      let label = htmlToText(r.text(text?.headline, 'text.headline'));
      if (label === '') {
        label = `Era ${i + 1}`;
        r.warn('text.headline', `the era has no headline; it is called "${label}"`);
      }
      r.fits(label, LIMITS.shortText, 'text.headline', 'the headline');
      eras.push({ label, start: start.value, end: end.value });
    });
    if (eraTimes.length > 0) {
      warnAt(
        loc.eras,
        `the time of day was dropped from ${plural(eraTimes.length, 'era')}, because the app shows dates only: ${listOfItems(eraTimes)}`,
      );
    }
  }

  if (themes.size > LIMITS.listLength) {
    errAt(
      loc.events,
      `the events are in ${formatCount(themes.size)} groups; at most ${LIMITS.listLength} groups can become themes`,
    );
  }

  if (hasErrors(r.problems)) return { raw: null, problems: r.problems };

  const dataset: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    title,
    themes: [...themes.values()],
    sources: [{ id: IMPORTED_SOURCE_ID, title, outlet: IMPORTED_SOURCE_OUTLET, kind: 'other' }],
    events,
    quotes,
  };
  if (description !== '') dataset.description = description;
  if (eras.length > 0) dataset.eras = eras;
  return { raw: dataset, problems: r.problems };
}
