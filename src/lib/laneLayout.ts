/**
 * Overlap-free placement of event marks: swimlanes by theme, and greedy first-fit interval
 * packing into rows inside each lane (in the spirit of Plot's dodge). Packing happens in pixel
 * space at a *quantised* zoom level, so the layout is computed once per dataset, filter and
 * zoom step — never per animation frame — and panning never changes it.
 *
 * Labels are whole titles. Packing keeps each label the room its title needs, up to
 * `reservePx`; a longer title runs on as far as the next mark in its row (see `nextInRow`)
 * and is cut only there. Among the rows free for an event, the first one where the previous
 * event's title stays whole is preferred, so titles are cut only where rows run out.
 */
import { estimateWidth } from './chart/textMetrics';
import { BASE_FONT_PX } from './chartGeometry';

export interface LayoutItem {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /** Swimlane key (a theme id), or null for the catch-all lane. */
  readonly lane: string | null;
  /** The label: the event's whole title (the chart cuts it where it would collide). */
  readonly label: string;
}

export interface LayoutOptions {
  /** Pixels per millisecond the layout must hold at (use `layoutZoomStep`). */
  readonly pxPerMs: number;
  readonly glyphPx?: number;
  /** Size of the label font, in px: label widths come from lib/chart/textMetrics. */
  readonly fontPx?: number;
  /** From a mark's centre to the start of its label. */
  readonly labelOffsetPx?: number;
  /** The most room kept for one label (a longer title gets what its row leaves it). */
  readonly reservePx?: number;
  readonly gapPx?: number;
  /**
   * Rows a lane may use before further events are aggregated into its density row
   * (level of detail): the chart stays readable however many events there are.
   */
  readonly maxRowsPerLane?: number;
  /** Width of one density bin, in px at `pxPerMs`. */
  readonly binPx?: number;
}

/** Events that did not fit a lane's rows, counted per small time bin. */
export interface DensityBin {
  readonly startMs: number;
  readonly endMs: number;
  readonly count: number;
}

export interface LaneGroup {
  readonly key: string | null;
  readonly firstRow: number;
  /** Rows holding individual events. */
  readonly rowCount: number;
  /** The row drawing aggregated events, or null when every event got a row of its own. */
  readonly densityRow: number | null;
  readonly density: readonly DensityBin[];
  /** How many events this lane aggregates. */
  readonly overflowCount: number;
  /** How many events the lane holds (placed and aggregated). */
  readonly eventCount: number;
}

export interface LaneLayout {
  readonly groups: readonly LaneGroup[];
  /** Row of every event drawn individually; aggregated events are absent. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The same, aligned with the input items: row, or -1 for an aggregated event. */
  readonly rowByIndex: Int32Array;
  /** For each placed item, the index of the next item in its row, or -1 (the last one). */
  readonly nextInRow: Int32Array;
  /** All rows, density rows included. */
  readonly rowCount: number;
  readonly overflowCount: number;
}

export const DEFAULT_MAX_ROWS_PER_LANE = 12;

/**
 * Quantises a zoom level down to quarter-octave steps. Packing at the step's (smaller) scale
 * is conservative: zooming in only spreads marks further apart, so nothing overlaps until the
 * next step, where the layout is recomputed.
 */
export function layoutZoomStep(pxPerMs: number): number {
  if (!(pxPerMs > 0)) return 0;
  return 2 ** (Math.floor(Math.log2(pxPerMs) * 4) / 4);
}

export type FullLayoutOptions = Required<LayoutOptions>;

/** The options with every default filled in (the measures scale with the font size). */
export function fullLayoutOptions(options: LayoutOptions): FullLayoutOptions {
  const fontPx = options.fontPx ?? BASE_FONT_PX;
  const s = fontPx / BASE_FONT_PX;
  return {
    glyphPx: 14 * s,
    fontPx,
    labelOffsetPx: 12 * s,
    reservePx: 18 * fontPx,
    gapPx: 10 * s,
    maxRowsPerLane: DEFAULT_MAX_ROWS_PER_LANE,
    binPx: 6,
    ...options,
  };
}

/** Label widths per item list and font size, measured when first needed. */
const widthCache = new WeakMap<readonly LayoutItem[], Map<number, Float32Array>>();

function labelWidths(items: readonly LayoutItem[], fontPx: number): Float32Array {
  let byFont = widthCache.get(items);
  if (!byFont) {
    byFont = new Map();
    widthCache.set(items, byFont);
  }
  let widths = byFont.get(fontPx);
  if (!widths) {
    widths = new Float32Array(items.length).fill(NaN);
    byFont.set(fontPx, widths);
  }
  return widths;
}

/** The estimated width of an item's whole label, in px (remembered per item list). */
export function labelWidthOf(items: readonly LayoutItem[], i: number, fontPx: number): number {
  const widths = labelWidths(items, fontPx);
  let w = widths[i] ?? NaN;
  if (Number.isNaN(w)) {
    w = estimateWidth((items[i] as LayoutItem).label, fontPx);
    widths[i] = w;
  }
  return w;
}

/**
 * Greedy first-fit packing per swimlane, in date order. Items are expected in start order
 * (the dataset's order); they are sorted only if they are not. O(n · maxRowsPerLane).
 */
export function computeLaneLayout(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  options: LayoutOptions,
): LaneLayout {
  const opts = fullLayoutOptions(options);
  let origin = Infinity;
  const byLane = new Map<string | null, number[]>();
  items.forEach((item, i) => {
    if (item.startMs < origin) origin = item.startMs;
    const list = byLane.get(item.lane);
    if (list) list.push(i);
    else byLane.set(item.lane, [i]);
  });
  const rowByIndex = new Int32Array(items.length).fill(-1);
  const nextInRow = new Int32Array(items.length).fill(-1);
  // Only lanes that hold events: a theme whose events all sit in other lanes has none.
  const order = laneOrder.filter((k) => byLane.has(k));
  for (const k of byLane.keys()) if (!order.includes(k)) order.push(k);

  const k = opts.pxPerMs;
  const halfGlyph = opts.glyphPx / 2;
  const binMs = k > 0 ? opts.binPx / k : Infinity;
  const widths = labelWidths(items, opts.fontPx);
  const groups: LaneGroup[] = [];
  let firstRow = 0;
  let overflowTotal = 0;
  const maxRows = Math.max(1, opts.maxRowsPerLane);
  const rowEnds = new Float64Array(maxRows);
  /** Where each row's last label ends when whole. */
  const rowFullEnds = new Float64Array(maxRows);
  const lastInRow = new Int32Array(maxRows).fill(-1);
  for (const key of order) {
    const laneIdx = byLane.get(key) ?? [];
    const at = (i: number) => items[i] as LayoutItem;
    let sorted = true;
    for (let i = 1; i < laneIdx.length; i++) {
      if (at(laneIdx[i] ?? 0).startMs < at(laneIdx[i - 1] ?? 0).startMs) {
        sorted = false;
        break;
      }
    }
    if (!sorted) laneIdx.sort((a, b) => at(a).startMs - at(b).startMs || at(a).endMs - at(b).endMs);
    let rowsUsed = 0;
    /** The earliest end among the lane's rows, once all of them are in use. */
    let minEnd = -Infinity;
    const density: DensityBin[] = [];
    let binIndex = NaN;
    let binCount = 0;
    let overflow = 0;
    for (const index of laneIdx) {
      const item = at(index);
      const x0 = (item.startMs - origin) * k;
      const left = x0 - halfGlyph;
      let row = -1;
      // When every row ends after this mark starts, none can take it: skip the scan (at far
      // zoom almost every event lands here, so this keeps the pass linear).
      if (rowsUsed < opts.maxRowsPerLane || minEnd <= left) {
        for (let r = 0; r < rowsUsed; r++) {
          if ((rowEnds[r] ?? 0) > left) continue;
          if (row === -1) row = r;
          if ((rowFullEnds[r] ?? 0) <= left) {
            row = r;
            break;
          }
        }
        if (row === -1 && rowsUsed < opts.maxRowsPerLane) row = rowsUsed++;
      }
      if (row !== -1) {
        let w = widths[index] ?? NaN;
        if (Number.isNaN(w)) {
          w = estimateWidth(item.label, opts.fontPx);
          widths[index] = w;
        }
        const barEnd = item.isRange ? (item.endMs - origin) * k : x0;
        const labelStart = x0 + opts.labelOffsetPx;
        const reserved = labelStart + (w < opts.reservePx ? w : opts.reservePx);
        rowEnds[row] = (barEnd > reserved ? barEnd : reserved) + opts.gapPx;
        rowFullEnds[row] = (barEnd > labelStart + w ? barEnd : labelStart + w) + opts.gapPx;
        const prev = lastInRow[row] ?? -1;
        if (prev >= 0) nextInRow[prev] = index;
        lastInRow[row] = index;
        if (rowsUsed === opts.maxRowsPerLane) {
          minEnd = Infinity;
          for (let r = 0; r < rowsUsed; r++) minEnd = Math.min(minEnd, rowEnds[r] ?? 0);
        }
        rowByIndex[index] = firstRow + row;
        continue;
      }
      overflow++;
      const bi = Math.floor((item.startMs - origin) / binMs);
      if (bi !== binIndex) {
        if (binCount > 0) {
          const s0 = origin + binIndex * binMs;
          density.push({ startMs: s0, endMs: s0 + binMs, count: binCount });
        }
        binIndex = bi;
        binCount = 0;
      }
      binCount++;
    }
    if (binCount > 0) {
      const s0 = origin + binIndex * binMs;
      density.push({ startMs: s0, endMs: s0 + binMs, count: binCount });
    }
    const densityRow = overflow > 0 ? firstRow + rowsUsed : null;
    groups.push({
      key,
      firstRow,
      rowCount: rowsUsed,
      densityRow,
      density,
      overflowCount: overflow,
      eventCount: laneIdx.length,
    });
    firstRow += rowsUsed + (overflow > 0 ? 1 : 0);
    overflowTotal += overflow;
    lastInRow.fill(-1);
  }
  let rowOf: Map<string, number> | undefined;
  return {
    groups,
    // By id, built only if asked for (the chart reads rowByIndex).
    get rowOf() {
      if (rowOf === undefined) {
        rowOf = new Map();
        for (let i = 0; i < items.length; i++) {
          const row = rowByIndex[i] ?? -1;
          if (row >= 0) rowOf.set((items[i] as LayoutItem).id, row);
        }
      }
      return rowOf;
    },
    rowByIndex,
    nextInRow,
    rowCount: firstRow,
    overflowCount: overflowTotal,
  };
}

/**
 * Layouts already computed, per item list (one per dataset and filter), by options (the stage
 * asks for several rows-per-lane counts) and by zoom step.
 */
const layoutCache = new WeakMap<
  readonly LayoutItem[],
  { laneOrder: readonly (string | null)[]; byKey: Map<string, Map<number, LaneLayout>> }
>();
/** Zoom steps remembered per item list: a few octaves either side of the current view. */
const CACHED_STEPS = 12;
/** Option sets remembered per item list (rows per lane 1 to 12, a font size or two). */
const CACHED_OPTIONS = 16;

function cacheFor(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  options: Omit<LayoutOptions, 'pxPerMs'>,
) {
  const key = JSON.stringify(options);
  let entry = layoutCache.get(items);
  if (entry?.laneOrder !== laneOrder) {
    entry = { laneOrder, byKey: new Map() };
    layoutCache.set(items, entry);
  }
  let byStep = entry.byKey.get(key);
  if (byStep === undefined) {
    if (entry.byKey.size >= CACHED_OPTIONS) entry.byKey.clear();
    byStep = new Map();
    entry.byKey.set(key, byStep);
  }
  return byStep;
}

export function hasCachedLayout(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  step: number,
  options: Omit<LayoutOptions, 'pxPerMs'> = {},
): boolean {
  return cacheFor(items, laneOrder, options).has(step);
}

/**
 * `computeLaneLayout` at a quantised zoom step, remembered per item list: returning to a zoom
 * level costs nothing, and the same inputs always give the same (identical) layout object.
 */
/**
 * The layout with the most rows per lane (up to `maxRows`, the app's 12) whose height fits
 * `maxHeight`, else the one-row layout: what a slide or the presenter's stage shows, so that
 * the lanes fit the frame and what has no row is counted on each lane's "+N more" row.
 * `pack(rows)` lays out with that many rows per lane; `heightOf` measures a layout.
 */
export function mostRowsThatFit(
  pack: (rowsPerLane: number) => LaneLayout,
  heightOf: (layout: LaneLayout) => number,
  maxHeight: number,
  maxRows = DEFAULT_MAX_ROWS_PER_LANE,
): LaneLayout {
  for (let rows = Math.max(1, maxRows); rows > 1; rows--) {
    const layout = pack(rows);
    if (heightOf(layout) <= maxHeight) return layout;
  }
  return pack(1);
}

export function cachedLaneLayout(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  step: number,
  options: Omit<LayoutOptions, 'pxPerMs'> = {},
): LaneLayout {
  const byStep = cacheFor(items, laneOrder, options);
  let layout = byStep.get(step);
  if (layout === undefined) {
    layout = computeLaneLayout(items, laneOrder, { ...options, pxPerMs: step });
    if (byStep.size >= CACHED_STEPS) {
      const oldest = byStep.keys().next();
      if (oldest.done !== true) byStep.delete(oldest.value);
    }
    byStep.set(step, layout);
  }
  return layout;
}
