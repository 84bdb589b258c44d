import { describe, expect, it } from 'vitest';
import { clipCurve, dashPeriod, subCurve } from '../../../../src/lib/chart/arrowClip';
import type { QuadCurve } from '../../../../src/lib/chart/sceneTypes';

const FRAME = { width: 800, height: 400 };
const at = (c: QuadCurve, t: number) => {
  const u = 1 - t;
  return [
    u * u * c.x0 + 2 * u * t * c.cx + t * t * c.x1,
    u * u * c.y0 + 2 * u * t * c.cy + t * t * c.y1,
  ] as const;
};
/** Arc length from the curve's start to parameter t, finely. */
const lengthTo = (c: QuadCurve, t: number) => {
  let s = 0;
  let [px, py] = at(c, 0);
  for (let i = 1; i <= 20000; i++) {
    const [x, y] = at(c, (t * i) / 20000);
    s += Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  return s;
};
/** Parameter of the point of c nearest to (x, y). */
const nearestT = (c: QuadCurve, x: number, y: number) => {
  let best = 0;
  let d = Infinity;
  for (let i = 0; i <= 100000; i++) {
    const [qx, qy] = at(c, i / 100000);
    const e = Math.hypot(qx - x, qy - y);
    if (e < d) {
      d = e;
      best = i / 100000;
    }
  }
  return { t: best, d };
};

// From far left of the frame to far right, bowed up into it.
const long: QuadCurve = { x0: -4000, y0: 300, cx: 400, cy: 180, x1: 4800, y1: 300 };

describe('clipCurve', () => {
  it('leaves a curve inside the frame as it is', () => {
    const c = { x0: 100, y0: 300, cx: 300, cy: 200, x1: 500, y1: 300 };
    expect(clipCurve(c, FRAME, 11)).toBe(c);
  });

  it('drops a curve with no part in the frame', () => {
    expect(clipCurve({ x0: -900, y0: 300, cx: -500, cy: 200, x1: -100, y1: 300 }, FRAME, 0)).toBe(
      null,
    );
  });

  it('cuts a long curve to the frame, on the same curve, still crossing all of it', () => {
    const c = clipCurve(long, FRAME, 0);
    if (!c) throw new Error('clipped away');
    expect(c.x0).toBeLessThan(0);
    expect(c.x1).toBeGreaterThan(FRAME.width);
    // Far shorter than the whole curve (under a quarter of its width).
    expect(c.x1 - c.x0).toBeLessThan((long.x1 - long.x0) / 4);
    // Every point of the cut curve lies on the original.
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      const [x, y] = at(c, t);
      expect(nearestT(long, x, y).d).toBeLessThan(0.05);
    }
  });

  it('starts the cut a whole number of dash periods along, so the dashes stay put', () => {
    const period = 11;
    const c = clipCurve(long, FRAME, period);
    if (!c) throw new Error('clipped away');
    const { t } = nearestT(long, c.x0, c.y0);
    expect(t).toBeGreaterThan(0);
    const s = lengthTo(long, t);
    const off = s - Math.round(s / period) * period;
    expect(Math.abs(off)).toBeLessThan(0.3);
  });
});

describe('subCurve', () => {
  it('is the original curve between the two parameters', () => {
    const c = subCurve(long, 0.3, 0.6);
    for (const u of [0, 0.5, 1]) {
      const [x, y] = at(c, u);
      const [ex, ey] = at(long, 0.3 + 0.3 * u);
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });
});

describe('dashPeriod', () => {
  it('is the pattern’s length, an odd list counted twice as the canvas repeats it', () => {
    expect(dashPeriod([7, 4])).toBe(11);
    expect(dashPeriod([3])).toBe(6);
    expect(dashPeriod([])).toBe(0);
  });
});
