/**
 * Link arrows (lib/chart/linkArrows) as SVG: the same curve, dash and head the canvas paints
 * (features/timeline/paintArrows), so a slide shows the arrows the chart showed.
 */
import type { SceneArrow } from '../chart/linkArrows';
import { el, num, quadPath } from './xml';

function headSvg(a: SceneArrow): string {
  const p = a.headPoints.map(num);
  if (a.head === null || p.length === 0) return '';
  if (a.head === 'dot') return el('circle', { cx: p[0], cy: p[1], r: p[2], fill: a.color });
  const points = [];
  for (let i = 0; i + 1 < p.length; i += 2) points.push(`${p[i] ?? 0},${p[i + 1] ?? 0}`);
  const closed = a.head === 'triangle' || a.head === 'diamond';
  return el(closed ? 'polygon' : 'polyline', {
    points: points.join(' '),
    fill: closed ? a.color : 'none',
    stroke: closed ? undefined : a.color,
    'stroke-width': closed ? undefined : a.width,
  });
}

export function arrowsSvg(arrows: readonly SceneArrow[]): string {
  if (arrows.length === 0) return '';
  const body = arrows
    .map((a) =>
      el(
        'g',
        {
          class: `link-arrow link-arrow--${a.kind}`,
          'data-from': a.from,
          'data-to': a.to,
          opacity: a.opacity === 1 ? undefined : a.opacity,
        },
        el('path', {
          d: quadPath(a),
          fill: 'none',
          stroke: a.color,
          'stroke-width': a.width,
          'stroke-dasharray':
            a.dash.length > 0
              ? a.dash.map((d) => num(d * Math.max(1, a.width / 1.6))).join(' ')
              : undefined,
        }) + headSvg(a),
      ),
    )
    .join('');
  return el('g', { class: 'links', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, body);
}
