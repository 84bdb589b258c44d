/** TimelineJS 2 JSON: dates as strings, tags as themes, assets as media, eras; located problems. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/import/importDataset';
import { parseTimelineJs2Date } from '../../../src/import/timelinejs2';
import type { ImportOutcome } from '../../../src/import/types';

const lines = (o: ImportOutcome) =>
  (o.ok ? o.warnings : o.problems).map((p) => `${p.severity}: ${p.path}: ${p.message}`);

const tl2 = (date: unknown[], extra: Record<string, unknown> = {}) =>
  importText(
    JSON.stringify({ timeline: { headline: 'T', type: 'default', date, ...extra } }),
    'x.json',
  );

describe('TimelineJS 2 date strings', () => {
  it('reads "YYYY,MM,DD" with as many parts as are known, and the time after them', () => {
    expect(parseTimelineJs2Date('2012,1,18')).toMatchObject({
      year: '2012',
      month: '1',
      day: '18',
    });
    expect(parseTimelineJs2Date('1963')).toMatchObject({ year: '1963', month: '', day: '' });
    expect(parseTimelineJs2Date(' 2011,12 ')).toMatchObject({ year: '2011', month: '12', day: '' });
    expect(parseTimelineJs2Date('2011,0,0')).toMatchObject({ year: '2011', month: '', day: '' });
    expect(parseTimelineJs2Date('2011,12,10,14,30')).toMatchObject({ hour: '14', minute: '30' });
  });

  it('reads "MM/DD/YYYY", "MM/YYYY" and ISO dates', () => {
    expect(parseTimelineJs2Date('9/18/2023')).toMatchObject({
      year: '2023',
      month: '9',
      day: '18',
    });
    expect(parseTimelineJs2Date('09/2023')).toMatchObject({ year: '2023', month: '09', day: '' });
    expect(parseTimelineJs2Date('1/2/2001 10:15')).toMatchObject({ day: '2', hour: '10' });
    expect(parseTimelineJs2Date('2001-02-03')).toMatchObject({
      year: '2001',
      month: '02',
      day: '03',
    });
    expect(parseTimelineJs2Date('2001-02-03T04:05:06Z')).toMatchObject({ hour: '04' });
  });

  it('says why other text is not a date', () => {
    expect(parseTimelineJs2Date('')).toBeNull();
    expect(parseTimelineJs2Date('spring 1999')).toEqual({
      problem:
        '"spring 1999" is not a date TimelineJS 2 can read; write it as "YYYY,MM,DD" (for example "1963,11,22"), with as many parts as are known',
    });
    expect(parseTimelineJs2Date('1999,a,2')).toHaveProperty('problem');
    expect(parseTimelineJs2Date('now')).toHaveProperty('problem');
  });
});

describe('TimelineJS 2 files', () => {
  it('course.json: every date form, tags as themes, media, a quote and eras', () => {
    const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/timelinejs2/course.json'));
    const o = importBytes(new Uint8Array(bytes), 'course.json');
    if (!o.ok) throw new Error(lines(o).join('\n'));
    expect(o.format).toBe('timelinejs2-json');
    const d = o.dataset;
    expect(d.title).toBe('A course in twelve weeks');
    expect(d.description).toBe(
      'A made-up course timeline in the TimelineJS 2 format, written for the tests.',
    );
    expect(d.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
      credit: 'Example credit',
      caption: 'Example caption',
    });
    expect(d.events.map((e) => [e.title, e.start, e.end ?? null, e.themes])).toEqual([
      ['Week 1: introductions', '2023-09-04', '2023-09-08', ['lectures']],
      ['Week 2: reading', '2023-09-11', null, ['reading']],
      ['Week 3: the first essay', '2023-09-18', null, ['assignments']],
      ['October: visits', '2023-10', null, ['lectures']],
      ['Week 10: exam', '2023-11-06', null, ['assignments']],
      ['Next year', '2024', null, ['general']],
    ]);
    expect(d.themes.map((t) => t.label)).toEqual(['Lectures', 'Reading', 'Assignments', 'General']);
    expect(d.events[0]?.media).toEqual({
      url: 'http://youtu.be/yRvJylbSg7o',
      credit: 'Course team',
      caption: 'The welcome video',
    });
    expect(d.events[1]?.media).toEqual({
      url: 'https://player.vimeo.com/video/34724990',
      caption: 'A talk to watch',
    });
    expect(d.events[2]?.media?.thumbnail).toBe(
      'https://farm8.staticflickr.com/7001/6800000000_0000000000_t.jpg',
    );
    expect(d.quotes).toMatchObject([
      { text: 'Go and see for yourself.', speaker: 'A visiting speaker', eventId: 'event-4' },
    ]);
    expect(d.eras).toEqual([
      { label: 'First half', start: '2023-09-04', end: '2023-10-20' },
      { label: 'Second half', start: '2023-10-23', end: '2023-12-15' },
    ]);
    expect(lines(o)).toEqual([
      'warning: timeline.date: the time of day was dropped from 1 event, because the app shows dates only: timeline.date[4]',
    ]);
  });

  it('locates problems at TimelineJS 2 paths', () => {
    const o = tl2([
      { startDate: '2001,13,1', headline: 'A' },
      { startDate: 'spring', headline: 'B' },
      { startDate: '2001', endDate: '2000', headline: 'C' },
      { startDate: '2001', headline: 7, text: ['x'], tag: {}, asset: 'a.jpg' },
      { startDate: { year: 1 }, headline: 'E' },
    ]);
    expect(lines(o)).toEqual([
      'error: timeline.date[0].startDate: month 13 does not exist (months run 1–12)',
      'error: timeline.date[1].startDate: "spring" is not a date TimelineJS 2 can read; write it as "YYYY,MM,DD" (for example "1963,11,22"), with as many parts as are known',
      'error: timeline.date[2].endDate: ends (2000) before it starts (2001)',
      'error: timeline.date[3].text: should be text, not a list',
      'error: timeline.date[3].tag: should be text, not an object',
      'error: timeline.date[3].asset: should be an object with url, caption and credit, not text',
      'error: timeline.date[4].startDate: should be text such as "1963,11,22", not an object',
    ]);
  });

  it('leaves out entries without a startDate, as TimelineJS 2 does, with a warning', () => {
    const o = tl2(
      [
        { startDate: '', headline: 'Gone' },
        { startDate: '2001', headline: 'Kept' },
      ],
      {
        era: [{ headline: 'No dates' }],
      },
    );
    expect(o.ok && o.dataset.events.map((e) => e.title)).toEqual(['Kept']);
    expect(lines(o)).toEqual([
      'warning: timeline.date[0].startDate: is empty; TimelineJS 2 does not show an entry without a start date, so it was left out',
      'warning: timeline.era[0].startDate: is empty; TimelineJS 2 does not show an entry without a start date, so it was left out',
    ]);
  });

  it('refuses a timeline without dates, saying where', () => {
    expect(lines(tl2([]))).toEqual(['error: timeline.date: the timeline has no events']);
    expect(lines(importText('{"timeline":{"date":"x"}}'))).toEqual([
      'error: timeline.date: should be a list of events, not text',
    ]);
  });
});
