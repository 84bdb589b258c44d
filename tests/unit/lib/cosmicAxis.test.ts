/**
 * The chart's axis on the cosmological scale: one numeric axis for every file, read as years
 * ago where it leaves calendar dates, at every zoom, in English and German; zoom down to a
 * thousand years; the window in the URL, exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate, yearStartMs } from '../../../src/domain/dates';
import { getI18n, i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import {
  axisTicks,
  cosmicAxisTicks,
  msAtYearsAgo,
  readsAsYearsAgo,
  yearsAgoAt,
} from '../../../src/lib/cosmicAxis';
import {
  clampDomain,
  MIN_COSMIC_SPAN_MS,
  MIN_SPAN_MS,
  minSpanFor,
  paddedBounds,
  sameDomain,
  zoomAt,
  type Domain,
} from '../../../src/lib/viewport';
import { formatUrlDate, parseUrlDate } from '../../../src/store/stateTable';

let en: Translator;
let de: Translator;
beforeAll(async () => {
  await loadMessages('de');
  en = getI18n();
  de = i18nFor('de');
});

/** TimelineJS's cosmology template spans the Big Bang to 3500 BCE. */
const BIG_BANG = parsePartialDate('Y-13799999999').startMs; // TimelineJS -13800000000
const WHEEL = parsePartialDate('-3499').endMs; // TimelineJS -3500
const whole: Domain = paddedBounds([BIG_BANG, WHEEL]);

describe('years ago on the one time axis', () => {
  it('counts back from the start of the Common Era, as TimelineJS writes its years', () => {
    expect(yearsAgoAt(BIG_BANG)).toBe(13_800_000_000);
    expect(yearsAgoAt(parsePartialDate('Y-64999999').startMs)).toBe(65_000_000);
    expect(msAtYearsAgo(4_600_000_000)).toBe(parsePartialDate('Y-4599999999').startMs);
  });

  it('reads the whole span of the universe in words, oldest first', () => {
    const labels = axisTicks(whole, 1280, en, 'cosmological').map((t) => t.label);
    expect(labels[0]).toMatch(/billion years ago$/);
    expect(labels).toContain('10 billion years ago');
    expect(labels).not.toContain('now');
    const de6 = axisTicks(whole, 1280, de, 'cosmological').map((t) => t.label);
    expect(de6).toContain('vor 10 Milliarden Jahren');
  });

  it('uses symbols where words do not fit', () => {
    const labels = cosmicAxisTicks(whole, 500, en).map((t) => t.label);
    expect(labels).toContain('10 Ga');
    expect(cosmicAxisTicks(whole, 500, de).map((t) => t.label)).toContain('10 Ga');
  });

  it('places ticks where their years are, in order, inside the window', () => {
    const ticks = axisTicks(whole, 1280, en, 'cosmological');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1280);
      expect(Number.isFinite(t.ms)).toBe(true);
    }
    const xs = ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('keeps neighbouring ticks apart at every zoom, from the whole span to a thousand years', () => {
    const centre = parsePartialDate('Y-64999999').startMs;
    for (let w = whole[1] - whole[0]; w >= MIN_COSMIC_SPAN_MS; w /= 10) {
      const d: Domain = clampDomain([centre - w / 2, centre + w / 2], whole);
      const labels = axisTicks(d, 1280, en, 'cosmological').map((t) => t.label);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(new Set(labels).size).toBe(labels.length);
    }
    const close = clampDomain([centre - 500 * 3.15e10, centre + 500 * 3.15e10], whole);
    expect(axisTicks(close, 1280, en, 'cosmological')[0]?.label).toMatch(
      /^65(,000,\d{3}|\.\d+ million) years ago$/,
    );
  });

  it('reads calendar years within 100,000 years of the Common Era, as TimelineJS does', () => {
    const late: Domain = [yearStartMs(-4999), yearStartMs(-2999)];
    expect(readsAsYearsAgo(late, 'cosmological')).toBe(false);
    expect(axisTicks(late, 1200, en, 'cosmological').map((t) => t.label)).toContain('4000 BCE');
    const stoneAge: Domain = [yearStartMs(-250_000), yearStartMs(-150_000)];
    expect(readsAsYearsAgo(stoneAge, 'cosmological')).toBe(true);
    expect(readsAsYearsAgo(stoneAge, 'human')).toBe(false);
  });

  it('keeps the human scale as it was', () => {
    const d: Domain = [Date.UTC(2007, 0, 1), Date.UTC(2012, 0, 1)];
    expect(axisTicks(d, 1200, en, 'human').map((t) => t.label)).toContain('2008');
  });
});

describe('zoom on the cosmological scale', () => {
  it('goes down to a thousand years, and to a week on the human scale', () => {
    expect(minSpanFor(whole)).toBe(MIN_COSMIC_SPAN_MS);
    expect(minSpanFor([Date.UTC(2007, 0, 1), Date.UTC(2012, 0, 1)])).toBe(MIN_SPAN_MS);
    let d = whole;
    for (let i = 0; i < 200; i++) d = zoomAt(d, 2, BIG_BANG, whole);
    expect(d[1] - d[0]).toBeCloseTo(MIN_COSMIC_SPAN_MS, -6);
    expect(yearsAgoAt(d[0])).toBeGreaterThan(13_799_990_000);
  });

  it('compares windows deep in time despite the rounding of doubles', () => {
    const d: Domain = [BIG_BANG, BIG_BANG + MIN_COSMIC_SPAN_MS];
    expect(sameDomain(d, [d[0] + 65_536, d[1] - 65_536], 1)).toBe(true);
    expect(sameDomain(d, [d[0] + 3.15e10, d[1]], 1)).toBe(false);
  });
});

describe('the window in the URL', () => {
  it('writes years beyond Date as whole years and reads them back exactly', () => {
    expect(formatUrlDate(BIG_BANG)).toBe('Y-13799999999');
    expect(parseUrlDate('Y-13799999999')).toBe(BIG_BANG);
    expect(parseUrlDate(formatUrlDate(yearStartMs(-4_599_999_999)))).toBe(
      yearStartMs(-4_599_999_999),
    );
    expect(parseUrlDate('Y-13800000001')).toBeNull();
    expect(parseUrlDate('Y-99999999999999999999')).toBeNull();
  });

  it('writes BCE and early years as signed ISO years and reads them back exactly', () => {
    const bce = parsePartialDate('-0499-03-01').startMs;
    expect(formatUrlDate(bce)).toBe('-0499-03-01');
    expect(parseUrlDate('-0499-03-01')).toBe(bce);
    const early = parsePartialDate('0033-04-03').startMs;
    expect(formatUrlDate(early)).toBe('0033-04-03');
    expect(parseUrlDate('0033-04-03')).toBe(early);
    const stone = yearStartMs(-200_000);
    expect(parseUrlDate(formatUrlDate(stone))).toBe(stone);
    expect(parseUrlDate('2011-02-31')).toBeNull();
  });
});
