import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/domain/dates';
import {
  describePrecision,
  formatDateLabel,
  formatPartialDate,
  formatPartialRange,
  formatSpan,
} from '../../../src/lib/formatDate';
import { getI18n } from '../../../src/i18n/i18n';

/** English, passed in: the functions read no module-level language. */
const en = getI18n();

const p = parsePartialDate;

describe('formatPartialDate', () => {
  it('never shows more precision than the data has', () => {
    expect(formatPartialDate(p('2008-07-09'), 'en')).toBe('9 July 2008');
    expect(formatPartialDate(p('2008-07'), 'en')).toBe('July 2008');
    expect(formatPartialDate(p('2008'), 'en')).toBe('2008');
  });
});

describe('formatPartialRange', () => {
  it('writes compact ranges', () => {
    expect(formatPartialRange(p('2007-07-10'), p('2007-07-12'), 'en')).toBe('10–12 July 2007');
    expect(formatPartialRange(p('2011-06-30'), p('2011-07-02'), 'en')).toBe(
      '30 June – 2 July 2011',
    );
    expect(formatPartialRange(p('2010-10'), p('2011-06'), 'en')).toBe('October 2010 – June 2011');
    expect(formatPartialRange(p('2010-03'), p('2010-05'), 'en')).toBe('March–May 2010');
  });
});

describe('formatDateLabel', () => {
  it('marks approximate and inferred dates with "c."', () => {
    expect(formatDateLabel(p('2007-07'), null, 'approximate', en)).toBe('c. July 2007');
    expect(formatDateLabel(p('2007-07-16'), null, 'inferred', en)).toBe('c. 16 July 2007');
    expect(formatDateLabel(p('2007-07-16'), null, 'exact', en)).toBe('16 July 2007');
  });
  it('describes the precision in words', () => {
    expect(describePrecision(p('2007-07'), 'approximate', en)).toBe(
      'approximate, given to the month',
    );
    expect(describePrecision(p('2008-07-07'), 'approximate', en)).toBe(
      'approximate, given to the day',
    );
    expect(describePrecision(p('2007-07-01'), 'exact', en)).toBe('exact to the day');
  });
  it('never calls a deep-time figure a year known to the year', () => {
    // 13.8 billion years ago (the Big Bang in TimelineJS's cosmology template).
    expect(describePrecision(p('Y-13799999999'), 'exact', en)).toBe(
      '13,800,000,000 years ago, as the source gives it',
    );
    expect(describePrecision(p('Y-10000'), 'exact', en)).toBe('the year as the source gives it');
    // A BCE year of the human scale is a calendar year.
    expect(describePrecision(p('-0499'), 'exact', en)).toBe('known to the year');
  });
});

describe('formatSpan', () => {
  it('uses months for wide windows and days for narrow ones', () => {
    expect(formatSpan([Date.UTC(2006, 0, 1), Date.UTC(2013, 0, 1)], 'en')).toBe(
      'Jan 2006 – Dec 2012',
    );
    expect(formatSpan([Date.UTC(2008, 6, 1), Date.UTC(2008, 6, 15)], 'en')).toBe('1–14 Jul 2008');
  });

  it('says once what both ends share: the year, and the month', () => {
    const span = (a: number[], b: number[]) =>
      formatSpan([Date.UTC(a[0]!, a[1], a[2]), Date.UTC(b[0]!, b[1], b[2])], 'en');
    expect(span([2010, 5, 10], [2010, 8, 17])).toBe('10 Jun – 16 Sep 2010');
    expect(span([2009, 11, 20], [2010, 0, 10])).toBe('20 Dec 2009 – 9 Jan 2010');
    expect(span([2010, 6, 12], [2010, 6, 13])).toBe('12 Jul 2010');
    expect(span([2010, 0, 1], [2010, 9, 1])).toBe('Jan–Sep 2010');
    expect(span([2009, 0, 1], [2011, 0, 1])).toBe('Jan 2009 – Dec 2010');
  });
});
