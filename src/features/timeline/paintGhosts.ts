/**
 * Paints the ghosts of competing date claims (scene `ghosts`, see lib/chart/claimGhosts) on the
 * canvas: dashed outlines only, never a fill, so a claimed date never reads as an event.
 * Bands' ghosts are painted with the bands, marks' ghosts under the marks.
 */
import type { SceneGhost } from '../../lib/chart/claimGhosts';

export function paintGhosts(
  ctx: CanvasRenderingContext2D,
  ghosts: readonly SceneGhost[],
  kind: SceneGhost['kind'],
) {
  ctx.save();
  for (const g of ghosts) {
    if (g.kind !== kind) continue;
    ctx.globalAlpha = g.opacity;
    ctx.strokeStyle = g.color;
    ctx.lineWidth = g.lineWidth;
    ctx.setLineDash([g.dash[0], g.dash[1]]);
    const half = g.lineWidth / 2;
    if (g.width > 0 && g.height > 0)
      ctx.strokeRect(g.x + half, g.y + half, g.width - g.lineWidth, g.height - g.lineWidth);
    if (g.glyph) {
      ctx.beginPath();
      ctx.arc(g.glyph.x, g.glyph.y, g.glyph.r, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (g.link) {
      const l = g.link;
      ctx.beginPath();
      ctx.moveTo(l.x0, l.y0);
      ctx.quadraticCurveTo(l.cx, l.cy, l.x1, l.y1);
      ctx.stroke();
    }
  }
  ctx.restore();
}
