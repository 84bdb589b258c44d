/**
 * Hit-testing for what the canvas draws: which mark or density bin is under a point.
 * Marks are indexed per row (a 1-D spatial index: start times sorted, so a lookup is a binary
 * search plus a short walk back over marks whose labels could reach the point).
 */
import { lowerBound } from './timeIndex';
import type { DensityBin } from './laneLayout';

export interface RowMark {
  readonly index: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /** Width of glyph and label, in px (constant under zoom). */
  readonly widthPx: number;
}

export interface RowIndex {
  readonly starts: Float64Array;
  readonly marks: readonly RowMark[];
  readonly maxWidthPx: number;
  readonly maxDurationMs: number;
}

export type MarkSpatialIndex = ReadonlyMap<number, RowIndex>;

/** Builds one row index per row from marks given in start order. */
export function buildMarkIndex(marks: readonly (RowMark & { row: number })[]): MarkSpatialIndex {
  const byRow = new Map<number, RowMark[]>();
  for (const m of marks) {
    const list = byRow.get(m.row);
    if (list) list.push(m);
    else byRow.set(m.row, [m]);
  }
  const out = new Map<number, RowIndex>();
  for (const [row, list] of byRow) {
    list.sort((a, b) => a.startMs - b.startMs);
    out.set(row, {
      starts: Float64Array.from(list.map((m) => m.startMs)),
      marks: list,
      maxWidthPx: list.reduce((w, m) => Math.max(w, m.widthPx), 0),
      maxDurationMs: list.reduce((d, m) => Math.max(d, m.isRange ? m.endMs - m.startMs : 0), 0),
    });
  }
  return out;
}

/**
 * The mark in `row` under the instant `ms`, given the current scale. A mark covers from
 * half a glyph before its start to the end of its label or bar, whichever is further.
 * Later-starting marks win (they are drawn on top).
 */
export function hitTestRow(
  index: MarkSpatialIndex,
  row: number,
  ms: number,
  pxPerMs: number,
  glyphPx = 14,
): RowMark | null {
  const r = index.get(row);
  if (!r || pxPerMs <= 0) return null;
  const halfGlyphMs = glyphPx / 2 / pxPerMs;
  let i = lowerBound(r.starts, ms + halfGlyphMs + 1e-9) - 1;
  const reachMs = Math.max(r.maxWidthPx / pxPerMs, r.maxDurationMs) + halfGlyphMs;
  for (; i >= 0; i--) {
    const m = r.marks[i] as RowMark;
    if (m.startMs < ms - reachMs) break;
    const right = Math.max(m.startMs + m.widthPx / pxPerMs, m.isRange ? m.endMs : m.startMs);
    if (ms >= m.startMs - halfGlyphMs && ms <= right) return m;
  }
  return null;
}

/** The density bin containing `ms`, by binary search over bins in time order. */
export function hitTestDensity(bins: readonly DensityBin[], ms: number): DensityBin | null {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bins[mid] as DensityBin).endMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  const b = bins[lo];
  return b && b.startMs <= ms && ms < b.endMs ? b : null;
}

/** Row under a y coordinate, given each row's top (ascending) and a common row height. */
export function rowAtY(
  rowTops: readonly (readonly [row: number, top: number])[],
  y: number,
  rowHeight: number,
): number | null {
  let lo = 0;
  let hi = rowTops.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rowTops[mid] as readonly [number, number])[1] <= y) lo = mid + 1;
    else hi = mid;
  }
  const hit = rowTops[lo - 1];
  return hit && y < hit[1] + rowHeight ? hit[0] : null;
}
