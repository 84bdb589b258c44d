import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cachedLaneLayout,
  computeLaneLayout,
  hasCachedLayout,
  layoutZoomStep,
  mostRowsThatFit,
  type LayoutItem,
} from '../../../src/lib/laneLayout';
import { truncateChars } from '../../../src/lib/chart/textMetrics';
import { itemExtent } from '../../setup/laneExtentOracle';

const DAY = 86_400_000;

function item(
  id: string,
  day: number,
  lane: string | null,
  label = 'An event',
  endDay?: number,
): LayoutItem {
  return {
    id,
    startMs: day * DAY,
    endMs: (endDay ?? day + 1) * DAY,
    isRange: endDay !== undefined,
    lane,
    label,
  };
}

/** Every pair in the same row must not overlap in pixels. */
function assertNoOverlaps(
  items: LayoutItem[],
  rowOf: ReadonlyMap<string, number>,
  pxPerMs: number,
) {
  const origin = Math.min(...items.map((i) => i.startMs));
  const opts = { pxPerMs, glyphPx: 14, gapPx: 10 };
  for (const a of items) {
    for (const b of items) {
      if (a === b || !rowOf.has(a.id) || rowOf.get(a.id) !== rowOf.get(b.id)) continue;
      const [a0, a1] = itemExtent(a, origin, opts);
      const [b0, b1] = itemExtent(b, origin, opts);
      expect(a1 <= b0 || b1 <= a0, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
}

describe('computeLaneLayout', () => {
  it('stacks events that would collide and reuses rows that are free', () => {
    const items = [item('a', 0, 't'), item('b', 1, 't'), item('c', 400, 't')];
    const pxPerMs = 1 / DAY; // one pixel a day
    const layout = computeLaneLayout(items, ['t'], { pxPerMs });
    expect(layout.rowOf.get('a')).toBe(0);
    expect(layout.rowOf.get('b')).toBe(1);
    expect(layout.rowOf.get('c')).toBe(0);
    expect(layout.rowCount).toBe(2);
    assertNoOverlaps(items, layout.rowOf, pxPerMs);
  });

  it('keeps each theme in its own swimlane, in the given order', () => {
    const items = [item('x', 0, 'b'), item('y', 0, 'a'), item('z', 500, 'a')];
    const layout = computeLaneLayout(items, ['a', 'b'], { pxPerMs: 1 / DAY });
    expect(layout.groups.map((g) => g.key)).toEqual(['a', 'b']);
    expect(layout.rowOf.get('y')).toBe(0);
    expect(layout.rowOf.get('z')).toBe(0);
    expect(layout.rowOf.get('x')).toBe(1);
  });

  it('never overlaps on a dense random set', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor(rand() * 2000);
      const range = rand() < 0.2;
      return item(
        `e${i}`,
        start,
        `t${i % 3}`,
        'x'.repeat(1 + Math.floor(rand() * 30)),
        range ? start + 1 + Math.floor(rand() * 200) : undefined,
      );
    });
    const pxPerMs = 0.7 / DAY;
    const layout = computeLaneLayout(items, ['t0', 't1', 't2'], { pxPerMs, maxRowsPerLane: 1000 });
    expect(layout.rowOf.size).toBe(300);
    expect(layout.overflowCount).toBe(0);
    assertNoOverlaps(items, layout.rowOf, pxPerMs);
    // Capped: every event is either placed or counted in its lane's density row.
    const capped = computeLaneLayout(items, ['t0', 't1', 't2'], { pxPerMs, maxRowsPerLane: 3 });
    const binned = capped.groups.reduce(
      (n, g) => n + g.density.reduce((m, b) => m + b.count, 0),
      0,
    );
    expect(capped.rowOf.size + binned).toBe(300);
    expect(capped.overflowCount).toBe(binned);
    assertNoOverlaps(items, capped.rowOf, pxPerMs);
  });

  it('holds without overlaps for any zoom inside the same step', () => {
    const items = [item('a', 0, 't', 'Long label here'), item('b', 20, 't', 'Another label')];
    const actual = 3.3 / DAY;
    const layout = computeLaneLayout(items, ['t'], { pxPerMs: layoutZoomStep(actual) });
    assertNoOverlaps(items, layout.rowOf, actual);
  });
});

describe('level of detail', () => {
  it('aggregates events beyond the row cap into density bins with exact counts', () => {
    // Five events on the same day in one lane, two rows allowed: three are aggregated.
    const items = [0, 0, 0, 0, 0].map((d, i) => item(`s${i}`, d, 'x', 'Label'));
    const layout = computeLaneLayout(items, ['x'], {
      pxPerMs: 1 / DAY,
      maxRowsPerLane: 2,
      binPx: 6,
    });
    const g = layout.groups[0]!;
    expect(g.rowCount).toBe(2);
    expect(g.densityRow).toBe(2);
    expect(g.overflowCount).toBe(3);
    expect(g.density).toEqual([{ startMs: 0, endMs: 6 * DAY, count: 3 }]);
    expect(layout.rowCount).toBe(3);
    expect([...layout.rowOf.keys()]).toEqual(['s0', 's1']);
  });

  it('bins aggregated events by time at the layout scale', () => {
    const items = [0, 0, 1, 7, 8, 20].map((d, i) => item(`b${i}`, d, 'x', 'L'.repeat(40)));
    const layout = computeLaneLayout(items, ['x'], {
      pxPerMs: 1 / DAY,
      maxRowsPerLane: 1,
      binPx: 6,
    });
    // b0 takes the only row (its label runs ~310 px); the rest fall into 6-day bins.
    expect(layout.groups[0]!.density).toEqual([
      { startMs: 0, endMs: 6 * DAY, count: 2 },
      { startMs: 6 * DAY, endMs: 12 * DAY, count: 2 },
      { startMs: 18 * DAY, endMs: 24 * DAY, count: 1 },
    ]);
  });

  it('gives a lane no density row when everything fits', () => {
    const layout = computeLaneLayout([item('a', 0, 'x')], ['x'], { pxPerMs: 1 / DAY });
    expect(layout.groups[0]!.densityRow).toBeNull();
  });
});

describe('layoutZoomStep', () => {
  it('quantises down to quarter-octave steps, so small zooms reuse the layout', () => {
    expect(layoutZoomStep(1)).toBe(1);
    expect(layoutZoomStep(1.1)).toBe(1);
    expect(layoutZoomStep(1.2)).toBeCloseTo(2 ** 0.25);
    expect(layoutZoomStep(3)).toBeLessThanOrEqual(3);
  });
});

describe('truncateChars', () => {
  it('leaves short labels alone and shortens long ones with an ellipsis', () => {
    expect(truncateChars('Short', 10)).toBe('Short');
    expect(truncateChars('A rather long label indeed', 10)).toBe('A rather…');
  });
});

/** Plain first-fit with full row scans for every event: the reference the layout must match. */
function naiveRows(items: LayoutItem[], pxPerMs: number, maxRows: number): number[] {
  const origin = Math.min(...items.map((i) => i.startMs));
  const ends: number[] = [];
  const wholeEnds: number[] = [];
  return items.map((it) => {
    const [left, right, whole] = itemExtent(it, origin, { pxPerMs });
    // The first free row where the previous title stays whole, else the first free row.
    let row = ends.findIndex((e, r) => e <= left && wholeEnds[r]! <= left);
    if (row === -1) row = ends.findIndex((e) => e <= left);
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row !== -1) {
      ends[row] = right;
      wholeEnds[row] = whole;
    }
    return row;
  });
}

describe('lane layout at far zoom', () => {
  it('places exactly as a full first-fit scan would, full lanes included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 300 }), len: fc.nat(12) }), {
          minLength: 1,
          maxLength: 120,
        }),
        fc.integer({ min: 1, max: 4 }),
        (raw, maxRows) => {
          const items = raw
            .map((r, i) => item(`e${i}`, r.day, 't', 'x'.repeat(r.len)))
            .sort((a, b) => a.startMs - b.startMs);
          const pxPerMs = 1 / DAY;
          const layout = computeLaneLayout(items, ['t'], { pxPerMs, maxRowsPerLane: maxRows });
          expect([...layout.rowByIndex]).toEqual(naiveRows(items, pxPerMs, maxRows));
          const aggregated = layout.groups[0]?.density.reduce((n, b) => n + b.count, 0) ?? 0;
          expect(aggregated).toBe(layout.overflowCount);
        },
      ),
    );
  });
});

describe('cachedLaneLayout', () => {
  const items = [item('a', 0, 't'), item('b', 1, 't'), item('c', 400, 't')];
  const lanes = ['t'];

  it('returns the very same layout for the same items, lanes and step', () => {
    const step = layoutZoomStep(1 / DAY);
    expect(hasCachedLayout(items, lanes, step)).toBe(false);
    const first = cachedLaneLayout(items, lanes, step);
    expect(hasCachedLayout(items, lanes, step)).toBe(true);
    expect(cachedLaneLayout(items, lanes, step)).toBe(first);
    expect(first.rowOf.get('b')).toBe(1);
  });

  it('lays out again for another step, another item list or other options', () => {
    const step = layoutZoomStep(1 / DAY);
    const first = cachedLaneLayout(items, lanes, step);
    const zoomedIn = cachedLaneLayout(items, lanes, step * 256);
    expect(zoomedIn).not.toBe(first);
    expect(zoomedIn.rowOf.get('b')).toBe(0); // a day is now 256 px: room for both in one row
    expect(cachedLaneLayout([...items], lanes, step)).not.toBe(first);
    expect(cachedLaneLayout(items, lanes, step, { fontPx: 20 })).not.toBe(first);
  });
});

describe('fitting the lanes to a frame (the stage, a slide)', () => {
  // Twenty events on one day in each of three lanes: every one needs its own row.
  const crowd = ['a', 'b', 'c'].flatMap((lane) =>
    Array.from({ length: 20 }, (_, i) => item(`${lane}${i}`, 100, lane, `Event ${lane}${i}`)),
  );
  const lanes = ['a', 'b', 'c'];
  const step = layoutZoomStep(1 / DAY);
  const rowsOf = (rows: number) =>
    cachedLaneLayout(crowd, lanes, step, { fontPx: 12, maxRowsPerLane: rows });
  const height = (l: ReturnType<typeof rowsOf>) =>
    l.groups.reduce((h, g) => h + 1 + g.rowCount + (g.densityRow === null ? 0 : 1), 0);

  it('keeps the most rows per lane that fit, and counts the rest on each lane', () => {
    // 3 lanes × (header + rows + "+N more") ≤ 18 → 4 rows each.
    const fitted = mostRowsThatFit(rowsOf, height, 18);
    expect(fitted.groups.map((g) => g.rowCount)).toEqual([4, 4, 4]);
    expect(height(fitted)).toBeLessThanOrEqual(18);
    expect(height(mostRowsThatFit(rowsOf, height, 17))).toBeLessThanOrEqual(17);
    expect(fitted.groups.every((g) => g.densityRow !== null)).toBe(true);
  });

  it('falls back to one row per lane when nothing fits, and to every row when all fit', () => {
    expect(mostRowsThatFit(rowsOf, height, 2).groups.map((g) => g.rowCount)).toEqual([1, 1, 1]);
    expect(mostRowsThatFit(rowsOf, height, 1000).groups.map((g) => g.rowCount)).toEqual([
      12, 12, 12,
    ]);
  });

  it('remembers the layout of each rows-per-lane count side by side (no re-packing)', () => {
    const twelve = rowsOf(12);
    const three = rowsOf(3);
    expect(rowsOf(12)).toBe(twelve);
    expect(rowsOf(3)).toBe(three);
  });
});
