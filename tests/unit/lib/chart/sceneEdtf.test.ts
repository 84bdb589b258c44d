import { describe, expect, it } from 'vitest';
import { chartMetrics } from '../../../../src/lib/chartGeometry';
import { FADE_PX } from '../../../../src/lib/chart/sceneEdtf';
import type { SceneExtent } from '../../../../src/lib/chart/sceneTypes';
import { paddedBounds } from '../../../../src/lib/viewport';
import { loadFixture, sceneOf } from '../../../setup/edtfScene';
import { shippedData } from '../../../setup/slideSvg';

/**
 * Issue 18: the chart draws each EDTF form by its shape (the scene's `extents`), and a plain
 * date adds nothing to the scene.
 */
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const data = loadFixture('tests/fixtures/edtf.json');
const domain = [utc(2006, 10), utc(2008, 4)] as const;
const { scene, xOf } = sceneOf(data, 1200, domain);
const extentOf = (id: string): SceneExtent => {
  const e = scene.extents?.find((x) => x.id === id);
  if (!e) throw new Error(`no extent for ${id}`);
  return e;
};
const kinds = (id: string) => extentOf(id).parts.map((p) => p.kind);
/** The chart's scale: its font size over the 12.5 px the geometry is written for. */
const s = chartMetrics().fontPx / 12.5;

describe('the chart scene draws EDTF forms', () => {
  it('draws an approximate month as a soft band a month wider each side, with no hard bar', () => {
    const e = extentOf('ev-approximate');
    expect(kinds('ev-approximate')).toEqual(['soft']);
    const [soft] = e.parts;
    if (soft?.kind !== 'soft') throw new Error('not soft');
    expect(soft.x).toBeCloseTo(xOf(utc(2007, 6)), 5);
    expect(soft.x + soft.width).toBeCloseTo(xOf(utc(2007, 9)), 5);
    expect(scene.bars.some((b) => b.id === 'ev-approximate')).toBe(false);
  });

  it('draws uncertain, both-qualified and unspecified dates as soft bands over their period', () => {
    expect(kinds('ev-uncertain')).toEqual(['soft']);
    expect(kinds('ev-both')).toEqual(['soft']);
    const [decade] = extentOf('ev-decade').parts;
    if (decade?.kind !== 'soft') throw new Error('not soft');
    // 2000–2009 reaches past both edges of this window: clamped just outside the frame.
    expect(decade.x).toBeLessThan(0);
    expect(decade.x + decade.width).toBeGreaterThan(1200);
  });

  it('draws an open end as the known month solid, then a bar fading out later', () => {
    const parts = extentOf('ev-open').parts;
    expect(parts.map((p) => p.kind)).toEqual(['solid', 'fade']);
    const [solid, fade] = parts;
    if (solid?.kind !== 'solid' || fade?.kind !== 'fade') throw new Error('wrong parts');
    expect(solid.x).toBeCloseTo(xOf(utc(2007, 7)), 5);
    expect(solid.x + solid.width).toBeCloseTo(xOf(utc(2007, 8)), 5);
    expect(fade.direction).toBe('later');
    expect(fade.x).toBeCloseTo(xOf(utc(2007, 8)), 5);
    expect(fade.width).toBeCloseTo(FADE_PX * s, 5);
  });

  it('draws an unknown start as a bar fading in from earlier, then the known year', () => {
    const parts = extentOf('ev-unknown-start').parts;
    expect(parts.map((p) => p.kind)).toEqual(['fade', 'solid']);
    const [fade] = parts;
    if (fade?.kind !== 'fade') throw new Error('not a fade');
    expect(fade.direction).toBe('earlier');
    expect(fade.x + fade.width).toBeCloseTo(xOf(utc(2008)), 5);
  });

  it('draws "one of a set" as a tick at each member', () => {
    const parts = extentOf('ev-one-of').parts;
    expect(parts.map((p) => p.kind)).toEqual(['tick', 'tick']);
    expect(parts.map((p) => (p.kind === 'tick' ? p.x : NaN))).toEqual([
      xOf(utc(2007, 7, 10)),
      xOf(utc(2007, 7, 12)),
    ]);
  });

  it('draws "on or before" as an open arrow pointing earlier from the mark', () => {
    const parts = extentOf('ev-before').parts;
    expect(parts.map((p) => p.kind)).toEqual(['arrow', 'tick']);
    const [arrow] = parts;
    if (arrow?.kind !== 'arrow') throw new Error('not an arrow');
    expect(arrow.direction).toBe('earlier');
    const mark = scene.marks.find((m) => m.id === 'ev-before');
    expect(arrow.x).toBeLessThan(mark?.x ?? -Infinity);
    expect(arrow.tipX).toBeLessThan(arrow.x);
  });

  it('adds nothing for plain dates and plain intervals (they keep their mark and bar)', () => {
    expect(scene.extents?.some((e) => e.id === 'ev-plain')).toBe(false);
    expect(scene.extents?.some((e) => e.id === 'ev-interval')).toBe(false);
    expect(scene.bars.some((b) => b.id === 'ev-interval')).toBe(true);
  });

  it('leaves the shipped WPC scene without extents', () => {
    const wpc = shippedData();
    const { scene: plain } = sceneOf(wpc, 1440, paddedBounds(wpc.span));
    expect(plain.marks.length).toBeGreaterThan(10);
    expect('extents' in plain).toBe(false);
  });
});
