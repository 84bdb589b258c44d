/**
 * A dataset → TimelineJS3 JSON (Knight Lab's format), so a timeline can go back to TimelineJS:
 * - the title and introduction become the title slide (with its media);
 * - every event becomes a slide: `unique_id` is its id; dates at their precision (year, month,
 *   day) as TimelineJS date objects; the headline and text (rich text when there is some,
 *   else the summary with its characters escaped); `display_date`; `media` (url, caption,
 *   credit, thumbnail, alt); `background.color`; `group`: the label of its first theme
 *   (TimelineJS has one group a slide);
 * - an event without media that has quotes shows the first as a `<blockquote>` (credit: the
 *   speaker), the way TimelineJS files carry quotes;
 * - eras become eras.
 * Not carried (TimelineJS has no place for them): sources, further themes and quotes, people,
 * date certainty and notes, conflicts, the glossary and tours. Importing the result gives back
 * the events, their dates at the same precision, groups, eras, media and display dates.
 * An EDTF date (TimelineJS has no uncertainty) goes as its first known date (and the end of
 * a closed interval), with the expression as written in `display_date` unless it has one.
 */
import type { PartialDate } from '../domain/dates';
import { eventDates } from '../domain/eventDates';
import type { Dataset, Quote, Theme, TimelineEvent } from '../domain/types';

type Json = Record<string, unknown>;

/** The characters that would otherwise be read as markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * "2001-02-03" → { year: "2001", month: "2", day: "3" }; only the parts it has. BCE years go
 * back as TimelineJS writes them: "-0499" (500 BCE) → "-500", "0000" (1 BCE) → "-1", and deep
 * years too: "Y-13799999999" → "-13800000000", the year of TimelineJS's cosmological scale.
 */
export function timelineJsDate(date: string): Json {
  // "Y-13799999999" (EDTF's long year) is a year like any other, kept exact.
  const m = /^Y?(-?\d+)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return { year: date };
  return dateObject(Number(m[1]), m[2], m[3]);
}

/** A TimelineJS date object of an astronomical year (0 is 1 BCE, TimelineJS's -1). */
function dateObject(astronomical: number, month?: number | string, day?: number | string): Json {
  const out: Json = { year: String(astronomical <= 0 ? astronomical - 1 : astronomical) };
  if (month !== undefined) out.month = String(Number(month));
  if (day !== undefined) out.day = String(Number(day));
  return out;
}

function media(m: NonNullable<TimelineEvent['media']>): Json {
  const out: Json = { url: m.url };
  if (m.caption !== undefined) out.caption = escapeHtml(m.caption);
  if (m.credit !== undefined) out.credit = escapeHtml(m.credit);
  if (m.thumbnail !== undefined) out.thumbnail = m.thumbnail;
  if (m.alt !== undefined) out.alt = escapeHtml(m.alt);
  return out;
}

function eventSlide(
  e: TimelineEvent,
  themes: ReadonlyMap<string, Theme>,
  quote: Quote | undefined,
): Json {
  const text: Json = { headline: escapeHtml(e.title) };
  const body = e.summaryHtml ?? (e.summary === undefined ? undefined : escapeHtml(e.summary));
  if (body !== undefined) text.text = body;
  const dates = eventDates(e);
  // EDTF, or an interval written in start ("2007-07/2007-09"): from the parsed dates.
  const parsed = dates.edtf !== null || e.start.includes('/');
  // From the parsed parts, not a string: a BCE year ("-4") or a deep one is a number here.
  const written = (d: PartialDate) => dateObject(d.year, d.month, d.day);
  const slide: Json = {
    unique_id: e.id,
    start_date: parsed ? written(dates.startDate) : timelineJsDate(e.start),
    text,
  };
  if (parsed) {
    if (dates.endDate) slide.end_date = written(dates.endDate);
  } else if (e.end !== undefined) slide.end_date = timelineJsDate(e.end);
  const display = e.displayDate ?? dates.edtf?.text;
  if (display !== undefined) slide.display_date = escapeHtml(display);
  const group = e.themes.map((id) => themes.get(id)?.label).find((l) => l !== undefined);
  if (group !== undefined) slide.group = escapeHtml(group);
  if (e.media) slide.media = media(e.media);
  else if (quote) {
    slide.media = {
      url: `<blockquote>${escapeHtml(quote.text)}</blockquote>`,
      credit: escapeHtml(quote.speaker),
    };
  }
  if (e.background !== undefined) slide.background = { color: e.background };
  return slide;
}

export function exportTimelineJs3(dataset: Dataset): Json {
  const themes = new Map(dataset.themes.map((t) => [t.id, t]));
  const firstQuote = new Map<string, Quote>();
  for (const q of dataset.quotes) if (!firstQuote.has(q.eventId)) firstQuote.set(q.eventId, q);
  const titleText: Json = { headline: escapeHtml(dataset.title) };
  const intro =
    dataset.descriptionHtml ??
    (dataset.description === undefined ? undefined : escapeHtml(dataset.description));
  if (intro !== undefined) titleText.text = intro;
  const title: Json = { text: titleText };
  if (dataset.media) title.media = media(dataset.media);
  const out: Json = {
    title,
    events: dataset.events.map((e) => eventSlide(e, themes, firstQuote.get(e.id))),
  };
  if (dataset.eras && dataset.eras.length > 0) {
    out.eras = dataset.eras.map((era) => ({
      start_date: timelineJsDate(era.start),
      end_date: timelineJsDate(era.end),
      text: { headline: escapeHtml(era.label) },
    }));
  }
  return out;
}

/** The TimelineJS3 file's text (pretty-printed, with a final newline). */
export function exportTimelineJs3Text(dataset: Dataset): string {
  return `${JSON.stringify(exportTimelineJs3(dataset), null, 2)}\n`;
}
