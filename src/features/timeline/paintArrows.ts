/**
 * Paints link arrows (lib/chart/linkArrows) on the chart's canvas: curve, dash, head. Arrows
 * of one look (colour, width, dash, opacity) share one path and one stroke, and their heads one
 * fill and one stroke: with many links shown most arrows share the thin, faint look, so a frame
 * costs a few canvas calls per look rather than per arrow (a canvas dash restarts on each
 * subpath, so each curve keeps its own pattern). The selected event's arrows paint last, on top.
 * Given the frame, each curve is cut to it first (lib/chart/arrowClip): the canvas would dash
 * the parts off screen too, which cost more than the rest of the chart's frame.
 */
import { clipCurve, dashPeriod, type ClipFrame } from '../../lib/chart/arrowClip';
import type { SceneArrow } from '../../lib/chart/linkArrows';

const NO_DASH: number[] = [];

interface Look {
  readonly arrows: SceneArrow[];
  readonly strong: boolean;
}

function lookKey(a: SceneArrow): string {
  return `${a.strong ? 1 : 0}|${a.color}|${a.width}|${a.opacity}|${a.dash.join(',')}`;
}

/** The arrows by look, in first-seen order, the strong looks last. */
export function arrowLooks(arrows: readonly SceneArrow[]): Look[] {
  const looks = new Map<string, Look>();
  for (const a of arrows) {
    const key = lookKey(a);
    let look = looks.get(key);
    if (!look) {
      look = { arrows: [], strong: a.strong };
      looks.set(key, look);
    }
    look.arrows.push(a);
  }
  const all = [...looks.values()];
  return [...all.filter((l) => !l.strong), ...all.filter((l) => l.strong)];
}

function traceHead(ctx: CanvasRenderingContext2D, a: SceneArrow) {
  const p = a.headPoints;
  if (a.head === 'dot') {
    ctx.moveTo((p[0] ?? 0) + (p[2] ?? 0), p[1] ?? 0);
    ctx.arc(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, 0, Math.PI * 2);
    return;
  }
  ctx.moveTo(p[0] ?? 0, p[1] ?? 0);
  for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i] ?? 0, p[i + 1] ?? 0);
  if (a.head === 'triangle' || a.head === 'diamond') ctx.closePath();
}

/**
 * A round-capped dash pattern as butt-capped dashes: each dash longer by the line width, each
 * gap shorter by as much (never below a tenth of it), the period unchanged.
 */
export function buttDash(dash: readonly number[], width: number): number[] {
  const even = dash.length % 2 === 1 ? [...dash, ...dash] : dash;
  return even.map((d, i) => {
    const grow = Math.min(width, (even[i % 2 === 0 ? i + 1 : i] ?? 0) * 0.9);
    return i % 2 === 0 ? d + grow : d - grow;
  });
}

const filledHead = (a: SceneArrow) =>
  a.head === 'dot' || a.head === 'triangle' || a.head === 'diamond';

export function paintArrows(
  ctx: CanvasRenderingContext2D,
  arrows: readonly SceneArrow[],
  frame?: ClipFrame,
) {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const { arrows: group } of arrowLooks(arrows)) {
    const a0 = group[0] as SceneArrow;
    ctx.globalAlpha = a0.opacity;
    ctx.strokeStyle = a0.color;
    ctx.fillStyle = a0.color;
    ctx.lineWidth = a0.width;
    const dash = a0.dash.length > 0 ? a0.dash.map((d) => d * Math.max(1, a0.width / 1.6)) : NO_DASH;
    const period = dashPeriod(dash);
    // Dashes with butt caps, each lengthened by the caps it would have had (and the gaps
    // shortened as much), cover the same stretch as round-capped ones at about half the cost.
    if (dash.length > 0) {
      ctx.lineCap = 'butt';
      const butt = buttDash(dash, a0.width);
      ctx.setLineDash(butt);
      // The first dash starts half a cap early, where its round cap began.
      ctx.lineDashOffset = ((butt[0] ?? 0) - (dash[0] ?? 0)) / 2;
    } else {
      ctx.lineCap = 'round';
      ctx.setLineDash(NO_DASH);
      ctx.lineDashOffset = 0;
    }
    ctx.beginPath();
    for (const a of group) {
      const c = frame ? clipCurve(a, frame, period, a0.width * 2 + 2) : a;
      if (!c) continue;
      ctx.moveTo(c.x0, c.y0);
      ctx.quadraticCurveTo(c.cx, c.cy, c.x1, c.y1);
    }
    ctx.stroke();
    ctx.setLineDash(NO_DASH);
    ctx.lineCap = 'round';
    ctx.lineDashOffset = 0;
    let filled = false;
    let stroked = false;
    for (const a of group) {
      if (a.head === null) continue;
      if (filledHead(a)) filled = true;
      else stroked = true;
    }
    if (filled) {
      ctx.beginPath();
      for (const a of group) if (a.head !== null && filledHead(a)) traceHead(ctx, a);
      ctx.fill();
    }
    if (stroked) {
      ctx.beginPath();
      for (const a of group) if (a.head !== null && !filledHead(a)) traceHead(ctx, a);
      ctx.stroke();
    }
  }
  ctx.restore();
}
