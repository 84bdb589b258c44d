/**
 * Knight Lab's own TimelineJS examples (copied into tests/fixtures) import cleanly. The counts
 * were checked by reading the files: see the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/import/importDataset';
import type { Dataset } from '../../../src/import/types';

function load(rel: string) {
  const name = rel.split('/').pop()!;
  const outcome = importBytes(
    new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures', rel))),
    name,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems, null, 2));
  return outcome;
}

const counts = (d: Dataset) => ({
  events: d.events.length,
  themes: d.themes.length,
  eras: d.eras?.length ?? 0,
  quotes: d.quotes.length,
  media: d.events.filter((e) => e.media).length,
  ranges: d.events.filter((e) => e.end).length,
});

const everyEventCitesTheFile = (d: Dataset) => {
  expect(d.sources).toEqual([
    { id: 'imported-file', title: d.title, outlet: 'Imported TimelineJS timeline', kind: 'other' },
  ]);
  for (const e of d.events) expect(e.sources).toEqual(['imported-file']);
};

describe('TimelineJS JSON examples', () => {
  it('marktwain.json: 17 events, no groups, times of day dropped', () => {
    const { dataset, warnings, format } = load('timelinejs/marktwain.json');
    expect(format).toBe('timelinejs-json');
    // 17 events, none grouped (→ "General"), no eras, no blockquotes; the last has no media.
    expect(counts(dataset)).toEqual({
      events: 17,
      themes: 1,
      eras: 0,
      quotes: 0,
      media: 16,
      ranges: 1,
    });
    expect(dataset.themes).toEqual([
      { id: 'general', label: 'General', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' },
    ]);
    // The title slide has text but no headline: the title comes from the file name.
    expect(dataset.title).toBe('marktwain');
    expect(dataset.description).toMatch(/^Samuel Langhorne Clemens \(November 30, 1835/);
    everyEventCitesTheFile(dataset);
    // The first event has no headline: a short excerpt of its text stands in.
    expect(dataset.events[0]?.title).toBe(
      'Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910), better known by…',
    );
    expect(dataset.events[0]?.start).toBe('1908-05-13');
    expect(dataset.events[2]).toMatchObject({ start: '1920-01-05', end: '1923-01-05' });
    // "month": "" and "day": "" → year precision.
    expect(dataset.events[16]).toMatchObject({ title: 'Get started!', start: '2014' });
    expect(dataset.events.map((e) => e.id)).toEqual(
      Array.from({ length: 17 }, (_, i) => `event-${i + 1}`),
    );
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'events[3].text.headline: the event has no headline and no text; it is called "Untitled event"',
      'events[4].text.headline: the event has no headline and no text; it is called "Untitled event"',
      'events[5].text.headline: the event has no headline and no text; it is called "Untitled event"',
      'events: the time of day was dropped from 15 events, because the app shows dates only: events[1], events[2], events[3], events[4], events[5], events[6], events[7], events[8], events[9], events[10] and 5 more',
    ]);
  });

  it('welcome.json: the { timeline: { slides } } form, one blockquote becomes a quote', () => {
    const { dataset, warnings } = load('timelinejs/welcome.json');
    // 17 slides; media: 13 http(s) links, one blockquote, one relative path, two empty.
    expect(counts(dataset)).toEqual({
      events: 17,
      themes: 1,
      eras: 0,
      quotes: 1,
      media: 13,
      ranges: 0,
    });
    expect(dataset.title).toBe('welcome');
    expect(dataset.quotes).toEqual([
      {
        id: 'event-7-quote',
        text: "You have brains in your head. You have feet in your shoes. You can steer yourself in any direction you choose. You're on your own, and you know what you know. And you are the guy who'll decide where to go.",
        speaker: 'Dr. Seuss',
        eventId: 'event-7',
        sourceId: 'imported-file',
        themes: ['general'],
        stance: 'neutral',
      },
    ]);
    const blockquoteEvent = dataset.events[6]!;
    expect(blockquoteEvent).toMatchObject({ title: 'Blockquote', start: '1950-02-07' });
    expect(blockquoteEvent.media).toBeUndefined();
    // HTML is kept for later sanitising; the plain summary decodes entities and drops tags.
    expect(blockquoteEvent.summaryHtml).toBe(
      'This is an example of a blockquote. <br/>&lt;blockquote&gt;&ldquo;Just use html blockquotes in the media field.&rdquo;&lt;/blockquote&gt;',
    );
    expect(blockquoteEvent.summary).toBe(
      'This is an example of a blockquote. <blockquote>“Just use html blockquotes in the media field.”</blockquote>',
    );
    expect(dataset.events[3]?.media).toEqual({
      url: 'http://youtu.be/lIvftGgps24',
      caption: 'Le portrait mystérieux',
      credit: 'Georges Méliès',
    });
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'timeline.slides[1].media.url: "/static/welcome/step3.png" is a relative address, and a file opened from this computer has no web address to resolve it against; the media was left out (write the full https:// address, or open the timeline by its web address)',
    ]);
    everyEventCitesTheFile(dataset);
  });

  it('eras.json: three eras and years before 1000', () => {
    const { dataset, warnings } = load('timelinejs/eras.json');
    expect(counts(dataset)).toEqual({
      events: 20,
      themes: 1,
      eras: 3,
      quotes: 0,
      media: 19,
      ranges: 5,
    });
    expect(warnings).toEqual([]);
    expect(dataset.title).toBe('Eras Test');
    expect(dataset.eras).toEqual([
      { label: 'Era Test 650-700', start: '0650', end: '0700' },
      { label: 'Era Test 600-650', start: '0600', end: '0650' },
      { label: 'Era Test 700-720', start: '0700', end: '0720' },
    ]);
    expect(dataset.events[2]).toMatchObject({ start: '0622-08-09', end: '0622-08-23' });
    everyEventCitesTheFile(dataset);
  });
});

describe('TimelineJS spreadsheet template (CSV) examples', () => {
  for (const [file, title] of [
    ['csv/women_in_computing.csv', 'Women in Computing'],
    ['csv/my-own-timeline.csv', 'MY OWN CSV'],
  ] as const) {
    it(`${file}: title row, 10 events, a blockquote quote with its <cite>`, () => {
      const { dataset, warnings, format } = load(file);
      expect(format).toBe('timelinejs-csv');
      expect(warnings).toEqual([]);
      // Rows 3–12 are events; row 4 (Edith Clarke) has a blockquote instead of media.
      expect(counts(dataset)).toEqual({
        events: 10,
        themes: 1,
        eras: 0,
        quotes: 1,
        media: 9,
        ranges: 3,
      });
      expect(dataset.title).toBe(title);
      expect(dataset.description).toBe(
        "In this sample timeline, we'll walk you through what TimelineJS can do by looking at some of the more important contributions women have made to computer science.",
      );
      expect(dataset.quotes[0]).toMatchObject({
        eventId: 'event-2',
        text: "There is no demand for women engineers, as such, as there are for women doctors; but there's always a demand for anyone who can do a good piece of work.",
        speaker:
          'Edith Clarke, first female professor of electrical engineering in the United States',
      });
      // Quoted fields that span lines; a month without a day; an end year only.
      expect(dataset.events[2]).toMatchObject({
        title: '...And the women who made it work',
        start: '1943-07',
        end: '1946',
      });
      expect(dataset.events[2]?.summary).toMatch(/ENIAC Women\. \.$/);
      // Media credits and captions are plain text.
      expect(dataset.events[2]?.media).toEqual({
        url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
        credit: 'Computer History Museum',
        caption: 'Jean Bartik talks about the ENIAC women',
      });
      expect(dataset.events[0]?.media?.caption).toBe('Portrait by Alfred Edward Chalon');
      everyEventCitesTheFile(dataset);
    });
  }
});
