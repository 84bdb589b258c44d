/**
 * The scene's drawing of an EDTF date's form (edtfShape in px): called only for events whose
 * date uses EDTF beyond a plain date or interval, so plain datasets (the WPC data, the
 * benchmarks) never reach it. Geometry follows the chart's bars: a solid part sits where a
 * bar would, a soft part is a faint band around the mark's row, a fade runs from the known
 * part for FADE_PX, an arrow leaves the mark, and ticks stand under it.
 */
import type { ChartItem } from './chartItems';
import { edtfShape } from './edtfShape';
import type { SceneExtent, SceneExtentPart } from './sceneTypes';

/** How far an open or unknown end fades out, in px at scale 1. */
export const FADE_PX = 48;
/** The opacity of a soft extent's band. */
export const SOFT_OPACITY = 0.22;
const ARROW_PX = 18;

export interface ExtentFrame {
  readonly s: number;
  readonly width: number;
  readonly glyphR: number;
  readonly xOf: (ms: number) => number;
}

/** The extent that draws an item's EDTF form at row centre y, or null for a plain date. */
export function composeExtent(
  it: ChartItem,
  y: number,
  color: string,
  opacity: number,
  f: ExtentFrame,
): SceneExtent | null {
  const edtf = it.event.edtf;
  if (edtf === undefined) return null;
  const { s, glyphR: r, xOf } = f;
  const clamp = (x: number) => Math.min(f.width + 8, Math.max(-8, x));
  const parts: SceneExtentPart[] = [];
  const barY = y + 6 * s;
  const barH = 5 * s;
  for (const p of edtfShape(edtf.value)) {
    if (p.kind === 'solid') {
      // A closed interval's bar is drawn already (scene bars).
      if (it.isRange) continue;
      const x0 = clamp(xOf(p.startMs));
      parts.push({
        kind: 'solid',
        x: x0,
        y: barY,
        width: Math.max(1, clamp(xOf(p.endMs)) - x0),
        height: barH,
      });
    } else if (p.kind === 'soft') {
      const x0 = clamp(xOf(p.startMs));
      const x1 = clamp(xOf(p.endMs));
      parts.push({
        kind: 'soft',
        x: x0,
        y: y - 9 * s,
        width: Math.max(2 * r, x1 - x0),
        height: 18 * s,
      });
    } else if (p.kind === 'fade') {
      const x = xOf(p.fromMs);
      const len = FADE_PX * s;
      parts.push({
        kind: 'fade',
        direction: p.direction,
        x: p.direction === 'later' ? x : x - len,
        y: barY,
        width: len,
        height: barH,
      });
    } else if (p.kind === 'arrow') {
      const dir = p.direction === 'later' ? 1 : -1;
      const x = xOf(p.atMs) + dir * (r + 2 * s);
      parts.push({
        kind: 'arrow',
        direction: p.direction,
        x,
        y,
        tipX: x + dir * ARROW_PX * s,
        head: 5 * s,
      });
    } else {
      parts.push({ kind: 'tick', x: xOf(p.atMs), y0: y + r + 2 * s, y1: y + r + 8 * s });
    }
  }
  if (parts.length === 0) return null;
  return { id: it.id, color, opacity, lineWidth: 1.5 * s, parts };
}
