/** Paints link arrows (lib/chart/linkArrows) on the chart's canvas: curve, dash, head. */
import type { SceneArrow } from '../../lib/chart/linkArrows';

const NO_DASH: number[] = [];

export function paintArrows(ctx: CanvasRenderingContext2D, arrows: readonly SceneArrow[]) {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const a of arrows) {
    ctx.globalAlpha = a.opacity;
    ctx.strokeStyle = a.color;
    ctx.fillStyle = a.color;
    ctx.lineWidth = a.width;
    ctx.setLineDash(
      a.dash.length > 0 ? a.dash.map((d) => d * Math.max(1, a.width / 1.6)) : NO_DASH,
    );
    ctx.beginPath();
    ctx.moveTo(a.x0, a.y0);
    ctx.quadraticCurveTo(a.cx, a.cy, a.x1, a.y1);
    ctx.stroke();
    if (a.head === null) continue;
    const p = a.headPoints;
    ctx.setLineDash(NO_DASH);
    ctx.beginPath();
    if (a.head === 'dot') {
      ctx.arc(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.moveTo(p[0] ?? 0, p[1] ?? 0);
    for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i] ?? 0, p[i + 1] ?? 0);
    if (a.head === 'triangle' || a.head === 'diamond') {
      ctx.closePath();
      ctx.fill();
    } else {
      ctx.stroke();
    }
  }
  ctx.restore();
}
