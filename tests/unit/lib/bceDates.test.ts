/**
 * Dates before the Common Era, as the dataset stores them (ISO 8601: 0000 is 1 BCE, -0499 is
 * 500 BCE), read "500 BCE" / "500 v. Chr." wherever a date is shown, and the axis ticks on
 * whole historical years with no year 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/domain/dates';
import { getI18n, setLocale } from '../../../src/i18n/i18n';
import {
  formatDateLabel,
  formatMonthYear,
  formatPartialDate,
  formatPartialRange,
  formatSpan,
} from '../../../src/lib/formatDate';
import { computeTicks } from '../../../src/lib/timeScale';

const p = parsePartialDate;

beforeAll(async () => {
  await setLocale('de');
  await setLocale('en');
});
afterAll(async () => {
  await setLocale('en');
});

describe('BCE dates in words', () => {
  it('English: "500 BCE", "March 44 BCE", "15 March 44 BCE"', () => {
    expect(formatPartialDate(p('-0499'), 'en')).toBe('500 BCE');
    expect(formatPartialDate(p('0000'), 'en')).toBe('1 BCE');
    expect(formatPartialDate(p('0001'), 'en')).toBe('1');
    expect(formatPartialDate(p('-0043-03'), 'en')).toBe('March 44 BCE');
    expect(formatPartialDate(p('-0043-03-15'), 'en')).toBe('15 March 44 BCE');
    expect(formatMonthYear(p('-0043-03-15'), 'en')).toBe('March 44 BCE');
    expect(formatPartialRange(p('-0499'), p('-0399'), 'en')).toBe('500 BCE – 400 BCE');
    expect(formatPartialRange(p('-0043-03-01'), p('-0043-03-15'), 'en')).toBe('1–15 March 44 BCE');
    expect(formatDateLabel(p('-0499'), null, 'approximate', getI18n())).toBe('c. 500 BCE');
  });

  it('German: "500 v. Chr.", "März 44 v. Chr.", "15. März 44 v. Chr."', () => {
    expect(formatPartialDate(p('-0499'), 'de')).toBe('500 v. Chr.');
    expect(formatPartialDate(p('-0043-03'), 'de')).toBe('März 44 v. Chr.');
    expect(formatPartialDate(p('-0043-03-15'), 'de')).toBe('15. März 44 v. Chr.');
    expect(formatPartialDate(p('2008-07-09'), 'de')).toBe('9. Juli 2008');
    expect(formatPartialRange(p('-0499'), p('0100'), 'de')).toBe('500 v. Chr. – 100');
  });
});

describe('the axis across the era boundary', () => {
  const yearMs = (y: number) => {
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(y);
    return d.getTime();
  };

  it('ticks on whole historical years and never on a year 0 (English and German)', () => {
    const domain = [yearMs(-499), yearMs(401)] as const;
    const en = computeTicks(domain, 1200, 'en', 120).map((t) => t.label);
    expect(en).toEqual([
      '500 BCE',
      '400 BCE',
      '300 BCE',
      '200 BCE',
      '100 BCE',
      '100',
      '200',
      '300',
      '400',
    ]);
    const de = computeTicks(domain, 1200, 'de', 120).map((t) => t.label);
    expect(de[0]).toBe('500 v. Chr.');
    expect(de.at(-1)).toBe('400');
    const ticks = computeTicks(domain, 1200, 'en', 120);
    // In order, inside the view, and placed where their years begin.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    expect(ticks[0]!.x).toBeCloseTo(0, 5);
  });

  it('names the era on month ticks inside a BCE year', () => {
    const domain = [yearMs(-43), yearMs(-42)] as const;
    const labels = computeTicks(domain, 1200, 'en', 100).map((t) => t.label);
    expect(labels[0]).toBe('44 BCE');
    expect(labels[1]).toBe('Feb');
  });

  it('leaves the Common Era as it was', () => {
    const labels = computeTicks([Date.UTC(2007, 0, 1), Date.UTC(2012, 0, 1)], 1200, 'en', 120);
    expect(labels.map((t) => t.label)).toEqual(['2007', '2008', '2009', '2010', '2011', '2012']);
  });
});

describe('the visible window', () => {
  it('names the era of a window before the Common Era', () => {
    const d = new Date(Date.UTC(2000, 11, 1));
    d.setUTCFullYear(-524);
    const from = d.getTime();
    const to = Date.UTC(396, 11, 2);
    expect(formatSpan([from, to], 'en')).toBe('Dec 525 BCE – Dec 396');
    expect(formatSpan([from, to], 'de')).toBe('Dez. 525 v. Chr. – Dez. 396');
  });
});
