/**
 * TimelineJS3 (Knight Lab) JSON → a raw schema dataset, ready for validateDataset.
 *
 * Input: `{ title?, events: [...], eras?: [...] }` (also wrapped as `{ timeline: {...} }`, and the
 * older `{ timeline: { slides: [...] } }` where every slide is an event). Rules:
 * - each `group` becomes a theme (id slugified from the name; colour, pattern and glyph from the
 *   palette); events without a group go to the theme "General" ("general");
 * - `text.headline` (HTML stripped) is the title; without one, a short excerpt of the text; with
 *   neither, "Untitled event" and a warning. `text.text` is kept as `summaryHtml` (sanitised when
 *   shown) and, as plain text, in `summary`;
 * - dates keep the precision given (year, year-month, year-month-day); hours, minutes and seconds
 *   are dropped with one warning naming the events; a negative year is a BCE year ("-500" is
 *   500 BCE, as TimelineJS shows it); impossible dates, year 0, years before 10000 BCE and
 *   past 9999 are errors at their path; an end date equal to the start date is dropped (as TimelineJS
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
 *
 * The work is split three ways: timelinejsReader.ts (shapes, places, the problem-collecting
 * reader), timelinejsDates.ts (date objects) and timelinejsSlides.ts (one slide → records).
 */
import { LIMITS, SCHEMA_VERSION } from '../domain/schema';
import { IdAllocator } from './slug';
import { MAX_IMPORT_EVENTS, tooManyEventsMessage } from './limits';
import {
  jsonLocator,
  listOfItems,
  plural,
  Reader,
  type TimelineJsLocator,
} from './timelinejsReader';
import {
  convertEraSlide,
  convertEventSlide,
  EventIds,
  IMPORTED_SOURCE_ID,
  IMPORTED_SOURCE_OUTLET,
  readTitleSlide,
  type SlideContext,
  ThemeTable,
} from './timelinejsSlides';
import { type Conversion, describeType, error, formatCount, hasErrors, isRecord } from './types';

export {
  baseName,
  jsonLocator,
  type TimelineJsDate,
  type TimelineJsField,
  type TimelineJsLocator,
  type TimelineJsSlide,
  type TimelineJsTimeline,
} from './timelinejsReader';
export { GENERAL_THEME, IMPORTED_SOURCE_ID, IMPORTED_SOURCE_OUTLET } from './timelinejsSlides';

/** More events than this are refused outright (see limits.ts). */
export { MAX_IMPORT_EVENTS } from './limits';

export interface TimelineJsOptions {
  /** Used for the dataset title when the timeline has no title headline. */
  readonly fileName?: string | undefined;
  /** How problems name places; JSON paths by default. */
  readonly locator?: TimelineJsLocator;
  /** Where the file came from (relative media addresses resolve against it); null: this computer. */
  readonly baseUrl?: string | null | undefined;
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
  // TimelineJS3 wrapped in `timeline`, its older `slides` form, or TimelineJS 2 (`date`).
  const t = value.timeline;
  return isRecord(t) && ('events' in t || 'slides' in t || 'date' in t);
}

/** The list of events, or null after reporting why there is none to convert. */
function eventList(r: Reader, raw: unknown): unknown[] | null {
  const where = r.loc.events;
  if (!Array.isArray(raw)) {
    r.errAt(
      where,
      raw === undefined
        ? 'is required: a TimelineJS timeline lists its events'
        : `should be a list of events, not ${describeType(raw)}`,
    );
    return null;
  }
  if (raw.length === 0) {
    r.errAt(where, 'the timeline has no events');
    return null;
  }
  if (raw.length > MAX_IMPORT_EVENTS) {
    r.errAt(where, tooManyEventsMessage('the timeline', raw.length));
    return null;
  }
  return raw as unknown[];
}

function convertEras(r: Reader, rawEras: unknown): Record<string, unknown>[] {
  const eras: Record<string, unknown>[] = [];
  if (rawEras === undefined || rawEras === null) return eras;
  if (!Array.isArray(rawEras)) {
    r.errAt(r.loc.eras, `should be a list of eras, not ${describeType(rawEras)}`);
    return eras;
  }
  if (rawEras.length > LIMITS.listLength) {
    r.errAt(
      r.loc.eras,
      `the timeline has ${formatCount(rawEras.length)} eras; at most ${LIMITS.listLength} can be imported`,
    );
  }
  const eraTimes: string[] = [];
  rawEras.slice(0, LIMITS.listLength).forEach((raw, i) => {
    const era = convertEraSlide(r, raw, i, eraTimes);
    if (era) eras.push(era);
  });
  if (eraTimes.length > 0) {
    r.warnAt(
      r.loc.eras,
      `the time of day was dropped from ${plural(eraTimes.length, 'era')}, because the app shows dates only: ${listOfItems(eraTimes)}`,
    );
  }
  return eras;
}

/** A timeline object (title, events, eras) → raw dataset, its problems located by `loc`. */
export function convertTimelineObject(
  root: Record<string, unknown>,
  rawEvents: unknown,
  loc: TimelineJsLocator,
  fileName?: string,
  baseUrl: string | null = null,
): Conversion {
  const r = new Reader(loc);
  const list = eventList(r, rawEvents);
  if (list === null) return { raw: null, problems: r.problems };

  const intro = readTitleSlide(r, root.title, fileName, baseUrl);
  const { title } = intro;
  const ctx: SlideContext = {
    r,
    themes: new ThemeTable(r),
    ids: new EventIds(r, list),
    quoteIds: new IdAllocator(),
    events: [],
    quotes: [],
    timeDropped: [],
    baseUrl,
  };
  list.forEach((raw, i) => convertEventSlide(ctx, raw, i));
  if (ctx.timeDropped.length > 0) {
    r.warnAt(
      loc.time,
      `the time of day was dropped from ${plural(ctx.timeDropped.length, 'event')}, because the app shows dates only: ${listOfItems(ctx.timeDropped)}`,
    );
  }
  const eras = convertEras(r, root.eras);
  const themes = ctx.themes.themes;
  if (themes.size > LIMITS.listLength) {
    r.errAt(
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
    events: ctx.events,
    quotes: ctx.quotes,
  };
  if (intro.description !== '') dataset.description = intro.description;
  if (intro.descriptionHtml !== '') dataset.descriptionHtml = intro.descriptionHtml;
  if (intro.media !== null) dataset.media = intro.media;
  if (eras.length > 0) dataset.eras = eras;
  return { raw: dataset, problems: r.problems };
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
  return convertTimelineObject(
    root,
    root[eventsKey],
    loc,
    options.fileName,
    options.baseUrl ?? null,
  );
}
