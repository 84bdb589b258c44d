/**
 * Overlap-free placement of event marks: swimlanes by theme, and greedy first-fit interval
 * packing into rows inside each lane (in the spirit of Plot's dodge). Packing happens in pixel
 * space at a *quantised* zoom level, so the layout is computed once per dataset, filter and
 * zoom step — never per animation frame — and panning never changes it.
 */

export interface LayoutItem {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly isRange: boolean;
  /** Swimlane key (a theme id), or null for the catch-all lane. */
  readonly lane: string | null;
  /** Label as drawn (already truncated). */
  readonly label: string;
}

export interface LayoutOptions {
  /** Pixels per millisecond the layout must hold at (use `layoutZoomStep`). */
  readonly pxPerMs: number;
  readonly glyphPx?: number;
  /** Average advance of one label character, in px. Generous, so labels never collide. */
  readonly charPx?: number;
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
}

export interface LaneLayout {
  readonly groups: readonly LaneGroup[];
  /** Row of every event drawn individually; aggregated events are absent. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** The same, aligned with the input items: row, or -1 for an aggregated event. */
  readonly rowByIndex: Int32Array;
  /** All rows, density rows included. */
  readonly rowCount: number;
  readonly overflowCount: number;
}

export const MAX_LABEL_CHARS = 30;
export const DEFAULT_MAX_ROWS_PER_LANE = 12;

export function truncateLabel(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text; // UTF-16 length ≥ code points: nothing to cut
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Quantises a zoom level down to quarter-octave steps. Packing at the step's (smaller) scale
 * is conservative: zooming in only spreads marks further apart, so nothing overlaps until the
 * next step, where the layout is recomputed.
 */
export function layoutZoomStep(pxPerMs: number): number {
  if (!(pxPerMs > 0)) return 0;
  return 2 ** (Math.floor(Math.log2(pxPerMs) * 4) / 4);
}

type FullOptions = Required<LayoutOptions>;

function withDefaults(options: LayoutOptions): FullOptions {
  return {
    glyphPx: 14,
    charPx: 7.4,
    gapPx: 10,
    maxRowsPerLane: DEFAULT_MAX_ROWS_PER_LANE,
    binPx: 6,
    ...options,
  };
}

/** Pixel extent an item occupies at `pxPerMs`, relative to `origin`. */
export function itemExtent(
  item: LayoutItem,
  origin: number,
  options: LayoutOptions,
): readonly [number, number] {
  const opts = withDefaults(options);
  const x0 = (item.startMs - origin) * opts.pxPerMs;
  const barEnd = item.isRange ? (item.endMs - origin) * opts.pxPerMs : x0;
  const labelEnd = x0 + opts.glyphPx / 2 + 4 + item.label.length * opts.charPx;
  return [x0 - opts.glyphPx / 2, Math.max(barEnd, labelEnd) + opts.gapPx];
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
  const opts = withDefaults(options);
  let origin = Infinity;
  const byLane = new Map<string | null, number[]>();
  items.forEach((item, i) => {
    if (item.startMs < origin) origin = item.startMs;
    const list = byLane.get(item.lane);
    if (list) list.push(i);
    else byLane.set(item.lane, [i]);
  });
  const rowByIndex = new Int32Array(items.length).fill(-1);
  const order = laneOrder.filter((k) => byLane.has(k));
  for (const k of byLane.keys()) if (!order.includes(k)) order.push(k);

  const k = opts.pxPerMs;
  const halfGlyph = opts.glyphPx / 2;
  const binMs = k > 0 ? opts.binPx / k : Infinity;
  const groups: LaneGroup[] = [];
  let firstRow = 0;
  let overflowTotal = 0;
  const rowEnds = new Float64Array(Math.max(1, opts.maxRowsPerLane));
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
      const barEnd = item.isRange ? (item.endMs - origin) * k : x0;
      const labelEnd = x0 + halfGlyph + 4 + item.label.length * opts.charPx;
      const left = x0 - halfGlyph;
      const right = (barEnd > labelEnd ? barEnd : labelEnd) + opts.gapPx;
      let row = -1;
      // When every row ends after this mark starts, none can take it: skip the scan (at far
      // zoom almost every event lands here, so this keeps the pass linear).
      if (rowsUsed < opts.maxRowsPerLane || minEnd <= left) {
        for (let r = 0; r < rowsUsed; r++) {
          if ((rowEnds[r] ?? 0) <= left) {
            row = r;
            break;
          }
        }
        if (row === -1 && rowsUsed < opts.maxRowsPerLane) row = rowsUsed++;
      }
      if (row !== -1) {
        rowEnds[row] = right;
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
    });
    firstRow += rowsUsed + (overflow > 0 ? 1 : 0);
    overflowTotal += overflow;
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
    rowCount: firstRow,
    overflowCount: overflowTotal,
  };
}

/** Layouts already computed, per item list (one per dataset and filter), by zoom step. */
const layoutCache = new WeakMap<
  readonly LayoutItem[],
  { laneOrder: readonly (string | null)[]; key: string; byStep: Map<number, LaneLayout> }
>();
/** Zoom steps remembered per item list: a few octaves either side of the current view. */
const CACHED_STEPS = 12;

function cacheFor(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  options: Omit<LayoutOptions, 'pxPerMs'>,
) {
  const key = JSON.stringify(options);
  let entry = layoutCache.get(items);
  if (entry?.laneOrder !== laneOrder || entry.key !== key) {
    entry = { laneOrder, key, byStep: new Map() };
    layoutCache.set(items, entry);
  }
  return entry.byStep;
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
