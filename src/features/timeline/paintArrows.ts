/**
 * Paints link arrows (lib/chart/linkArrows) on the chart's canvas: curve, dash, head. Arrows
 * of one look (colour, width, dash, opacity) share one path and one stroke, and their heads one
 * fill and one stroke: with many links shown most arrows share the thin, faint look, so a frame
 * costs a few canvas calls per look rather than per arrow (a canvas dash restarts on each
 * subpath, so each curve keeps its own pattern). The selected event's arrows paint last, on top.
 */
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

const filledHead = (a: SceneArrow) =>
  a.head === 'dot' || a.head === 'triangle' || a.head === 'diamond';

export function paintArrows(ctx: CanvasRenderingContext2D, arrows: readonly SceneArrow[]) {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const { arrows: group } of arrowLooks(arrows)) {
    const a0 = group[0] as SceneArrow;
    ctx.globalAlpha = a0.opacity;
    ctx.strokeStyle = a0.color;
    ctx.fillStyle = a0.color;
    ctx.lineWidth = a0.width;
    ctx.setLineDash(
      a0.dash.length > 0 ? a0.dash.map((d) => d * Math.max(1, a0.width / 1.6)) : NO_DASH,
    );
    ctx.beginPath();
    for (const a of group) {
      ctx.moveTo(a.x0, a.y0);
      ctx.quadraticCurveTo(a.cx, a.cy, a.x1, a.y1);
    }
    ctx.stroke();
    ctx.setLineDash(NO_DASH);
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
