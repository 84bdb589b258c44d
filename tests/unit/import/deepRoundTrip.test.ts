/**
 * Deep and BCE years survive the app's own exports exactly: TimelineJS's cosmology template, the
 * BCE test file and a file of edge years (written for this test, not history), each exported as
 * the app's JSON and as TimelineJS3 JSON (what the Share menu downloads: rawDataset of the loaded
 * file) and imported again, give every event and era the same dates, to the year: no rounding
 * ("13.8 billion" is 13,799,630,000 where the source says so), no year 0, no year moved by one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/domain/dates';
import { eventDates } from '../../../src/domain/eventDates';
import { prepareDataset, rawDataset } from '../../../src/domain/indexes';
import { exportAppJson } from '../../../src/import/appJson';
import { importText } from '../../../src/import/importDataset';
import type { Dataset } from '../../../src/import/types';
import { exportTimelineJs3Text } from '../../../src/lib/exportTimelineJs';

function imported(text: string, name: string): Dataset {
  const o = importText(text, name);
  if (!o.ok) throw new Error(JSON.stringify(o.problems.slice(0, 3)));
  return o.dataset;
}

/** What the Share menu exports: the loaded file, back as a dataset. */
const loaded = (d: Dataset) => rawDataset(prepareDataset(d));

/** Every date of a dataset, by event id (and era label), as written and as years. */
function dates(d: Dataset) {
  const years = (text: string | undefined) => {
    if (text === undefined) return null;
    const p = parsePartialDate(text);
    return [p.year, p.month ?? null, p.day ?? null];
  };
  return {
    events: Object.fromEntries(
      d.events.map((e) => [
        e.id,
        { start: e.start, end: e.end ?? null, years: [years(e.start), years(e.end)] },
      ]),
    ),
    eras: (d.eras ?? []).map((era) => ({ label: era.label, start: era.start, end: era.end })),
  };
}

/** Edge years a deep or BCE file may have, as TimelineJS writes them. */
const EDGES = JSON.stringify({
  title: { text: { headline: 'Edge years (test data, not history)' } },
  events: [
    { unique_id: 'bang', start_date: { year: '-13800000000' }, text: { headline: 'a' } },
    { unique_id: 'dark', start_date: { year: '-13799630000' }, text: { headline: 'b' } },
    { unique_id: 'odd', start_date: { year: '-4567890123' }, text: { headline: 'c' } },
    {
      unique_id: 'deep-span',
      start_date: { year: '-538800000' },
      end_date: { year: '-251902000' },
      text: { headline: 'd' },
    },
    { unique_id: 'y10001', start_date: { year: '-10001' }, text: { headline: 'e' } },
    { unique_id: 'y10000', start_date: { year: '-10000' }, text: { headline: 'f' } },
    { unique_id: 'y9999', start_date: { year: '-9999' }, text: { headline: 'g' } },
    {
      unique_id: 'ides',
      start_date: { year: '-44', month: '3', day: '15' },
      text: { headline: 'h' },
    },
    {
      unique_id: 'leap',
      start_date: { year: '-5', month: '2', day: '29' },
      text: { headline: 'i' },
    },
    { unique_id: 'bce1', start_date: { year: '-1' }, text: { headline: 'j' } },
    { unique_id: 'ce1', start_date: { year: '1' }, text: { headline: 'k' } },
    {
      unique_id: 'across',
      start_date: { year: '-50', month: '7' },
      end_date: { year: '50', month: '1' },
      text: { headline: 'l' },
    },
  ],
  eras: [
    {
      start_date: { year: '-13800000000' },
      end_date: { year: '-4600000000' },
      text: { headline: 'Deep era' },
    },
    { start_date: { year: '-500' }, end_date: { year: '1' }, text: { headline: 'BCE era' } },
  ],
});

const fixture = (rel: string) => readFileSync(join(process.cwd(), 'tests/fixtures', rel), 'utf8');
const FILES: [string, string][] = [
  ['the cosmology template', fixture('timelinejs/cosmo.json')],
  ['the BCE file', fixture('deep/bce.json')],
  ['edge years', EDGES],
];

describe.each(FILES)('%s, exported and imported again', (_, text) => {
  const original = imported(text, 'in.json');

  it('as the app’s JSON: every date identical', () => {
    const again = imported(exportAppJson(loaded(original)), 'out.json');
    expect(dates(again)).toEqual(dates(original));
  });

  it('as TimelineJS3 JSON: every date identical, and no year 0 written', () => {
    const out = exportTimelineJs3Text(loaded(original));
    expect(out).not.toMatch(/"year": "-?0+"/);
    const again = imported(out, 'out.timelinejs.json');
    expect(dates(again)).toEqual(dates(original));
    // Twice over: nothing drifts by a year a trip.
    const twice = imported(exportTimelineJs3Text(loaded(again)), 'out2.timelinejs.json');
    expect(dates(twice)).toEqual(dates(original));
  });
});

describe('the years TimelineJS wrote come back as it wrote them', () => {
  const timelineJsYears = (text: string) =>
    [...text.matchAll(/"year": "(-?\d+)"/g)].map((m) => Number(m[1]));

  it.each(FILES)('%s', (_, text) => {
    const out = exportTimelineJs3Text(loaded(imported(text, 'in.json')));
    // The file's own years (reformatted or not) in the same order: exact, to the year.
    expect(timelineJsYears(out).sort((a, b) => a - b)).toEqual(
      [...text.matchAll(/"year":\s*"(-?\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b),
    );
  });

  it('reads the edge years as the dataset stores them', () => {
    const d = dates(imported(EDGES, 'in.json')).events;
    expect(d.bang?.start).toBe('Y-13799999999');
    expect(d.dark?.start).toBe('Y-13799629999');
    expect(d.odd?.start).toBe('Y-4567890122');
    expect(d.y10001?.start).toBe('Y-10000');
    expect(d.y10000?.start).toBe('-9999');
    expect(d.ides?.start).toBe('-0043-03-15');
    expect(d.leap?.start).toBe('-0004-02-29');
    expect(d.bce1?.start).toBe('0000');
    expect(d.across).toMatchObject({ start: '-0049-07', end: '0050-01' });
  });
});

describe('BCE and deep dates written as EDTF or as an interval, to TimelineJS and back', () => {
  // TimelineJS has no uncertainty: the date goes as its first known day (and a closed interval's
  // end), the expression as the display date. Those days must be the same days.
  const base = imported(EDGES, 'in.json');
  const written: [string, string][] = [
    ['interval', '-0049-07/0050-01'],
    ['bce-uncertain', '-0004-02?'],
    ['bce-approximate', '-0499~'],
    ['bce-interval', '-0499/-0400'],
    ['deep-approximate', 'Y-65000000~'],
    ['deep-interval', 'Y-65000000/Y-60000000'],
  ];
  const dataset: Dataset = {
    ...base,
    events: written.map(([id, start]) => ({ ...base.events[0]!, id, start, end: undefined })),
  };
  const parts = (d: Dataset) =>
    Object.fromEntries(
      d.events.map((e) => {
        const { startDate: s, endDate: x } = eventDates(e);
        return [e.id, [s.year, s.month, s.day, x?.year, x?.month, x?.day]];
      }),
    );

  it('keeps every year, month and day', () => {
    const out = exportTimelineJs3Text(loaded(dataset));
    expect(out).not.toMatch(/"year": "(-?0+|[^"]*[^\d"-][^"]*)"/);
    const again = imported(out, 'out.timelinejs.json');
    expect(parts(again)).toEqual(parts(dataset));
    expect(parts(again).interval).toEqual([-49, 7, undefined, 50, 1, undefined]);
    expect(parts(again)['bce-uncertain']?.slice(0, 2)).toEqual([-4, 2]);
  });
});
