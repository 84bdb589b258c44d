import { describe, expect, it } from 'vitest';
import {
  describeEdtfProblem,
  parseEdtf,
  softExtent,
  type EdtfPoint,
} from '../../../src/domain/edtf';
import { describeEventDateProblem, eventDates } from '../../../src/domain/eventDates';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('EDTF: the forms the dataset may use', () => {
  it('reads uncertain, approximate and both, keeping the period of the date', () => {
    for (const [text, qualifier] of [
      ['2007-07?', 'uncertain'],
      ['2007-07~', 'approximate'],
      ['2007-07%', 'both'],
    ] as const) {
      const d = parseEdtf(text);
      expect(d.extended).toBe(true);
      expect(d.value.kind).toBe('date');
      if (d.value.kind !== 'date') continue;
      expect(d.value.point.qualifier).toBe(qualifier);
      expect([d.startMs, d.endMs]).toEqual([utc(2007, 7), utc(2007, 8)]);
    }
  });

  it('reads unspecified digits as the whole span they leave open', () => {
    expect([parseEdtf('200X').startMs, parseEdtf('200X').endMs]).toEqual([utc(2000), utc(2010)]);
    expect([parseEdtf('20XX').startMs, parseEdtf('20XX').endMs]).toEqual([utc(2000), utc(2100)]);
    const month = parseEdtf('2007-XX');
    expect([month.startMs, month.endMs]).toEqual([utc(2007), utc(2008)]);
    const day = parseEdtf('2007-07-XX');
    expect([day.startMs, day.endMs]).toEqual([utc(2007, 7), utc(2007, 8)]);
  });

  it('reads intervals with closed, open and unknown ends; the known end gives the extent', () => {
    const closed = parseEdtf('2007-07/2007-09');
    expect(closed.extended).toBe(false);
    expect([closed.startMs, closed.endMs]).toEqual([utc(2007, 7), utc(2007, 10)]);
    const open = parseEdtf('2007-07/..');
    expect(open.value).toMatchObject({ kind: 'interval', end: 'open' });
    expect([open.startMs, open.endMs]).toEqual([utc(2007, 7), utc(2007, 8)]);
    const unknownStart = parseEdtf('/2008');
    expect(unknownStart.value).toMatchObject({ kind: 'interval', start: 'unknown' });
    expect([unknownStart.startMs, unknownStart.endMs]).toEqual([utc(2008), utc(2009)]);
    expect(parseEdtf('../2008').value).toMatchObject({ start: 'open' });
    expect(parseEdtf('2007-07/').value).toMatchObject({ end: 'unknown' });
  });

  it('reads "one of" sets and "on or before" / "on or after", in date order', () => {
    const set = parseEdtf('[2007-07-12, 2007-07-10]');
    expect(set.value.kind).toBe('set');
    if (set.value.kind === 'set') {
      expect(set.value.points.map((p) => p.date.day)).toEqual([10, 12]);
    }
    expect([set.startMs, set.endMs]).toEqual([utc(2007, 7, 10), utc(2007, 7, 13)]);
    const before = parseEdtf('[..2007-07-16]');
    expect(before.value).toMatchObject({ kind: 'set', earlier: true, later: false });
    expect([before.startMs, before.endMs]).toEqual([utc(2007, 7, 16), utc(2007, 7, 17)]);
    expect(parseEdtf('[2007-07-16..]').value).toMatchObject({ earlier: false, later: true });
  });

  it('refuses what it does not read, saying which forms it reads', () => {
    expect(describeEdtfProblem('2007-07-10')).toBeNull();
    expect(describeEdtfProblem('2004-?06')).toMatch(/EDTF dates are read in these forms/);
    expect(describeEdtfProblem('{2007, 2008}')).toMatch(/one of/);
    expect(describeEdtfProblem('2007-13~')).toMatch(/month 13 does not exist/);
    expect(describeEdtfProblem('2009/2008')).toMatch(/ends before it starts/);
    expect(describeEdtfProblem('../..')).toMatch(/at least one date/);
    expect(describeEdtfProblem('[2007..2008]')).toMatch(/one date/);
    expect(describeEdtfProblem('200X-07')).not.toBeNull();
  });

  it('widens an approximate date by one unit of its precision on each side', () => {
    const point = (text: string) => {
      const v = parseEdtf(text).value;
      return (v.kind === 'date' ? v.point : null) as EdtfPoint;
    };
    expect(softExtent(point('2007-07~'))).toEqual([utc(2007, 6), utc(2007, 9)]);
    expect(softExtent(point('2007%'))).toEqual([utc(2006), utc(2009)]);
    expect(softExtent(point('2007-07?'))).toEqual([utc(2007, 7), utc(2007, 8)]);
  });
});

describe('event dates from start and end', () => {
  it('keeps plain dates as they were (no EDTF object), with a range for an end', () => {
    const d = eventDates({ start: '2007-07-10', end: '2007-07-12' });
    expect(d.edtf).toBeNull();
    expect(d.isRange).toBe(true);
    expect([d.startMs, d.endMs]).toEqual([utc(2007, 7, 10), utc(2007, 7, 13)]);
  });

  it('places an EDTF date at its first known date; only a closed interval is a bar', () => {
    const interval = eventDates({ start: '2007-07~', end: '2007-09' });
    expect(interval.isRange).toBe(true);
    expect(interval.endDate?.month).toBe(9);
    expect(interval.edtf?.text).toBe('2007-07~/2007-09');
    const after = eventDates({ start: '2007-07/..' });
    expect(after.isRange).toBe(false);
    expect(after.startDate.month).toBe(7);
    const until = eventDates({ start: '/2008' });
    expect(until.startDate.year).toBe(2008);
  });

  it('refuses an end beside an interval or a set in start', () => {
    expect(describeEventDateProblem('2007/2008', '2009')).toMatch(/cannot have an end/);
    expect(describeEventDateProblem('2007', '[2008, 2009]')).toMatch(/must be one date/);
    expect(describeEventDateProblem('2007~', '2008?')).toBeNull();
  });
});
