import { describe, expect, it } from 'vitest';
import { buildMarkIndex, hitTestDensity, hitTestRow, rowAtY } from '../../../src/lib/hitTest';

const DAY = 86_400_000;
const px = 1 / DAY; // one pixel per day
const mark = (index: number, row: number, day: number, widthPx: number, endDay?: number) => ({
  index,
  row,
  startMs: day * DAY,
  endMs: (endDay ?? day) * DAY,
  isRange: endDay !== undefined,
  widthPx,
});

describe('hitTestRow', () => {
  const idx = buildMarkIndex([
    mark(0, 0, 0, 50),
    mark(1, 0, 100, 30),
    mark(2, 1, 10, 20),
    mark(3, 0, 200, 5, 400),
  ]);

  it('finds the mark whose glyph or label is under the point', () => {
    expect(hitTestRow(idx, 0, 20 * DAY, px)?.index).toBe(0); // on the label
    expect(hitTestRow(idx, 0, -5 * DAY, px)?.index).toBe(0); // half a glyph before the start
    expect(hitTestRow(idx, 0, 110 * DAY, px)?.index).toBe(1);
    expect(hitTestRow(idx, 1, 15 * DAY, px)?.index).toBe(2);
  });

  it('finds a range by its bar even beyond its label', () => {
    expect(hitTestRow(idx, 0, 350 * DAY, px)?.index).toBe(3);
  });

  it('misses gaps and empty rows', () => {
    expect(hitTestRow(idx, 0, 70 * DAY, px)).toBeNull();
    expect(hitTestRow(idx, 5, 10 * DAY, px)).toBeNull();
  });

  it('scales with zoom: a label is wider in time when zoomed out', () => {
    // At 0.1 px per day the 50-px label of mark 0 reaches 500 days.
    expect(hitTestRow(idx, 0, 90 * DAY, 0.1 / DAY)?.index).toBe(1);
    expect(hitTestRow(idx, 0, 20 * DAY, 0.1 / DAY)?.index).toBe(0);
    expect(hitTestRow(idx, 0, 20 * DAY, px)?.index).toBe(0);
    expect(hitTestRow(idx, 0, 60 * DAY, px)).toBeNull();
  });
});

describe('hitTestDensity', () => {
  const bins = [
    { startMs: 0, endMs: 10, count: 3 },
    { startMs: 20, endMs: 30, count: 1 },
  ];
  it('returns the bin containing the instant, or null between bins', () => {
    expect(hitTestDensity(bins, 0)?.count).toBe(3);
    expect(hitTestDensity(bins, 9.9)?.count).toBe(3);
    expect(hitTestDensity(bins, 10)).toBeNull();
    expect(hitTestDensity(bins, 25)?.count).toBe(1);
    expect(hitTestDensity(bins, 30)).toBeNull();
    expect(hitTestDensity([], 5)).toBeNull();
  });
});

describe('rowAtY', () => {
  it('maps a y coordinate to the row drawn there', () => {
    const tops = [
      [0, 50],
      [1, 74],
      [2, 116],
    ] as const;
    expect(rowAtY(tops, 60, 24)).toBe(0);
    expect(rowAtY(tops, 74, 24)).toBe(1);
    expect(rowAtY(tops, 100, 24)).toBeNull(); // lane header gap
    expect(rowAtY(tops, 40, 24)).toBeNull();
  });
});
