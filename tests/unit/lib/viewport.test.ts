import { describe, expect, it } from 'vitest';
import {
  clampDomain,
  DAY_MS,
  domainFromTransform,
  MIN_SPAN_MS,
  panBy,
  revealInstant,
  span,
  transformFromDomain,
  zoomAt,
  type Domain,
} from '../../../src/lib/viewport';

const bounds: Domain = [0, 1000 * DAY_MS];

describe('zoomAt', () => {
  it('keeps the anchor instant at the same relative position', () => {
    const d = zoomAt(bounds, 2, 250 * DAY_MS, bounds);
    expect(span(d)).toBe(500 * DAY_MS);
    expect((250 * DAY_MS - d[0]) / span(d)).toBeCloseTo(0.25);
  });

  it('stops at the minimum span', () => {
    let d: Domain = bounds;
    for (let i = 0; i < 30; i++) d = zoomAt(d, 2, 500 * DAY_MS, bounds);
    expect(span(d)).toBe(MIN_SPAN_MS);
    expect(d[0] <= 500 * DAY_MS && d[1] >= 500 * DAY_MS).toBe(true);
  });

  it('cannot zoom out past the data', () => {
    expect(zoomAt(bounds, 0.25, 100 * DAY_MS, bounds)).toEqual(bounds);
  });
});

describe('panBy and clampDomain', () => {
  it('pans but stops at the edges, keeping the width', () => {
    const d: Domain = [100 * DAY_MS, 200 * DAY_MS];
    expect(panBy(d, 50 * DAY_MS, bounds)).toEqual([150 * DAY_MS, 250 * DAY_MS]);
    expect(panBy(d, -500 * DAY_MS, bounds)).toEqual([0, 100 * DAY_MS]);
    expect(panBy(d, 5000 * DAY_MS, bounds)).toEqual([900 * DAY_MS, 1000 * DAY_MS]);
  });

  it('widens a window narrower than the minimum span', () => {
    expect(span(clampDomain([10 * DAY_MS, 10 * DAY_MS + 1], bounds))).toBe(MIN_SPAN_MS);
  });
});

describe('revealInstant', () => {
  it('leaves the window alone when the event is in view', () => {
    const d: Domain = [100 * DAY_MS, 200 * DAY_MS];
    expect(revealInstant(d, 150 * DAY_MS, 151 * DAY_MS, bounds)).toBe(d);
  });
  it('centres an event that is out of view', () => {
    const d: Domain = [100 * DAY_MS, 200 * DAY_MS];
    const r = revealInstant(d, 600 * DAY_MS, 601 * DAY_MS, bounds);
    expect(span(r)).toBe(span(d));
    expect(r[0] < 600 * DAY_MS && r[1] > 601 * DAY_MS).toBe(true);
  });
});

describe('transform <-> domain', () => {
  it('round-trips', () => {
    const d: Domain = [123 * DAY_MS, 456 * DAY_MS];
    const t = transformFromDomain(d, bounds, 1200);
    const back = domainFromTransform(t, bounds, 1200);
    expect(back[0]).toBeCloseTo(d[0], -2);
    expect(back[1]).toBeCloseTo(d[1], -2);
  });
  it('maps the identity transform to the full bounds', () => {
    expect(domainFromTransform({ k: 1, x: 0 }, bounds, 800)).toEqual(bounds);
  });
});
