import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDateProblem } from '../../../src/domain/dates';
import { parseCsv } from '../../../src/import/csv';
import { importText } from '../../../src/import/importDataset';
import { convertTimelineJs, type TimelineJsSlide } from '../../../src/import/timelinejs';
import { convertTimelineJsCsv } from '../../../src/import/timelinejsCsv';
import type { DatasetProblem } from '../../../src/import/types';

type Raw = Record<string, unknown> & {
  themes: Record<string, unknown>[];
  events: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  eras?: Record<string, unknown>[];
};

const slide = (year: string | number, headline: string, extra: TimelineJsSlide = {}) => ({
  start_date: { year },
  text: { headline, text: '' },
  ...extra,
});

function convert(events: unknown[], extra: Record<string, unknown> = {}) {
  const r = convertTimelineJs({ events, ...extra }, { fileName: 'my-file.json' });
  return { raw: r.raw as Raw | null, problems: r.problems };
}

const lines = (problems: readonly DatasetProblem[] | ReturnType<typeof importText>) =>
  ('ok' in problems ? (problems.ok ? problems.warnings : problems.problems) : problems).map(
    (p) => `${p.severity}: ${p.path}: ${p.message}`,
  );

describe('TimelineJS dates', () => {
  it('keeps the precision given: year, year-month, year-month-day', () => {
    const { raw, problems } = convert([
      { start_date: { year: 1999 } },
      { start_date: { year: '2001', month: '2' } },
      { start_date: { year: '2001', month: '02', day: '3' } },
      { start_date: { year: ' 1,815 ', month: '', day: '' } },
      { start_date: { year: 33, month: 12, day: 25 } },
    ]);
    expect(raw?.events.map((e) => e.start)).toEqual([
      '1999',
      '2001-02',
      '2001-02-03',
      '1815',
      '0033-12-25',
    ]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('drops hours, minutes and seconds with one warning naming the events', () => {
    const { raw, problems } = convert([
      slide(2001, 'No time'),
      {
        start_date: { year: 2001, month: 1, day: 2, hour: 6, minute: 45 },
        text: { headline: 'a' },
      },
      {
        start_date: { year: 2001 },
        end_date: { year: 2002, second: '5' },
        text: { headline: 'b' },
      },
      { start_date: { year: 2001, millisecond: '5', hour: '' }, text: { headline: 'c' } },
    ]);
    expect(raw?.events.map((e) => [e.start, e.end])).toEqual([
      ['2001', undefined],
      ['2001-01-02', undefined],
      ['2001', '2002'],
      ['2001', undefined],
    ]);
    expect(lines(problems)).toEqual([
      'warning: events: the time of day was dropped from 2 events, because the app shows dates only: events[1], events[2]',
    ]);
  });

  it('lists the first ten events that lost their time, then how many more', () => {
    const events = Array.from({ length: 13 }, (_, i) => ({
      start_date: { year: 2000 + i, month: 1, day: 1, hour: 12 },
      text: { headline: `e${i}` },
    }));
    expect(lines(convert(events).problems)).toEqual([
      'warning: events: the time of day was dropped from 13 events, because the app shows dates only: events[0], events[1], events[2], events[3], events[4], events[5], events[6], events[7], events[8], events[9] and 3 more',
    ]);
  });

  it('turns impossible dates into problems at their JSON path', () => {
    const { raw, problems } = convert([
      { start_date: { year: 2001, month: 13 }, text: { headline: 'a' } },
      { start_date: { year: 2001, month: 2, day: 29 }, text: { headline: 'b' } },
      { start_date: { year: 2000, month: 2, day: 29 }, text: { headline: 'leap day' } },
      { start_date: { year: 1900, month: 2, day: 29 }, text: { headline: 'c' } },
      { start_date: { year: 2001, day: 5 }, text: { headline: 'd' } },
      { start_date: { month: 5 }, text: { headline: 'e' } },
      { start_date: { year: '-44', month: 3, day: 15 }, text: { headline: 'Ides' } },
      { start_date: { year: '12345' }, text: { headline: 'f' } },
      { start_date: { year: '2001.5' }, text: { headline: 'g' } },
      { text: { headline: 'no date' } },
      { start_date: { year: 2001, month: 4, day: 31 }, text: { headline: 'h' } },
      { start_date: { year: 2001, month: 0 }, text: { headline: 'i' } },
      { start_date: { year: 2001, month: 1, day: 0 }, text: { headline: 'j' } },
      {
        start_date: { year: 2001 },
        end_date: { year: 2003, month: 12, day: 32 },
        text: { headline: 'k' },
      },
    ]);
    expect(raw).toBeNull();
    expect(lines(problems)).toEqual([
      'error: events[0].start_date.month: month 13 does not exist (months run 1–12)',
      'error: events[1].start_date.day: February 2001 has no day 29 (it has 28 days)',
      'error: events[3].start_date.day: February 1900 has no day 29 (it has 28 days)',
      'error: events[4].start_date.day: day 5 is given without a month',
      'error: events[5].start_date.year: is required: the date has a month or day but no year',
      'error: events[7].start_date.year: year 12345 cannot be shown: the app handles years from the Big Bang (-13800000001) to 9999',
      'error: events[8].start_date.year: "2001.5" is not a whole number',
      'error: events[9].start_date: is required: every event needs a start date with at least a year',
      'error: events[10].start_date.day: April 2001 has no day 31 (it has 30 days)',
      'error: events[11].start_date.month: month 0 does not exist (months run 1–12)',
      'error: events[12].start_date.day: January 2001 has no day 0 (it has 31 days)',
      'error: events[13].end_date.day: December 2003 has no day 32 (it has 31 days)',
    ]);
  });

  it('accepts exactly the dates the schema accepts (negative years are BCE, no year 0)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 10_020 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const { raw } = convert([{ start_date: { year, month, day }, text: { headline: 'x' } }]);
          // TimelineJS's -500 is 500 BCE, ISO 8601's -0499; -1 (1 BCE) is 0000.
          const astronomical = year < 0 ? year + 1 : year;
          const yyyy =
            astronomical < 0
              ? `-${String(-astronomical).padStart(4, '0')}`
              : String(astronomical).padStart(4, '0');
          const iso = `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const schemaOk = year !== 0 && describeDateProblem(iso) === null;
          expect(raw !== null).toBe(schemaOk);
          if (raw) expect(raw.events[0]?.start).toBe(iso);
        },
      ),
    );
  });

  it('drops an end date equal to the start date and refuses one before it', () => {
    const same = convert([
      {
        start_date: { year: 2001, month: 5 },
        end_date: { year: '2001', month: '05' },
        text: { headline: 'x' },
      },
    ]);
    expect(same.raw?.events[0]?.end).toBeUndefined();
    const before = convert([
      { start_date: { year: 2001, month: 5 }, end_date: { year: 2001 }, text: { headline: 'x' } },
    ]);
    expect(lines(before.problems)).toEqual([
      'error: events[0].end_date: ends (2001) before it starts (2001-05)',
    ]);
  });

  it('uses display_date, or the display dates of start and end', () => {
    const { raw } = convert([
      slide(2001, 'a', { display_date: '<i>Spring</i> 2001' }),
      {
        start_date: { year: 2001, display_date: 'early 2001' },
        end_date: { year: 2002, display_date: 'mid-2002' },
        text: { headline: 'b' },
      },
      slide(2003, 'c'),
    ]);
    expect(raw?.events.map((e) => e.displayDate)).toEqual([
      'Spring 2001',
      'early 2001 – mid-2002',
      undefined,
    ]);
  });
});

describe('TimelineJS text, groups, media and ids', () => {
  it('makes a theme per group, in order of first use, and "General" for the rest', () => {
    const { raw } = convert([
      slide(2001, 'a', { group: 'Politics' }),
      slide(2002, 'b'),
      slide(2003, 'c', { group: ' Art & Music ' }),
      slide(2004, 'd', { group: 'Politics' }),
      slide(2005, 'e', { group: 'General' }),
    ]);
    expect(raw?.themes).toEqual([
      { id: 'politics', label: 'Politics', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' },
      { id: 'general', label: 'General', color: '#b34700', pattern: 'diagonal', glyph: 'square' },
      {
        id: 'art-music',
        label: 'Art & Music',
        color: '#1d7a46',
        pattern: 'dots',
        glyph: 'diamond',
      },
    ]);
    expect(raw?.events.map((e) => e.themes)).toEqual([
      ['politics'],
      ['general'],
      ['art-music'],
      ['politics'],
      ['general'],
    ]);
  });

  it('gives groups whose names slugify alike different ids, and cycles the looks', () => {
    const groups = ['Art', 'art', 'ART!', '日本', ...Array.from({ length: 8 }, (_, i) => `G${i}`)];
    const { raw } = convert(groups.map((g, i) => slide(2000 + i, g, { group: g })));
    expect(raw?.themes.slice(0, 4).map((t) => t.id)).toEqual(['art', 'art-2', 'art-3', 'theme-4']);
    expect(raw?.themes[9]).toMatchObject({ pattern: 'solid', glyph: 'circle', color: '#8a4b2a' });
    expect(raw?.themes[10]).toMatchObject({ color: '#1f5fa8', pattern: 'diagonal' });
    const result = importText(
      JSON.stringify({ events: groups.map((g, i) => slide(2000 + i, g, { group: g })) }),
    );
    expect(result.ok).toBe(true);
  });

  it('titles: headline without HTML, else an excerpt of the text, else "Untitled event"', () => {
    const long = 'word '.repeat(40).trim();
    const { raw, problems } = convert([
      { start_date: { year: 2001 }, text: { headline: '<b>Bold</b> &amp; <i>true</i>' } },
      { start_date: { year: 2002 }, text: { headline: '', text: `<p>${long}</p>` } },
      { start_date: { year: 2003 }, text: { headline: '<img src=x>', text: '' } },
      { start_date: { year: 2004 } },
    ]);
    expect(raw?.events.map((e) => e.title)).toEqual([
      'Bold & true',
      `${'word '.repeat(16).trim()}…`,
      'Untitled event',
      'Untitled event',
    ]);
    expect(lines(problems)).toEqual([
      'warning: events[2].text.headline: the event has no headline and no text; it is called "Untitled event"',
      'warning: events[3].text.headline: the event has no headline and no text; it is called "Untitled event"',
    ]);
  });

  it('keeps the text as summaryHtml and a plain-text summary', () => {
    const { raw } = convert([
      {
        start_date: { year: 2001 },
        text: { headline: 'x', text: ' <p>First &amp; <a href="https://e.org">second</a></p> ' },
      },
      { start_date: { year: 2002 }, text: { headline: 'y', text: '<p> </p>' } },
    ]);
    expect(raw?.events[0]).toMatchObject({
      summary: 'First & second',
      summaryHtml: '<p>First &amp; <a href="https://e.org">second</a></p>',
    });
    expect(raw?.events[1]?.summary).toBeUndefined();
    expect(raw?.events[1]?.summaryHtml).toBeUndefined();
  });

  it('slugifies unique_id, generates event-N, and de-duplicates with a warning', () => {
    const { raw, problems } = convert([
      slide(2001, 'a', { unique_id: 'Opening Keynote' }),
      slide(2002, 'b'),
      slide(2003, 'c', { unique_id: 'opening-keynote' }),
      slide(2004, 'd', { unique_id: 'event-2' }),
      slide(2005, 'e', { unique_id: '   ' }),
    ]);
    expect(raw?.events.map((e) => e.id)).toEqual([
      'opening-keynote',
      'event-2-2',
      'opening-keynote-2',
      'event-2',
      'event-5',
    ]);
    expect(lines(problems)).toEqual([
      'warning: events[2].unique_id: the id "opening-keynote" is already used by events[0]; this event was given the id "opening-keynote-2"',
    ]);
  });

  it('media: http(s) links kept, other URLs dropped with a warning, blockquotes become quotes', () => {
    const { raw, problems } = convert(
      [
        slide(2001, 'a', {
          media: {
            url: 'https://example.com/p.jpg',
            caption: '<b>Cap</b>',
            credit: 'Cred',
            thumbnail: 'https://example.com/t.jpg',
          },
        }),
        slide(2002, 'b', { media: { url: 'ftp://example.com/x', caption: 'c' } }),
        slide(2003, 'c', {
          group: 'Voices',
          media: { url: '<blockquote>“Quoted words”</blockquote>', credit: 'A. Speaker' },
        }),
        slide(2004, 'd', { media: { url: '<blockquote>Anonymous words</blockquote>' } }),
        slide(2005, 'e', { media: { url: '<blockquote> </blockquote>' } }),
        slide(2006, 'f', { media: { url: '', caption: 'caption without media' } }),
      ],
      { title: { text: { headline: 'My <i>timeline</i>', text: 'About it' } } },
    );
    expect(raw?.events[0]?.media).toEqual({
      url: 'https://example.com/p.jpg',
      caption: 'Cap',
      credit: 'Cred',
      thumbnail: 'https://example.com/t.jpg',
    });
    expect(raw?.events.slice(1).map((e) => e.media)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(raw?.quotes).toEqual([
      {
        id: 'event-3-quote',
        text: 'Quoted words',
        speaker: 'A. Speaker',
        eventId: 'event-3',
        sourceId: 'imported-file',
        themes: ['voices'],
        stance: 'neutral',
      },
      {
        id: 'event-4-quote',
        text: 'Anonymous words',
        speaker: 'Unknown',
        eventId: 'event-4',
        sourceId: 'imported-file',
        themes: ['general'],
        stance: 'neutral',
      },
    ]);
    expect(raw?.sources).toEqual([
      {
        id: 'imported-file',
        title: 'My timeline',
        outlet: 'Imported TimelineJS timeline',
        kind: 'other',
      },
    ]);
    expect(raw?.title).toBe('My timeline');
    expect(raw?.description).toBe('About it');
    expect(lines(problems)).toEqual([
      'warning: events[1].media.url: "ftp://example.com/x" is not a web address (http or https); the media was left out',
      'warning: events[4].media.url: the blockquote has no text; no quote was made from it',
    ]);
  });

  it('titles an untitled timeline after its file, and reads eras', () => {
    const { raw, problems } = convert([slide(2001, 'a')], {
      eras: [
        {
          start_date: { year: 2000 },
          end_date: { year: 2005 },
          text: { headline: '<b>Early</b>' },
        },
        { start_date: { year: 2005, month: 6, hour: 9 }, end_date: { year: 2010 } },
      ],
    });
    expect(raw?.title).toBe('my-file');
    expect(raw?.eras).toEqual([
      { label: 'Early', start: '2000', end: '2005' },
      { label: 'Era 2', start: '2005-06', end: '2010' },
    ]);
    expect(lines(problems)).toEqual([
      'warning: eras[1].text.headline: the era has no headline; it is called "Era 2"',
      'warning: eras: the time of day was dropped from 1 era, because the app shows dates only: eras[1]',
    ]);
    const missingEnd = convert([slide(2001, 'a')], { eras: [{ start_date: { year: 2000 } }] });
    expect(lines(missingEnd.problems)).toEqual([
      'error: eras[0].end_date: is required: an era needs an end date',
      'warning: eras[0].text.headline: the era has no headline; it is called "Era 1"',
    ]);
  });

  it('refuses input that is not a TimelineJS object', () => {
    expect(lines(convertTimelineJs([]).problems)).toEqual([
      'error: (top level): a TimelineJS timeline is a JSON object, not a list',
    ]);
    expect(lines(convertTimelineJs({ events: 'none' }).problems)).toEqual([
      'error: events: should be a list of events, not text',
    ]);
    expect(lines(convertTimelineJs({ timeline: { title: {} } }).problems)).toEqual([
      'error: timeline.events: is required: a TimelineJS timeline lists its events',
    ]);
    expect(lines(convertTimelineJs({ events: [] }).problems)).toEqual([
      'error: events: the timeline has no events',
    ]);
    expect(lines(importText('Year,Headline,Type\r\n,Just a title,title\r\n'))).toEqual([
      'error: rows: the timeline has no events',
    ]);
  });
});

describe('TimelineJS spreadsheet CSV', () => {
  const csv = (text: string) => {
    const r = convertTimelineJsCsv(parseCsv(text), 'sheet.csv');
    return { raw: r.raw as Raw | null, problems: r.problems };
  };

  it('matches headers case-insensitively, in any order, with optional columns missing', () => {
    const { raw, problems } = csv(
      'headline,GROUP,year,month,day,END YEAR,text\n' +
        'Founded,Company,2001,3,,2002,"<p>Hello, world</p>"\n' +
        'Grew,,2004,,,,\n',
    );
    expect(problems).toEqual([]);
    expect(raw?.events).toEqual([
      {
        id: 'event-1',
        title: 'Founded',
        start: '2001-03',
        end: '2002',
        themes: ['company'],
        sources: ['imported-file'],
        summary: 'Hello, world',
        summaryHtml: '<p>Hello, world</p>',
      },
      {
        id: 'event-2',
        title: 'Grew',
        start: '2004',
        themes: ['general'],
        sources: ['imported-file'],
      },
    ]);
    expect(raw?.title).toBe('sheet');
  });

  it('reads title and era rows, skips blank rows, and reads a second title row as an event', () => {
    const { raw, problems } = csv(
      'Year,End Year,Headline,Text,Type\n' +
        ',,The Title,The description,title\n' +
        '\n' +
        '1990,1999,The nineties,,era\n' +
        '1995,,An event,,\n' +
        '1996,,Another title,,Title\n',
    );
    expect(raw?.title).toBe('The Title');
    expect(raw?.description).toBe('The description');
    expect(raw?.eras).toEqual([{ label: 'The nineties', start: '1990', end: '1999' }]);
    expect(raw?.events.map((e) => e.title)).toEqual(['An event', 'Another title']);
    expect(lines(problems)).toEqual([
      'warning: row 6, column "Type" (line 6): only the first title row (row 2) is the title; this row is read as an event',
    ]);
  });

  it('names problems by spreadsheet row, column and file line (quoted fields span lines)', () => {
    // Row 2 spans lines 2–4, so row 3 starts on line 5 and row 4 on line 6.
    const { problems } = csv(
      'Year,Month,Day,Time,Headline,Text,Media,Colour\n' +
        '2001,1,1,10:30,"A two-line\nheadline","and a\nthree-line text",,red\n' +
        '2001,2,30,,Bad day,,javascript:alert(1),\n' +
        '2001,,,9pm,Evening,,,,extra\n',
    );
    expect(lines(problems)).toEqual([
      'warning: column "Colour": is not a column of the TimelineJS template; it was ignored',
      'warning: row 4 (line 6): has 9 cells but the header has 8 columns; the extra cells were ignored',
      'error: row 3, column "Day" (line 5): February 2001 has no day 30 (it has 28 days)',
      'warning: row 3, column "Media" (line 5): "javascript:alert(1)" is not a web address (http or https); the media was left out',
      'warning: column "Time": the time of day was dropped from 2 events, because the app shows dates only: row 2 (line 2), row 4 (line 6)',
    ]);
  });

  it('needs an End Year when other end columns are filled', () => {
    const { problems } = csv('Year,End Month,Headline\n2001,5,x\n');
    expect(lines(problems)).toEqual([
      'error: row 2, column "End Year" (line 2): is required: the date has a month or day but no year',
    ]);
  });
});
