/**
 * TimelineJS 2 JSON (the format before TimelineJS3, still behind many published timelines):
 *
 *   { "timeline": { "headline", "text", "startDate", "asset": { media, credit, caption },
 *       "date": [ { startDate, endDate, headline, text, tag, asset: { media, credit,
 *                   caption, thumbnail } } ],
 *       "era":  [ { startDate, endDate, headline, text, tag } ] } }
 *
 * Dates are strings: "YYYY,MM,DD" with as many parts as are known (and perhaps hours, minutes
 * and seconds after them), "MM/DD/YYYY", an ISO date, or a year alone. Each slide becomes the
 * TimelineJS3 slide it stands for and goes through the same conversion; problems point at the
 * TimelineJS 2 paths (`timeline.date[3].startDate`). `tag` becomes the group (a theme). As in
 * TimelineJS 2, a date without a startDate is not shown: it is left out, with a warning.
 */
import { convertTimelineObject } from './timelinejs';
import type { TimelineJsField, TimelineJsLocator, TimelineJsSlide } from './timelinejsReader';
import { UNREADABLE } from './timelinejsDates';
import { type Conversion, describeType, isRecord, quoteValue, warning } from './types';

type Raw = Record<string, unknown>;

/** True for `{ timeline: { date: [...] } }` (and not a TimelineJS3 file). */
export function isTimelineJs2(value: Raw): boolean {
  const t = value.timeline;
  return isRecord(t) && 'date' in t && !('events' in t) && !('slides' in t) && !('events' in value);
}

export interface Js2DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

const FORMS =
  'write it as "YYYY,MM,DD" (for example "1963,11,22"), with as many parts as are known';

/** A whole number part, "" when absent (TimelineJS 2 reads "0" and "" alike for month and day). */
const part = (s: string | undefined) => (s ?? '').trim();

/**
 * A TimelineJS 2 date string → its parts (as text, for the TimelineJS3 date reader), or why it
 * cannot be read. "" → null (no date).
 */
export function parseTimelineJs2Date(text: string): Js2DateParts | { problem: string } | null {
  const d = text.trim();
  if (d === '') return null;
  const empty = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  if (d.includes(',')) {
    const p = d.split(',').map((s) => s.trim());
    if (p.length > 7 || !p.every((s) => /^[+-]?\d*$/.test(s))) {
      return { problem: `${quoteValue(d)} is not a date TimelineJS 2 can read; ${FORMS}` };
    }
    const zeroIsNone = (s: string | undefined) => (/^[+-]?0*$/.test(part(s)) ? '' : part(s));
    return {
      year: part(p[0]),
      month: zeroIsNone(p[1]),
      day: zeroIsNone(p[2]),
      hour: zeroIsNone(p[3]),
      minute: zeroIsNone(p[4]),
      second: zeroIsNone(p[5]),
    };
  }
  const slash =
    /^(\d{1,2})\/(?:(\d{1,2})\/)?([+-]?\d{1,9})(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/.exec(d);
  if (slash) {
    return {
      ...empty,
      year: part(slash[3]),
      month: part(slash[1]),
      day: part(slash[2]),
      hour: part(slash[4]),
      minute: part(slash[5]),
      second: part(slash[6]),
    };
  }
  const iso = /^([+-]?\d{4,})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\S*)?$/.exec(
    d,
  );
  if (iso) {
    return {
      ...empty,
      year: part(iso[1]),
      month: part(iso[2]),
      day: part(iso[3]),
      hour: part(iso[4]),
      minute: part(iso[5]),
      second: part(iso[6]),
    };
  }
  if (/^[+-]?\d{1,9}$/.test(d)) return { ...empty, year: d };
  if (/^now\b/i.test(d)) {
    return { problem: `"now" changes every day; the app needs a fixed date: ${FORMS}` };
  }
  return { problem: `${quoteValue(d)} is not a date TimelineJS 2 can read; ${FORMS}` };
}

/** A startDate/endDate value → the TimelineJS3 date object it stands for, or undefined. */
function dateObject(value: unknown): Raw | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') {
    return { [UNREADABLE]: `should be text such as "1963,11,22", not ${describeType(value)}` };
  }
  const parsed = parseTimelineJs2Date(value);
  if (parsed === null) return undefined;
  if ('problem' in parsed) return { [UNREADABLE]: parsed.problem };
  return { ...parsed };
}

/** A TimelineJS 2 date or era entry → the TimelineJS3 slide it stands for. */
function toSlide(entry: Raw): TimelineJsSlide {
  const asset = entry.asset;
  const slide: Raw = {
    start_date: dateObject(entry.startDate),
    end_date: dateObject(entry.endDate),
    text: { headline: entry.headline, text: entry.text },
    group: entry.tag,
  };
  if (asset !== undefined && asset !== null) {
    slide.media = isRecord(asset)
      ? {
          url: asset.media,
          credit: asset.credit,
          caption: asset.caption,
          thumbnail: asset.thumbnail,
          alt: asset.alt,
        }
      : asset;
  }
  return slide;
}

/** TimelineJS3 field → the TimelineJS 2 key it came from ("" for the entry itself). */
const FIELD_KEY: Record<TimelineJsField, string> = {
  start_date: 'startDate',
  'start_date.year': 'startDate',
  'start_date.month': 'startDate',
  'start_date.day': 'startDate',
  end_date: 'endDate',
  'end_date.year': 'endDate',
  'end_date.month': 'endDate',
  'end_date.day': 'endDate',
  text: '',
  'text.headline': 'headline',
  'text.text': 'text',
  media: 'asset',
  'media.url': 'asset.media',
  'media.caption': 'asset.caption',
  'media.credit': 'asset.credit',
  'media.thumbnail': 'asset.thumbnail',
  'media.alt': 'asset.alt',
  group: 'tag',
  display_date: '',
  background: '',
  unique_id: '',
};

function locator(eventIndex: readonly number[], eraIndex: readonly number[]): TimelineJsLocator {
  return {
    events: 'timeline.date',
    eras: 'timeline.era',
    time: 'timeline.date',
    at(kind, index, field) {
      const base =
        kind === 'title'
          ? 'timeline'
          : kind === 'event'
            ? `timeline.date[${eventIndex[index] ?? index}]`
            : `timeline.era[${eraIndex[index] ?? index}]`;
      const key = field === undefined ? '' : FIELD_KEY[field];
      return key === '' ? base : `${base}.${key}`;
    },
  };
}

/** Keeps the entries TimelineJS 2 shows (those with a startDate), and where each one was. */
function shown(list: unknown[], where: string, problems: Conversion['problems']) {
  const slides: unknown[] = [];
  const index: number[] = [];
  list.forEach((entry, i) => {
    if (
      isRecord(entry) &&
      (entry.startDate === undefined || entry.startDate === null || entry.startDate === '')
    ) {
      problems.push(
        warning(
          `${where}[${i}].startDate`,
          'is empty; TimelineJS 2 does not show an entry without a start date, so it was left out',
        ),
      );
      return;
    }
    slides.push(isRecord(entry) ? toSlide(entry) : entry);
    index.push(i);
  });
  return { slides, index };
}

/** TimelineJS 2 JSON (already parsed) → raw dataset. */
export function convertTimelineJs2(
  input: Raw,
  fileName?: string,
  baseUrl: string | null = null,
): Conversion {
  const t = input.timeline as Raw;
  const problems: Conversion['problems'] = [];
  const rawDates = t.date;
  if (!Array.isArray(rawDates)) {
    return convertTimelineObject({}, rawDates, locator([], []), fileName, baseUrl);
  }
  const events = shown(rawDates, 'timeline.date', problems);
  let eras: unknown = t.era;
  let eraIndex: number[] = [];
  if (Array.isArray(t.era)) {
    const e = shown(t.era, 'timeline.era', problems);
    eras = e.slides;
    eraIndex = e.index;
  } else if (t.era !== undefined && t.era !== null) {
    eras = t.era; // the converter says what it should be
  }
  const title: TimelineJsSlide = toSlide({
    headline: t.headline,
    text: t.text,
    asset: t.asset,
  });
  const converted = convertTimelineObject(
    { title, eras },
    events.slides,
    locator(events.index, eraIndex),
    fileName,
    baseUrl,
  );
  // The title slide's date is where TimelineJS 2 starts its timeline; nothing to keep.
  return { raw: converted.raw, problems: [...problems, ...converted.problems] };
}
