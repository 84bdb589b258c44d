import { describe, expect, it } from 'vitest';
import { computeTicks } from '../../../src/lib/timeScale';

describe('computeTicks', () => {
  it('labels years when the window spans years', () => {
    const ticks = computeTicks([Date.UTC(2006, 0, 1), Date.UTC(2013, 0, 1)], 1200, 'en');
    expect(ticks.map((t) => t.label)).toContain('2008');
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(ticks.every((t) => t.major)).toBe(true);
  });

  it('switches to months, then days, as the window narrows', () => {
    const months = computeTicks([Date.UTC(2008, 0, 1), Date.UTC(2008, 11, 31)], 1200, 'en');
    expect(months.map((t) => t.label)).toEqual(expect.arrayContaining(['Jul']));
    const days = computeTicks([Date.UTC(2008, 6, 6), Date.UTC(2008, 6, 13)], 1200, 'en');
    expect(days.map((t) => t.label)).toEqual(expect.arrayContaining(['9 Jul']));
  });

  it('places ticks in UTC, left to right inside the width', () => {
    const ticks = computeTicks([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], 1000, 'en');
    expect(ticks[0]?.x).toBe(0);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    expect(new Date(ticks[1]!.ms).getUTCDate()).toBe(1);
  });
});

describe('years before 1000', () => {
  it('are written as they are, never padded to four digits ("650", not "0650")', () => {
    const d = (y: number) => {
      const t = new Date(Date.UTC(2000, 0, 1));
      t.setUTCFullYear(y);
      return t.getTime();
    };
    for (const locale of ['en', 'de'] as const) {
      const labels = computeTicks([d(600), d(720)], 1200, locale).map((t) => t.label);
      expect(labels).toContain('650');
      expect(labels.some((l) => /^0\d/.test(l))).toBe(false);
    }
    const months = computeTicks([d(650) + 20 * 86_400_000, d(651)], 1200, 'en').map((t) => t.label);
    expect(months[0]).toBe('Feb 650');
  });
});
