import { describe, expect, it } from 'vitest';
import { describeDateProblem, parsePartialDate } from '../../../src/domain/dates';

describe('parsePartialDate', () => {
  it('reads the precision from the written form', () => {
    expect(parsePartialDate('2008').precision).toBe('year');
    expect(parsePartialDate('2008-07').precision).toBe('month');
    expect(parsePartialDate('2008-07-09').precision).toBe('day');
  });

  it('covers the whole period in UTC, whatever the local time zone', () => {
    const day = parsePartialDate('2008-07-09');
    expect(new Date(day.startMs).toISOString()).toBe('2008-07-09T00:00:00.000Z');
    expect(new Date(day.endMs).toISOString()).toBe('2008-07-10T00:00:00.000Z');
    const month = parsePartialDate('2010-02');
    expect(new Date(month.endMs).toISOString()).toBe('2010-03-01T00:00:00.000Z');
    const year = parsePartialDate('2011');
    expect(new Date(year.startMs).toISOString()).toBe('2011-01-01T00:00:00.000Z');
    expect(new Date(year.endMs).toISOString()).toBe('2012-01-01T00:00:00.000Z');
  });

  it('handles leap days', () => {
    expect(parsePartialDate('2012-02-29').day).toBe(29);
    expect(() => parsePartialDate('2011-02-29')).toThrow(/February 2011 has no day 29/);
  });
});

describe('describeDateProblem', () => {
  it.each([
    ['2008-13', /month 13 does not exist/],
    ['2011-02-31', /February 2011 has no day 31/],
    ['2008-04-31', /April 2008 has no day 31/],
    ['2008-00', /month 00 does not exist/],
    ['July 2008', /not a date in the form/],
    ['2008-7-9', /not a date in the form/],
    ['', /not a date in the form/],
  ])('explains what is wrong with %j', (value, message) => {
    expect(describeDateProblem(value)).toMatch(message);
  });

  it('accepts real dates', () => {
    expect(describeDateProblem('2007-07-10')).toBeNull();
    expect(describeDateProblem('2007')).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years, including the century rules', () => {
    expect(parsePartialDate('2000-02-29').day).toBe(29);
    expect(describeDateProblem('1900-02-29')).toMatch(/February 1900 has no day 29/);
    expect(describeDateProblem('2100-02-29')).toMatch(/has no day 29/);
    expect(describeDateProblem('2024-02-29')).toBeNull();
  });

  it('places years before 100 correctly (Date.UTC would map them to the 1900s)', () => {
    expect(new Date(parsePartialDate('0050-03-01').startMs).getUTCFullYear()).toBe(50);
    expect(new Date(parsePartialDate('1999-12-31').endMs).toISOString()).toBe(
      '2000-01-01T00:00:00.000Z',
    );
  });
});
