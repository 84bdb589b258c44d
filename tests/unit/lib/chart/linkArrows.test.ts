import { describe, expect, it } from 'vitest';
import type { EventLink } from '../../../../src/domain/types';
import {
  arrowBetween,
  composeLinkArrows,
  DEFAULT_ARROW_OPTIONS,
  LINK_ARROW_STYLES,
  type ArrowEnd,
} from '../../../../src/lib/chart/linkArrows';
import { buildLinkIndex, linksToDraw } from '../../../../src/lib/links';

const FRAME = { width: 800, height: 400, top: 40 };
const link = (from: string, to: string, kind: EventLink['kind'] = 'responds-to'): EventLink => ({
  from,
  to,
  kind,
  note: 'n',
  sources: ['s'],
});

describe('arrowBetween', () => {
  const a: ArrowEnd = { x: 500, y: 200, r: 6 };
  const b: ArrowEnd = { x: 100, y: 200, r: 6 };

  it('starts and ends at the marks’ rims, not their centres, and bows upwards', () => {
    const g = arrowBetween(a, b, LINK_ARROW_STYLES['responds-to']);
    if (!g) throw new Error('no arrow');
    const gap = DEFAULT_ARROW_OPTIONS.gap;
    expect(Math.hypot(g.x0 - a.x, g.y0 - a.y)).toBeCloseTo(a.r + gap, 6);
    expect(Math.hypot(g.x1 - b.x, g.y1 - b.y)).toBeCloseTo(b.r + gap, 6);
    expect(g.cy).toBeLessThan(200);
    // Same bow whichever way it runs.
    const back = arrowBetween(b, a, LINK_ARROW_STYLES['responds-to']);
    expect(back?.cy).toBeCloseTo(g.cy, 6);
  });

  it('puts the head’s tip at the end of the curve, pointing along it', () => {
    const g = arrowBetween(a, b, LINK_ARROW_STYLES['responds-to']);
    if (!g) throw new Error('no arrow');
    expect(g.head).toBe('triangle');
    expect(g.headPoints).toHaveLength(6);
    expect(g.headPoints[2]).toBeCloseTo(g.x1, 6);
    expect(g.headPoints[3]).toBeCloseTo(g.y1, 6);
    // The base lies behind the tip (towards the control point).
    const baseX = ((g.headPoints[0] ?? 0) + (g.headPoints[4] ?? 0)) / 2;
    expect(baseX).toBeGreaterThan(g.x1);
  });

  it('gives every kind its own dash and head, so colour is never the only cue', () => {
    const looks = Object.values(LINK_ARROW_STYLES).map((s) => `${s.dash.join(',')}|${s.head}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(new Set(Object.values(LINK_ARROW_STYLES).map((s) => s.head)).size).toBe(5);
  });

  it('draws nothing between marks that touch, and no head on a short arrow', () => {
    expect(
      arrowBetween({ x: 0, y: 0, r: 6 }, { x: 10, y: 0, r: 6 }, LINK_ARROW_STYLES.echoes),
    ).toBeNull();
    const short = arrowBetween(
      { x: 0, y: 0, r: 2 },
      { x: 20, y: 0, r: 2 },
      LINK_ARROW_STYLES.echoes,
    );
    expect(short?.head).toBeNull();
    expect(short?.headPoints).toEqual([]);
  });

  it('a vertical link bows sideways and stays finite', () => {
    const g = arrowBetween(
      { x: 50, y: 300, r: 5 },
      { x: 50, y: 100, r: 5 },
      LINK_ARROW_STYLES.reverses,
    );
    expect(g && Number.isFinite(g.cx) && g.cx !== 50).toBe(true);
    expect(g?.headPoints).toHaveLength(4);
  });
});

describe('composeLinkArrows', () => {
  const places: Record<string, ArrowEnd> = {
    a: { x: 100, y: 200, r: 6 },
    b: { x: 400, y: 260, r: 6 },
    c: { x: 700, y: 120, r: 6 },
    far1: { x: -3000, y: 200, r: 6 },
    far2: { x: -2000, y: 200, r: 6 },
  };
  const at = (id: string) => places[id] ?? null;

  it('leaves out links whose events have no place (filtered out) or lie wholly outside', () => {
    const arrows = composeLinkArrows(
      [link('b', 'a'), link('c', 'ghost'), link('far2', 'far1'), link('c', 'far1')],
      at,
      FRAME,
      new Set(),
    );
    expect(arrows.map((x) => `${x.from}>${x.to}`)).toEqual(['b>a', 'c>far1']);
  });

  it('draws the selected event’s arrows strong and last', () => {
    const arrows = composeLinkArrows(
      [link('c', 'b'), link('b', 'a', 'echoes')],
      at,
      FRAME,
      new Set(['c']),
    );
    expect(arrows.map((x) => [x.from, x.strong])).toEqual([
      ['b', false],
      ['c', true],
    ]);
    expect(arrows[1]?.width).toBeGreaterThan(arrows[0]?.width ?? 0);
  });

  it('thins and fades the rest when many arrows are in view, keeping the strong ones', () => {
    const many: EventLink[] = Array.from({ length: 200 }, () => link('b', 'a'));
    many.push(link('c', 'b'));
    const arrows = composeLinkArrows(many, at, FRAME, new Set(['c']));
    const faint = arrows.filter((x) => !x.strong);
    expect(faint.every((x) => x.opacity < 0.5 && x.head === null)).toBe(true);
    expect(arrows.at(-1)).toMatchObject({ from: 'c', strong: true, opacity: 1, head: 'triangle' });
  });

  it('1,000 links among 10,000 events: only those in the frame are kept', () => {
    const pos = new Map<string, ArrowEnd>();
    for (let i = 0; i < 10_000; i++)
      pos.set(`e${i}`, { x: (i * 7.3) % 900, y: 40 + ((i * 13) % 500), r: 5 });
    const links = Array.from({ length: 1000 }, (_, i) =>
      link(`e${(i * 37) % 10_000}`, `e${(i * 91 + 5) % 10_000}`),
    );
    const arrows = composeLinkArrows(links, (id) => pos.get(id) ?? null, FRAME, new Set());
    expect(arrows.length).toBeGreaterThan(100);
    expect(arrows.length).toBeLessThanOrEqual(1000);
    expect(arrows.every((x) => Number.isFinite(x.cx) && Number.isFinite(x.cy))).toBe(true);
    // Crowded: none has a head but every one keeps its kind's dash.
    expect(arrows.every((x) => x.head === null && x.dash === LINK_ARROW_STYLES[x.kind].dash)).toBe(
      true,
    );
  });
});

describe('linksToDraw', () => {
  const links = [link('a', 'b'), link('b', 'c'), link('d', 'e')];
  const index = buildLinkIndex(links);

  it('draws nothing when links are hidden and nothing is selected (nothing computed)', () => {
    expect(linksToDraw(links, index, false, [null, null])).toEqual([]);
  });

  it('draws the selected or focused event’s links, each once', () => {
    const drawn = linksToDraw(links, index, false, ['b', 'a']);
    expect(drawn).toHaveLength(2);
    expect(drawn).toEqual(expect.arrayContaining([links[0], links[1]]));
  });

  it('draws them all behind "Show links"', () => {
    expect(linksToDraw(links, index, true, [null])).toBe(links);
  });
});
