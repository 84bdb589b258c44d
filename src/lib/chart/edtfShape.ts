/**
 * How an EDTF date is drawn, as shape (never hue alone): the pure part of the chart's honest
 * marks. Times are in ms; a caller maps them to pixels with its own scale.
 *   - a plain date or plain interval: a solid extent;
 *   - approximate / uncertain / unspecified digits: a soft extent (faint band) around the known extent;
 *   - an interval with an open (`..`) or unknown (empty) end: the known part solid, then a fade;
 *   - "or later" `[x..]`: an open arrow pointing later; "or earlier" `[..x]`: one pointing earlier;
 *   - "one of a set": a tick at each member.
 */
import { softExtent, type EdtfPoint, type EdtfValue } from '../../domain/edtf';

export type EdtfShapePart =
  | { readonly kind: 'solid'; readonly startMs: number; readonly endMs: number }
  | { readonly kind: 'soft'; readonly startMs: number; readonly endMs: number }
  | { readonly kind: 'fade'; readonly fromMs: number; readonly direction: 'later' | 'earlier' }
  | { readonly kind: 'arrow'; readonly atMs: number; readonly direction: 'later' | 'earlier' }
  | { readonly kind: 'tick'; readonly atMs: number };

function isSoft(p: EdtfPoint): boolean {
  return p.qualifier !== null || p.unspecified !== null;
}

function pointParts(p: EdtfPoint): EdtfShapePart[] {
  if (!isSoft(p)) return [{ kind: 'solid', startMs: p.startMs, endMs: p.endMs }];
  const [s, e] = softExtent(p);
  return [{ kind: 'soft', startMs: s, endMs: e }];
}

/** The parts that draw one EDTF value, earliest first where that is defined. */
export function edtfShape(v: EdtfValue): readonly EdtfShapePart[] {
  if (v.kind === 'date') return pointParts(v.point);
  if (v.kind === 'set') {
    const parts: EdtfShapePart[] = v.points.map((p) => ({ kind: 'tick', atMs: p.startMs }));
    const first = v.points[0];
    const last = v.points[v.points.length - 1];
    if (v.earlier && first !== undefined)
      parts.unshift({ kind: 'arrow', atMs: first.startMs, direction: 'earlier' });
    if (v.later && last !== undefined)
      parts.push({ kind: 'arrow', atMs: last.endMs, direction: 'later' });
    return parts;
  }
  const { start, end } = v;
  if (typeof start !== 'string' && typeof end !== 'string') {
    const halos = [start, end].filter(isSoft).flatMap(pointParts);
    return [{ kind: 'solid', startMs: start.startMs, endMs: end.endMs }, ...halos];
  }
  if (typeof start !== 'string') {
    return [...pointParts(start), { kind: 'fade', fromMs: start.endMs, direction: 'later' }];
  }
  if (typeof end !== 'string') {
    return [{ kind: 'fade', fromMs: end.startMs, direction: 'earlier' }, ...pointParts(end)];
  }
  return [];
}
