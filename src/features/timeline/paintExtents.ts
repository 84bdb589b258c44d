/**
 * Paints the forms of EDTF dates (scene `extents`, see lib/chart/sceneEdtf) on the canvas:
 * solid parts as bars, soft parts as faint bands, fades as bars whose opacity runs out,
 * open arrows as a line and an unfilled head, and ticks. Shape carries the form; the colour
 * is the event's theme colour, as for its bar.
 */
import type { SceneExtent } from '../../lib/chart/sceneTypes';
import { SOFT_OPACITY } from '../../lib/chart/sceneEdtf';

export function paintExtents(ctx: CanvasRenderingContext2D, extents: readonly SceneExtent[]) {
  ctx.save();
  for (const e of extents) {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.lineWidth;
    for (const p of e.parts) {
      if (p.kind === 'solid' || p.kind === 'soft') {
        ctx.globalAlpha = e.opacity * (p.kind === 'soft' ? SOFT_OPACITY : 1);
        ctx.fillStyle = e.color;
        ctx.fillRect(p.x, p.y, p.width, p.height);
      } else if (p.kind === 'fade') {
        const later = p.direction === 'later';
        const g = ctx.createLinearGradient(p.x, 0, p.x + p.width, 0);
        g.addColorStop(later ? 0 : 1, e.color);
        g.addColorStop(later ? 1 : 0, 'rgba(255,255,255,0)');
        ctx.globalAlpha = e.opacity;
        ctx.fillStyle = g;
        ctx.fillRect(p.x, p.y, p.width, p.height);
      } else if (p.kind === 'arrow') {
        const back = p.direction === 'later' ? -p.head : p.head;
        ctx.globalAlpha = e.opacity;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(p.tipX, p.y);
        ctx.moveTo(p.tipX + back, p.y - p.head);
        ctx.lineTo(p.tipX, p.y);
        ctx.lineTo(p.tipX + back, p.y + p.head);
        ctx.stroke();
      } else {
        ctx.globalAlpha = e.opacity;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y0);
        ctx.lineTo(p.x, p.y1);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}
