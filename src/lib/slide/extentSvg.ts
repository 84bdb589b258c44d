/**
 * An EDTF date's form (scene `extents`, see lib/chart/sceneEdtf) as SVG, drawn as the canvas
 * draws it: solid parts as bars, soft parts as faint bands, fades as a linear gradient to
 * transparent, open arrows as an unfilled head on a line, and ticks. Each part carries its
 * kind as a class (`edtf-soft`, `edtf-fade`, …) so a reader of the file can tell them apart.
 * Pure.
 */
import { SOFT_OPACITY } from '../chart/sceneEdtf';
import type { SceneExtent } from '../chart/sceneTypes';
import { el, num } from './xml';

const idPart = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

export function extentSvg(e: SceneExtent): string {
  return e.parts
    .map((p, i) => {
      const stroke = { stroke: e.color, 'stroke-width': e.lineWidth, fill: 'none' };
      if (p.kind === 'solid' || p.kind === 'soft') {
        return el('rect', {
          class: `edtf-${p.kind}`,
          x: p.x,
          y: p.y,
          width: p.width,
          height: p.height,
          fill: e.color,
          'fill-opacity': p.kind === 'soft' ? SOFT_OPACITY : undefined,
        });
      }
      if (p.kind === 'fade') {
        const id = `edtf-fade-${idPart(e.id)}-${String(i)}`;
        const later = p.direction === 'later';
        const stops =
          el('stop', { offset: 0, 'stop-color': e.color, 'stop-opacity': later ? 1 : 0 }) +
          el('stop', { offset: 1, 'stop-color': e.color, 'stop-opacity': later ? 0 : 1 });
        return (
          el('defs', {}, el('linearGradient', { id, x1: 0, x2: 1, y1: 0, y2: 0 }, stops)) +
          el('rect', {
            class: 'edtf-fade',
            'data-direction': p.direction,
            x: p.x,
            y: p.y,
            width: p.width,
            height: p.height,
            fill: `url(#${id})`,
          })
        );
      }
      if (p.kind === 'arrow') {
        const back = p.direction === 'later' ? -p.head : p.head;
        const d =
          `M${num(p.x)} ${num(p.y)}H${num(p.tipX)}` +
          `M${num(p.tipX + back)} ${num(p.y - p.head)}L${num(p.tipX)} ${num(p.y)}L${num(p.tipX + back)} ${num(p.y + p.head)}`;
        return el('path', { class: 'edtf-arrow', 'data-direction': p.direction, d, ...stroke });
      }
      return el('path', {
        class: 'edtf-tick',
        d: `M${num(p.x)} ${num(p.y0)}V${num(p.y1)}`,
        ...stroke,
      });
    })
    .join('');
}
