import { describe, expect, it } from 'vitest';
import {
  DATE_MIN_YEAR,
  describeDateProblem,
  formatDatasetYear,
  MEAN_YEAR_MS,
  parsePartialDate,
  yearAtMs,
  yearStartMs,
} from '../../../src/domain/dates';
import { migrateToLatest } from '../../../src/domain/migrations';
import { validateDataset } from '../../../src/domain/validateDataset';
import { miniRaw } from '../../setup/fixtures';

describe('years beyond four digits (EDTF long-year form)', () => {
  it('reads "Y-13800000000" as the exact whole year, at year precision', () => {
    const d = parsePartialDate('Y-13800000000');
    expect(d.year).toBe(-13_800_000_000);
    expect(d.precision).toBe('year');
    expect(d.month).toBeUndefined();
    expect(parsePartialDate('Y-65000000').year).toBe(-65_000_000);
    expect(parsePartialDate('Y-10000').year).toBe(-10_000);
  });

  it('keeps the four-digit forms as they were', () => {
    expect(parsePartialDate('-0499').year).toBe(-499);
    expect(parsePartialDate('2008-07-09').day).toBe(9);
  });

  it('refuses what is not a long year, saying how to write one', () => {
    expect(describeDateProblem('Y2008')).toMatch(/Y-65000000 for a year of more than four digits/);
    expect(describeDateProblem('-13800000000')).toMatch(/not a date in the form/);
    expect(describeDateProblem('Y-65000000-07')).toMatch(/not a date in the form/);
    expect(describeDateProblem('Y-13800000001')).toMatch(/outside -13800000000–9999/);
    expect(describeDateProblem('Y10000')).toMatch(/outside/);
    expect(describeDateProblem('Y-99999999999999999999')).toMatch(/outside/);
    expect(describeDateProblem('Y-13800000000')).toBeNull();
  });

  it('places deep years on one straight axis that continues Date', () => {
    const big = parsePartialDate('Y-13800000000');
    expect(big.endMs - big.startMs).toBeCloseTo(MEAN_YEAR_MS, -6);
    expect(Number.isFinite(big.startMs)).toBe(true);
    // Continuous and ordered across Date's first whole year.
    const inside = yearStartMs(DATE_MIN_YEAR);
    expect(yearStartMs(DATE_MIN_YEAR - 1)).toBe(inside - MEAN_YEAR_MS);
    const order = ['Y-13800000000', 'Y-4600000000', 'Y-65000000', 'Y-300000', 'Y-200000', '-3499'];
    const starts = order.map((v) => parsePartialDate(v).startMs);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('finds the exact year back from any place on the axis, also in deep time', () => {
    for (const year of [
      -13_800_000_000, -13_799_630_000, -4_600_000_000, -271_821, -271_820, 0, 2008,
    ]) {
      const start = yearStartMs(year);
      const next = yearStartMs(year + 1);
      expect(yearAtMs(start)).toBe(year);
      expect(yearAtMs((start + next) / 2)).toBe(year);
    }
  });

  it('writes years back in the dataset form', () => {
    expect(formatDatasetYear(-13_800_000_000)).toBe('Y-13800000000');
    expect(formatDatasetYear(-499)).toBe('-0499');
    expect(formatDatasetYear(0)).toBe('0000');
    expect(formatDatasetYear(2008)).toBe('2008');
    expect(formatDatasetYear(-10_000)).toBe('Y-10000');
  });
});

describe('schema version 6', () => {
  it('migrates a file of every older version through each step, unchanged apart from its version', () => {
    for (const version of [1, 2, 3, 4, 5]) {
      const raw = { ...miniRaw(), schemaVersion: version };
      const m = migrateToLatest(raw);
      expect(m.fromVersion).toBe(version);
      expect(m.raw).toEqual({ ...raw, schemaVersion: 6 });
      expect(validateDataset(raw).ok).toBe(true);
    }
  });

  it('reads a long year in an older file too (the dates of 1 to 5 are dates of 6)', () => {
    for (const version of [1, 4, 5]) {
      const raw = { ...miniRaw(), schemaVersion: version };
      raw.events = [{ ...(raw.events[0] ?? {}), id: 'bang', start: 'Y-13800000000' }];
      raw.quotes = [];
      const r = validateDataset(raw);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.dataset.schemaVersion).toBe(6);
      expect(r.dataset.events[0]?.start).toBe('Y-13800000000');
    }
  });

  it('accepts an event at the Big Bang and one 65 million years ago, ordered', () => {
    const raw = miniRaw();
    const events = raw.events;
    const first = events[0] ?? {};
    raw.events = [
      { ...first, id: 'bang', start: 'Y-13800000000' },
      { ...first, id: 'k-pg', start: 'Y-65000000', end: 'Y-64999000' },
      ...events.slice(1),
    ];
    raw.quotes = [];
    const r = validateDataset(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.events.map((e) => e.start)).toContain('Y-13800000000');
  });

  it('refuses an event ending before it starts, in deep time too', () => {
    const raw = miniRaw();
    const events = raw.events;
    raw.events = [{ ...(events[0] ?? {}), id: 'x', start: 'Y-65000000', end: 'Y-66000000' }];
    raw.quotes = [];
    const r = validateDataset(raw);
    expect(r.ok).toBe(false);
  });
});
