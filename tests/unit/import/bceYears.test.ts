/**
 * TimelineJS years before the Common Era: "-500" is 500 BCE as TimelineJS shows it, kept in
 * ISO 8601 numbering, exactly back through export; no year 0; years on TimelineJS's cosmological
 * scale are refused with a message that says so (not "not a whole number").
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/import/importDataset';
import { exportTimelineJs3, exportTimelineJs3Text } from '../../../src/lib/exportTimelineJs';
import { formatPartialDate } from '../../../src/lib/formatDate';
import { parsePartialDate } from '../../../src/domain/dates';

const file = (events: unknown[]) =>
  JSON.stringify({ title: { text: { headline: 'Antiquity' } }, events });

describe('BCE years from TimelineJS', () => {
  it('open as the years TimelineJS shows, and go back unchanged', () => {
    const text = file([
      { start_date: { year: '-500' }, text: { headline: 'A' } },
      { start_date: { year: '-44', month: '3', day: '15' }, text: { headline: 'B' } },
      { start_date: { year: '-1' }, end_date: { year: '1' }, text: { headline: 'C' } },
      { start_date: { year: '-10000' }, text: { headline: 'D' } },
    ]);
    const o = importText(text, 'antiquity.json');
    if (!o.ok) throw new Error(JSON.stringify(o.problems));
    expect(o.dataset.events.map((e) => [e.start, e.end])).toEqual([
      ['-0499', undefined],
      ['-0043-03-15', undefined],
      ['0000', '0001'],
      ['-9999', undefined],
    ]);
    expect(o.dataset.events.map((e) => formatPartialDate(parsePartialDate(e.start), 'en'))).toEqual(
      ['500 BCE', '15 March 44 BCE', '1 BCE', '10,000 BCE'],
    );
    const out = exportTimelineJs3(o.dataset) as { events: { start_date: unknown }[] };
    expect(out.events.map((e) => e.start_date)).toEqual([
      { year: '-500' },
      { year: '-44', month: '3', day: '15' },
      { year: '-1' },
      { year: '-10000' },
    ]);
    const back = importText(exportTimelineJs3Text(o.dataset), 'again.json');
    expect(back.ok && back.dataset.events.map((e) => [e.start, e.end])).toEqual(
      o.dataset.events.map((e) => [e.start, e.end]),
    );
  });

  it('check leap years in the proleptic calendar of the year meant', () => {
    // 5 BCE is astronomical -4, a leap year; 4 BCE (-3) is not.
    const ok = importText(
      file([{ start_date: { year: -5, month: 2, day: 29 }, text: { headline: 'x' } }]),
    );
    expect(ok.ok && ok.dataset.events[0]?.start).toBe('-0004-02-29');
    const bad = importText(
      file([{ start_date: { year: -4, month: 2, day: 29 }, text: { headline: 'x' } }]),
    );
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([
      'February 4 BCE has no day 29 (it has 28 days)',
    ]);
  });

  it('refuse year 0 and years before the Big Bang, and keep deep years exactly', () => {
    const o = importText(
      file([
        { start_date: { year: '0' }, text: { headline: 'zero' } },
        { start_date: { year: '-13800000002' }, text: { headline: 'before the Big Bang' } },
        { start_date: { year: '10000' }, text: { headline: 'too late' } },
      ]),
    );
    expect(o.ok ? [] : o.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[0].start_date.year: there is no year 0: 1 BCE (-1) is followed by 1 CE (1)',
      'events[1].start_date.year: year -13800000002 cannot be shown: the app handles years from the Big Bang (-13800000001) to 9999',
      'events[2].start_date.year: year 10000 cannot be shown: the app handles years from the Big Bang (-13800000001) to 9999',
    ]);
    const deep = importText(
      file([
        { start_date: { year: '-13800000000' }, text: { headline: 'Big Bang' } },
        { start_date: { year: '-10001' }, text: { headline: '10,001 BCE' } },
        { start_date: { year: '-65000000', month: '6' }, text: { headline: 'K-Pg' } },
      ]),
    );
    if (!deep.ok) throw new Error(JSON.stringify(deep.problems));
    expect(deep.dataset.events.map((e) => e.start)).toEqual([
      'Y-13799999999',
      'Y-10000',
      'Y-64999999',
    ]);
    expect(deep.warnings.map((p) => `${p.path}: ${p.message}`)).toContain(
      'events[2].start_date.month: is left out: year -65000000 is kept to the year, as years beyond 9999 BCE are',
    );
  });
});
