/**
 * Years across all of time: BCE years with no year 0, the cosmological scale in years before
 * present, ticks at every zoom, in English and German.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getI18n, i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import {
  DATE_MAX_YEAR,
  DATE_MIN_YEAR,
  formatYear,
  fromHistoricalYear,
  humanYearTicks,
  parseWholeYear,
  toHistoricalYear,
  yearsAgo,
} from '../../../src/lib/deepTime';
import { cosmicTicks, formatYearsAgo } from '../../../src/lib/cosmicAxis';
import { chooseTimeScale } from '../../../src/domain/indexes';

let en: Translator;
let de: Translator;
beforeAll(async () => {
  await loadMessages('de');
  en = getI18n();
  de = i18nFor('de');
});

describe('the human scale', () => {
  it('writes BCE years by locale and never a year 0', () => {
    expect(formatYear(2008, 'en')).toBe('2008');
    expect(formatYear(33, 'de')).toBe('33');
    expect(formatYear(-499, 'en')).toBe('500 BCE');
    expect(formatYear(-499, 'de')).toBe('500 v. Chr.');
    // Astronomical year 0 is 1 BCE.
    expect(formatYear(0, 'en')).toBe('1 BCE');
    expect(formatYear(-11_999, 'en')).toBe('12,000 BCE');
    expect(formatYear(-11_999, 'de')).toBe('12.000 v. Chr.');
    expect(de.locale).toBe('de');
  });

  it('counts historical years with no year 0, both ways', () => {
    expect(toHistoricalYear(1)).toBe(1);
    expect(toHistoricalYear(0)).toBe(-1);
    expect(toHistoricalYear(-499)).toBe(-500);
    expect(fromHistoricalYear(-500)).toBe(-499);
    expect(fromHistoricalYear(-1)).toBe(0);
    expect(fromHistoricalYear(0)).toBeNull();
    for (let h = -3000; h <= 3000; h += 7) {
      if (h !== 0) expect(toHistoricalYear(fromHistoricalYear(h)!)).toBe(h);
    }
  });

  it('orders BCE before CE: 1 BCE is directly followed by 1 CE', () => {
    const years = [2001, -499, 1, 0, -43].sort((a, b) => a - b);
    expect(years.map((y) => formatYear(y, 'en'))).toEqual([
      '500 BCE',
      '44 BCE',
      '1 BCE',
      '1',
      '2001',
    ]);
  });

  it('ticks at nice historical years across the era boundary, never at year 0', () => {
    const ticks = humanYearTicks(fromHistoricalYear(-500)!, 400, 9, 'en');
    expect(ticks.map((t) => t.label)).toEqual([
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
    expect(ticks.map((t) => t.value)).toEqual([-499, -399, -299, -199, -99, 100, 200, 300, 400]);
    expect(humanYearTicks(-9, 1, 5, 'de').map((t) => t.label)).toEqual([
      '10 v. Chr.',
      '8 v. Chr.',
      '6 v. Chr.',
      '4 v. Chr.',
      '2 v. Chr.',
    ]);
  });

  it('gives at least one tick a year when zoomed in to a few years', () => {
    const ticks = humanYearTicks(-2, 2, 10, 'en');
    expect(ticks.map((t) => t.label)).toEqual(['3 BCE', '2 BCE', '1 BCE', '1', '2']);
  });
});

describe('the cosmological scale', () => {
  it('writes years before present in words, in English and German', () => {
    expect(formatYearsAgo(13.8e9, en)).toBe('13.8 billion years ago');
    expect(formatYearsAgo(13.8e9, de)).toBe('vor 13,8 Milliarden Jahren');
    expect(formatYearsAgo(65e6, en)).toBe('65 million years ago');
    expect(formatYearsAgo(65e6, de)).toBe('vor 65 Millionen Jahren');
    expect(formatYearsAgo(1e9, de)).toBe('vor 1 Milliarde Jahren');
    expect(formatYearsAgo(12_000, en)).toBe('12,000 years ago');
    expect(formatYearsAgo(12_000, de)).toBe('vor 12.000 Jahren');
    expect(formatYearsAgo(1, en)).toBe('1 year ago');
    expect(formatYearsAgo(0, en)).toBe('now');
    expect(formatYearsAgo(0, de)).toBe('heute');
  });

  it('writes short tick labels with unit symbols and the locale’s decimals', () => {
    expect(formatYearsAgo(4.6e9, en, 'short')).toBe('4.6 Ga');
    expect(formatYearsAgo(4.6e9, de, 'short')).toBe('4,6 Ga');
    expect(formatYearsAgo(65e6, en, 'short')).toBe('65 Ma');
    expect(formatYearsAgo(12_000, en, 'short')).toBe('12 ka');
  });

  it('ticks from the oldest to the newest, labels distinct at every zoom level', () => {
    const whole = cosmicTicks(13.8e9, 0, 7, en);
    expect(whole.map((t) => t.label)).toEqual([
      '12 billion years ago',
      '10 billion years ago',
      '8 billion years ago',
      '6 billion years ago',
      '4 billion years ago',
      '2 billion years ago',
      'now',
    ]);
    expect(cosmicTicks(13.8e9, 13.7e9, 5, en, 'short').map((t) => t.label)).toEqual([
      '13.8 Ga',
      '13.78 Ga',
      '13.76 Ga',
      '13.74 Ga',
      '13.72 Ga',
      '13.7 Ga',
    ]);
    expect(cosmicTicks(70e6, 60e6, 5, de).map((t) => t.label)).toEqual([
      'vor 70 Millionen Jahren',
      'vor 68 Millionen Jahren',
      'vor 66 Millionen Jahren',
      'vor 64 Millionen Jahren',
      'vor 62 Millionen Jahren',
      'vor 60 Millionen Jahren',
    ]);
    // From the age of the universe down to a span of centuries: labels never repeat.
    for (let span = 13.8e9; span >= 100; span /= 10) {
      const labels = cosmicTicks(13.8e9, 13.8e9 - span, 8, en, 'short').map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe('choosing the scale and reading exact years', () => {
  it('is cosmological only for years beyond what Date holds', () => {
    expect(chooseTimeScale([-499, 2008])).toBe('human');
    expect(chooseTimeScale([DATE_MIN_YEAR, DATE_MAX_YEAR])).toBe('human');
    expect(chooseTimeScale([2008, -13_800_000_000])).toBe('cosmological');
    expect(chooseTimeScale([DATE_MAX_YEAR + 1])).toBe('cosmological');
  });

  it('reads whole years beyond Date exactly and gives them back unchanged', () => {
    for (const text of ['-13800000000', '-4600000000', '-65000000', '2008', '-500']) {
      const n = parseWholeYear(text);
      expect(n).not.toBeNull();
      expect(String(n)).toBe(text);
    }
    expect(parseWholeYear('1,815')).toBe(1815);
    expect(parseWholeYear('+500')).toBe(500);
    expect(parseWholeYear('13.8e9')).toBeNull();
    expect(parseWholeYear('99999999999999999999')).toBeNull();
    expect(yearsAgo(-13_800_000_000 + 2026, 2026)).toBe(13_800_000_000);
    expect(yearsAgo(2030, 2026)).toBe(0);
  });
});
