import { describe, expect, it } from 'vitest';
import { hitTestDensity, rowAtY } from '../../../src/lib/hitTest';
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
