import { describe, expect, it } from 'vitest';
import { paintScene } from '../../../../src/features/timeline/paintScene';
import type { ChartScene, SceneExtent } from '../../../../src/lib/chart/sceneTypes';
import { SOFT_OPACITY } from '../../../../src/lib/chart/sceneEdtf';
import { paddedBounds } from '../../../../src/lib/viewport';
import { loadFixture, sceneOf } from '../../../setup/edtfScene';
import { recordingContext } from '../../../setup/recordingContext';

/**
 * The canvas painter draws the scene's EDTF forms: a soft band faint, a fade through a
 * gradient that runs out, an open arrow as strokes (no fill), ticks as strokes.
 */
const data = loadFixture('tests/fixtures/edtf.json');
const { scene: full } = sceneOf(data, 1200, [Date.UTC(2006, 9, 1), Date.UTC(2008, 3, 1)]);

/** Only the extents of a scene (no marks: those need a DOM canvas for their sprites). */
function onlyExtents(ids: readonly string[]): { scene: ChartScene; extents: SceneExtent[] } {
  const extents = (full.extents ?? []).filter((e) => ids.includes(e.id));
  return { scene: { ...full, marks: [], labels: [], bars: [], extents }, extents };
}

const paint = (scene: ChartScene) => {
  const rec = recordingContext();
  paintScene(rec.ctx, scene, { dpr: 1, patterns: [], fontFamily: 'sans-serif' });
  return rec;
};

describe('paintScene draws EDTF forms', () => {
  it('paints a soft extent as a faint band over its whole width', () => {
    const { scene, extents } = onlyExtents(['ev-approximate']);
    const [soft] = extents[0]?.parts ?? [];
    if (soft?.kind !== 'soft') throw new Error('not soft');
    const { calls } = paint(scene);
    const band = calls.find(
      (c) => c.name === 'fillRect' && c.args[0] === soft.x && c.args[2] === soft.width,
    );
    expect(band?.alpha).toBeCloseTo(SOFT_OPACITY, 5);
  });

  it('paints an open end as a bar whose gradient runs from the colour to transparent', () => {
    const { scene, extents } = onlyExtents(['ev-open']);
    const { calls, gradients } = paint(scene);
    expect(gradients).toHaveLength(1);
    const stops = gradients[0]?.stops ?? [];
    expect(stops.find(([o]) => o === 0)?.[1]).toBe(extents[0]?.color);
    expect(stops.find(([o]) => o === 1)?.[1]).toMatch(/rgba\(.*,\s*0\)$/);
    const fade = extents[0]?.parts.find((p) => p.kind === 'fade');
    expect(calls.some((c) => c.name === 'fillRect' && c.args[0] === fade?.x)).toBe(true);
  });

  it('paints "or earlier" as stroked lines (an open head) and "one of" as ticks, never filled', () => {
    const { scene } = onlyExtents(['ev-before', 'ev-one-of']);
    const { calls } = paint(scene);
    const strokes = calls.filter((c) => c.name === 'stroke').length;
    // ev-before: arrow + tick; ev-one-of: two ticks.
    expect(strokes).toBe(4);
    expect(calls.filter((c) => c.name === 'fill')).toHaveLength(0);
  });

  it('paints nothing of the kind for a dataset of plain dates', () => {
    const wpc = loadFixture('data/wpc.json');
    const { scene } = sceneOf(wpc, 1440, paddedBounds(wpc.span));
    const { calls, gradients } = paint({ ...scene, marks: [] });
    expect(gradients).toHaveLength(0);
    expect(calls.filter((c) => c.name === 'stroke')).toHaveLength(0);
  });
});
