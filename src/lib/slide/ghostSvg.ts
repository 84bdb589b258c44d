/**
 * The ghosts of competing date claims (lib/chart/claimGhosts) as SVG: the same dashed
 * outlines, glyphs and curves the canvas paints (features/timeline/paintGhosts), so a slide or
 * an exported chart shows the disputed dates the chart showed. Each ghost is a group carrying
 * its event's id and the claim's index.
 */
import type { SceneGhost } from '../chart/claimGhosts';
import { el, num, quadPath } from './xml';

export function ghostsSvg(ghosts: readonly SceneGhost[], kind: SceneGhost['kind']): string {
  return ghosts
    .filter((g) => g.kind === kind)
    .map((g) => {
      const stroke = {
        fill: 'none',
        stroke: g.color,
        'stroke-width': g.lineWidth,
        'stroke-dasharray': `${num(g.dash[0])} ${num(g.dash[1])}`,
      };
      const half = g.lineWidth / 2;
      const box =
        g.width > 0 && g.height > 0
          ? el('rect', {
              x: g.x + half,
              y: g.y + half,
              width: Math.max(0, g.width - g.lineWidth),
              height: Math.max(0, g.height - g.lineWidth),
              ...stroke,
            })
          : '';
      const glyph = g.glyph
        ? el('circle', { cx: g.glyph.x, cy: g.glyph.y, r: g.glyph.r, ...stroke })
        : '';
      const l = g.link;
      const link = l
        ? el('path', {
            d: quadPath(l),
            ...stroke,
          })
        : '';
      return el(
        'g',
        {
          class: `claim-ghost claim-ghost--${g.kind}`,
          'data-event-id': g.id,
          'data-claim': g.claim,
          opacity: g.opacity === 1 ? undefined : g.opacity,
        },
        box + glyph + link,
      );
    })
    .join('');
}
