/**
 * The part of an arrow's curve that can show in the frame, for painting. A canvas dashes the
 * whole of a curve, on screen or not, and with links shown most arrows run far past the frame
 * towards events off screen, so the dashing (one stroked segment per dash) cost more than the
 * rest of the chart's frame. The cut-off start moves back to a whole number of dash periods
 * from the arrow's real start, so the dashes left stay exactly where they were: panning does not
 * make them crawl. Pure, in px of the frame.
 */
import type { QuadCurve } from './sceneTypes';

export interface ClipFrame {
  readonly width: number;
  readonly height: number;
}

/** Samples along the curve for its length table. */
const STEPS = 64;

function at(c: QuadCurve, t: number): [number, number] {
  const u = 1 - t;
  return [
    u * u * c.x0 + 2 * u * t * c.cx + t * t * c.x1,
    u * u * c.y0 + 2 * u * t * c.cy + t * t * c.y1,
  ];
}

/** The same curve between parameters t0 and t1 (its blossom), as a quadratic of its own. */
export function subCurve(c: QuadCurve, t0: number, t1: number): QuadCurve {
  const [x0, y0] = at(c, t0);
  const [x1, y1] = at(c, t1);
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const d = t0 * t1;
  return {
    x0,
    y0,
    cx: a * c.x0 + b * c.cx + d * c.x1,
    cy: a * c.y0 + b * c.cy + d * c.y1,
    x1,
    y1,
  };
}

/**
 * The curve cut to the frame (grown by `margin` px on every side, for line width and caps), or
 * the curve itself when it lies inside, or null when no part of it is in the frame. `period`:
 * the dash pattern's length in px (0 for a solid line), which the cut start is aligned to.
 */
export function clipCurve(
  c: QuadCurve,
  frame: ClipFrame,
  period: number,
  margin = 8,
): QuadCurve | null {
  const inside = (x: number, y: number) =>
    x >= -margin && x <= frame.width + margin && y >= -margin && y <= frame.height + margin;
  if (inside(c.x0, c.y0) && inside(c.x1, c.y1) && inside(c.cx, c.cy)) return c;
  const xs: number[] = [];
  const ys: number[] = [];
  const len: number[] = [0];
  for (let i = 0; i <= STEPS; i++) {
    const [x, y] = at(c, i / STEPS);
    xs.push(x);
    ys.push(y);
    if (i > 0) len.push((len[i - 1] ?? 0) + Math.hypot(x - (xs[i - 1] ?? 0), y - (ys[i - 1] ?? 0)));
  }
  // The first and last sample steps whose box meets the frame.
  const meets = (i: number) => {
    const ax = xs[i] ?? 0;
    const bx = xs[i + 1] ?? 0;
    const ay = ys[i] ?? 0;
    const by = ys[i + 1] ?? 0;
    return (
      Math.max(ax, bx) >= -margin &&
      Math.min(ax, bx) <= frame.width + margin &&
      Math.max(ay, by) >= -margin &&
      Math.min(ay, by) <= frame.height + margin
    );
  };
  let first = -1;
  let last = -1;
  for (let i = 0; i < STEPS; i++) {
    if (!meets(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  let t0 = first / STEPS;
  const t1 = (last + 1) / STEPS;
  if (first > 0 && period > 0) {
    // Back to a whole number of periods from the start, by the length table.
    const s = Math.floor((len[first] ?? 0) / period) * period;
    let i = first;
    while (i > 0 && (len[i] ?? 0) > s) i--;
    const a = len[i] ?? 0;
    const b = len[i + 1] ?? a;
    t0 = (i + (b > a ? (s - a) / (b - a) : 0)) / STEPS;
  }
  if (t0 <= 0 && t1 >= 1) return c;
  return subCurve(c, Math.max(0, t0), Math.min(1, t1));
}

/** A canvas dash pattern's period: an odd-length list is repeated to make it even. */
export function dashPeriod(dash: readonly number[]): number {
  const sum = dash.reduce((a, b) => a + b, 0);
  return dash.length % 2 === 1 ? sum * 2 : sum;
}
