/**
 * One TimelineJS slide at a time → the app's records: the title slide → the dataset's title
 * and description, an event slide → an event (and a quote when its media is a blockquote),
 * an era slide → an era. Problems go to the Reader, at the slide's own place in the input.
 */
import { parsePartialDate } from '../domain/dates';
import { LIMITS } from '../domain/schema';
import { excerpt } from '../lib/excerpt';
import { slugify } from '../lib/slug';
import { htmlToText } from './html';
import { themeLook } from './palette';
import { IdAllocator } from './slug';
import { readDate } from './timelinejsDates';
import { readBackground, readSlideMedia } from './timelinejsMedia';
import { baseName, type Reader } from './timelinejsReader';
import { describeType, quoteValue } from './types';

export const IMPORTED_SOURCE_ID = 'imported-file';
export const IMPORTED_SOURCE_OUTLET = 'Imported TimelineJS timeline';
export const GENERAL_THEME = 'General';

type Raw = Record<string, unknown>;

/** What the title slide gives the dataset: its title, introduction and media. */
export interface TitleSlide {
  readonly title: string;
  /** Plain text. */
  readonly description: string;
  /** The text as the file gives it (HTML), or "" when it has none. */
  readonly descriptionHtml: string;
  readonly media: Raw | null;
}

/** The title slide → the dataset's title (the file name stands in), introduction and media. */
export function readTitleSlide(
  r: Reader,
  raw: unknown,
  fileName: string | undefined,
  baseUrl: string | null,
): TitleSlide {
  r.at('title', 0);
  const titleSlide = r.object(raw, undefined, 'text and media');
  const titleText = titleSlide ? r.object(titleSlide.text, 'text', 'headline and text') : null;
  let title = htmlToText(r.text(titleText?.headline, 'text.headline'));
  r.fits(title, LIMITS.shortText, 'text.headline', 'the headline');
  if (title === '') {
    const fromName = fileName === undefined ? '' : baseName(fileName);
    title = excerpt(fromName, LIMITS.shortText) || 'Imported timeline';
  }
  const html = r.text(titleText?.text, 'text.text').trim();
  const description = htmlToText(html);
  r.fits(description, LIMITS.longText, 'text.text', 'the text');
  // Rich text only when it has markup and fits; the plain text is always there.
  const descriptionHtml =
    description !== '' && html !== description && html.length <= LIMITS.longText ? html : '';
  const read = titleSlide ? readSlideMedia(r, titleSlide.media, baseUrl) : null;
  return { title, description, descriptionHtml, media: read?.kind === 'media' ? read.media : null };
}

/** Groups → themes, in order of first use (colour, pattern and glyph from the palette). */
export class ThemeTable {
  readonly themes = new Map<string, Raw>();
  private readonly ids = new IdAllocator();

  constructor(private readonly r: Reader) {}

  /** The theme id for a group name ("" is the general theme); null when it is too long. */
  idFor(group: string): string | null {
    const name = group === '' ? GENERAL_THEME : group;
    const known = this.themes.get(name);
    if (known) return known.id as string;
    if (!this.r.fits(name, LIMITS.shortText, 'group', 'the group name')) return null;
    const id = this.ids.unique(slugify(name) || `theme-${this.themes.size + 1}`);
    this.themes.set(name, { id, label: name, ...themeLook(this.themes.size) });
    return id;
  }
}

/**
 * Event ids: explicit unique_ids first (the first use of an id keeps it), then `event-N` for
 * the rest, each made unique with a warning.
 */
export class EventIds {
  private readonly ids = new IdAllocator();
  private readonly explicit: (string | null)[];
  private readonly firstUse = new Map<string, number>();

  constructor(
    private readonly r: Reader,
    rawEvents: readonly unknown[],
  ) {
    this.explicit = rawEvents.map((e, i) => {
      if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
      const slug = slugify(r.at('event', i).text((e as Raw).unique_id, 'unique_id'));
      return slug === '' ? null : slug;
    });
    this.explicit.forEach((slug, i) => {
      if (slug !== null && this.ids.reserve(slug)) this.firstUse.set(slug, i);
    });
  }

  /** The id of event `i` (the Reader is at that event). */
  idOf(i: number, raw: Raw): string {
    const r = this.r;
    const slug = this.explicit[i] ?? null;
    if (slug !== null && this.firstUse.get(slug) === i) return slug;
    if (slug !== null) {
      const id = this.ids.unique(slug);
      r.warn(
        'unique_id',
        `the id "${slug}" is already used by ${r.loc.at('event', this.firstUse.get(slug) ?? 0)}; this event was given the id "${id}"`,
      );
      return id;
    }
    const id = this.ids.unique(`event-${i + 1}`);
    const given = r.text(raw.unique_id, 'unique_id').trim();
    if (given !== '') {
      r.warn(
        'unique_id',
        `the id ${quoteValue(given)} has no letters or digits; this event was given the id "${id}"`,
      );
    }
    return id;
  }
}

/** Everything an event slide turns into, and what the conversion collects across slides. */
export interface SlideContext {
  readonly r: Reader;
  readonly themes: ThemeTable;
  readonly ids: EventIds;
  readonly quoteIds: IdAllocator;
  readonly events: Raw[];
  readonly quotes: Raw[];
  /** The places of events that lost their time of day. */
  readonly timeDropped: string[];
  /** The file's own URL, for relative media addresses; null for a file from this computer. */
  readonly baseUrl: string | null;
}

/** The event's title: its headline, else an excerpt of its text, else "Untitled event". */
function eventTitle(r: Reader, headlineHtml: string, body: string): string {
  let title = htmlToText(headlineHtml);
  if (title === '') {
    if (body !== '') {
      title = excerpt(body, 80);
    } else {
      title = 'Untitled event';
      r.warn(
        'text.headline',
        'the event has no headline and no text; it is called "Untitled event"',
      );
    }
  }
  r.fits(title, LIMITS.shortText, 'text.headline', 'the headline');
  return title;
}

/** A slide's media → `event.media`, or a quote when it is a blockquote. */
function readMedia(ctx: SlideContext, raw: Raw, event: Raw, themeId: string | null): void {
  const read = readSlideMedia(ctx.r, raw.media, ctx.baseUrl);
  if (read.kind === 'media') event.media = read.media;
  else if (read.kind === 'quote') {
    const id = event.id as string;
    ctx.quotes.push({
      id: ctx.quoteIds.unique(`${id}-quote`),
      text: read.text,
      speaker: read.speaker,
      eventId: id,
      sourceId: IMPORTED_SOURCE_ID,
      themes: themeId === null ? [] : [themeId],
      stance: 'neutral',
    });
  }
}

/** Event slide `i` → an event (pushed to ctx.events), and perhaps a quote. */
export function convertEventSlide(ctx: SlideContext, raw: unknown, i: number): void {
  const { r } = ctx;
  r.at('event', i);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    r.err(undefined, `each event should be an object, not ${describeType(raw)}`);
    return;
  }
  const slide = raw as Raw;
  const id = ctx.ids.idOf(i, slide);

  const start = readDate(
    r,
    slide.start_date,
    'start_date',
    'every event needs a start date with at least a year',
  );
  const end = readDate(r, slide.end_date, 'end_date', null);
  if (start.hadTime || end.hadTime) ctx.timeDropped.push(r.here());
  let endValue = end.value;
  if (start.value !== null && endValue !== null) {
    if (end.key === start.key) {
      endValue = null; // TimelineJS also drops an end date equal to the start date.
    } else if (parsePartialDate(endValue).startMs < parsePartialDate(start.value).startMs) {
      r.err('end_date', `ends (${endValue}) before it starts (${start.value})`);
    }
  }

  const text = r.object(slide.text, 'text', 'headline and text');
  const headlineHtml = r.text(text?.headline, 'text.headline');
  const bodyHtml = r.text(text?.text, 'text.text').trim();
  const body = htmlToText(bodyHtml);
  const title = eventTitle(r, headlineHtml, body);
  if (body !== '') {
    r.fits(body, LIMITS.longText, 'text.text', 'the text');
    if (body.length <= LIMITS.longText) {
      r.fits(bodyHtml, LIMITS.longText, 'text.text', 'the text with its HTML');
    }
  }

  let displayDate = htmlToText(r.text(slide.display_date, 'display_date'));
  if (displayDate === '') {
    displayDate = [start.displayDate, end.displayDate].filter((d) => d !== '').join(' – ');
  }
  r.fits(displayDate, LIMITS.shortText, 'display_date', 'the display date');

  const themeId = ctx.themes.idFor(htmlToText(r.text(slide.group, 'group')));

  const event: Raw = {
    id,
    title,
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
  readMedia(ctx, slide, event, themeId);
  const background = readBackground(r, slide.background);
  if (background !== null) event.background = background;
  ctx.events.push(event);
}

/** Era slide `i` → an era; `eraTimes` collects the eras that lost their time of day. */
export function convertEraSlide(
  r: Reader,
  raw: unknown,
  i: number,
  eraTimes: string[],
): Raw | null {
  r.at('era', i);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    r.err(undefined, `each era should be an object, not ${describeType(raw)}`);
    return null;
  }
  const slide = raw as Raw;
  const start = readDate(r, slide.start_date, 'start_date', 'an era needs a start date');
  const end = readDate(r, slide.end_date, 'end_date', 'an era needs an end date');
  if (start.hadTime || end.hadTime) eraTimes.push(r.here());
  if (start.value !== null && end.value !== null) {
    if (parsePartialDate(end.value).startMs < parsePartialDate(start.value).startMs) {
      r.err('end_date', `ends (${end.value}) before it starts (${start.value})`);
    }
  }
  const text = r.object(slide.text, 'text', 'headline and text');
  let label = htmlToText(r.text(text?.headline, 'text.headline'));
  if (label === '') {
    label = `Era ${i + 1}`;
    r.warn('text.headline', `the era has no headline; it is called "${label}"`);
  }
  r.fits(label, LIMITS.shortText, 'text.headline', 'the headline');
  return { label, start: start.value, end: end.value };
}
