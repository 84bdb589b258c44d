import { describe, expect, it } from 'vitest';
import { arrowLooks, buttDash, paintArrows } from '../../../../src/features/timeline/paintArrows';
import { composeLinkArrows, type ArrowEnd } from '../../../../src/lib/chart/linkArrows';
import { LINK_KINDS } from '../../../../src/domain/linkKinds';
import type { EventLink } from '../../../../src/domain/types';
import { recordingContext } from '../../../setup/recordingContext';

/**
 * The canvas draws link arrows batched by look: every arrow's curve and head is traced, but
 * arrows that look the same share one stroke, and the selected event's arrows paint last.
 */
const positions = new Map<string, ArrowEnd>(
  Array.from({ length: 41 }, (_, i) => [`e${i}`, { x: 20 + i * 40, y: 100 + (i % 3) * 30, r: 6 }]),
);
const links: EventLink[] = Array.from({ length: 40 }, (_, i) => ({
  from: `e${i + 1}`,
  to: `e${i}`,
  kind: LINK_KINDS[i % LINK_KINDS.length] as EventLink['kind'],
  note: `Link ${i}.`,
  sources: ['s'],
}));
const arrows = composeLinkArrows(
  links,
  (id) => positions.get(id) ?? null,
  { width: 2000, height: 400, top: 0 },
  new Set(['e20']),
);

function painted() {
  const rec = recordingContext();
  paintArrows(rec.ctx, arrows);
  return rec.calls;
}

describe('paintArrows', () => {
  it('traces every arrow once, with far fewer strokes than arrows', () => {
    expect(arrows.length).toBe(40);
    const calls = painted();
    expect(calls.filter((c) => c.name === 'quadraticCurveTo')).toHaveLength(40);
    const strokes = calls.filter((c) => c.name === 'stroke' || c.name === 'fill').length;
    // One curve stroke per look, and at most one fill and one stroke for its heads.
    const looks = arrowLooks(arrows).length;
    expect(strokes).toBeLessThanOrEqual(looks * 2);
    expect(strokes).toBeLessThan(arrows.length / 2);
    // Each curve is its own subpath, so each keeps its dash pattern from its start.
    const moves = calls.filter((c) => c.name === 'moveTo').map((c) => c.args.join(','));
    for (const a of arrows) expect(moves).toContain(`${a.x0},${a.y0}`);
  });

  it('draws a head for every arrow that has one, dots as arcs', () => {
    const calls = painted();
    const dots = arrows.filter((a) => a.head === 'dot').length;
    expect(dots).toBeGreaterThan(0);
    expect(calls.filter((c) => c.name === 'arc')).toHaveLength(dots);
  });

  it('paints the arrows touching the selected event last, on top', () => {
    const looks = arrowLooks(arrows);
    const firstStrong = looks.findIndex((l) => l.strong);
    expect(firstStrong).toBeGreaterThan(0);
    expect(looks.slice(firstStrong).every((l) => l.strong)).toBe(true);
    expect(looks.flatMap((l) => l.arrows).filter((a) => a.strong)).toHaveLength(
      arrows.filter((a) => a.strong).length,
    );
  });
});

describe('paintArrows in a frame', () => {
  const far = composeLinkArrows(
    [link('a', 'b', 'follows-up')],
    (id) => (id === 'a' ? { x: -3000, y: 300, r: 6 } : { x: 3000, y: 300, r: 6 }),
    { width: 800, height: 400, top: 0 },
    new Set(),
  );

  it('traces only the part of a long arrow near the frame', () => {
    expect(far).toHaveLength(1);
    const rec = recordingContext();
    paintArrows(rec.ctx, far, { width: 800, height: 400 });
    const [move] = rec.calls.filter((c) => c.name === 'moveTo');
    const [curve] = rec.calls.filter((c) => c.name === 'quadraticCurveTo');
    expect(Number(move?.args[0])).toBeGreaterThan(-100);
    expect(Number(curve?.args[2])).toBeLessThan(900);
  });

  it('draws dashes with butt caps covering what the round-capped dashes covered', () => {
    // Each dash grows by the line width and each gap shrinks by as much: same period.
    expect(buttDash([7, 4], 1.6)).toEqual([8.6, 2.4]);
    const [d, g] = buttDash([2, 1], 1.6);
    expect(d).toBeCloseTo(2.9, 9);
    expect(g).toBeCloseTo(0.1, 9);
    const rec = recordingContext();
    paintArrows(rec.ctx, far, { width: 800, height: 400 });
    const dash = rec.calls.find((c) => c.name === 'setLineDash' && (c.args[0] as number[]).length);
    expect(dash?.args[0]).toEqual([8.6, 2.4]);
  });
});

function link(from: string, to: string, kind: EventLink['kind']): EventLink {
  return { from, to, kind, note: 'n', sources: ['s'] };
}
