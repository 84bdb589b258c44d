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
}

export interface LaneGroup {
  readonly key: string | null;
  readonly firstRow: number;
  readonly rowCount: number;
}

export interface LaneLayout {
  readonly groups: readonly LaneGroup[];
  readonly rowOf: ReadonlyMap<string, number>;
  readonly rowCount: number;
}

export const MAX_LABEL_CHARS = 30;

export function truncateLabel(text: string, max = MAX_LABEL_CHARS): string {
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

/** Pixel extent an item occupies at `pxPerMs`, relative to `origin`. */
export function itemExtent(
  item: LayoutItem,
  origin: number,
  opts: Required<LayoutOptions>,
): readonly [number, number] {
  const x0 = (item.startMs - origin) * opts.pxPerMs;
  const barEnd = item.isRange ? (item.endMs - origin) * opts.pxPerMs : x0;
  const labelEnd = x0 + opts.glyphPx / 2 + 4 + Array.from(item.label).length * opts.charPx;
  return [x0 - opts.glyphPx / 2, Math.max(barEnd, labelEnd) + opts.gapPx];
}

export function computeLaneLayout(
  items: readonly LayoutItem[],
  laneOrder: readonly (string | null)[],
  options: LayoutOptions,
): LaneLayout {
  const opts: Required<LayoutOptions> = { glyphPx: 14, charPx: 7.4, gapPx: 10, ...options };
  const origin = items.reduce((m, i) => Math.min(m, i.startMs), Infinity);
  const byLane = new Map<string | null, LayoutItem[]>();
  for (const item of items) {
    const list = byLane.get(item.lane);
    if (list) list.push(item);
    else byLane.set(item.lane, [item]);
  }
  const order = [...laneOrder.filter((k) => byLane.has(k))];
  for (const k of byLane.keys()) if (!order.includes(k)) order.push(k);

  const rowOf = new Map<string, number>();
  const groups: LaneGroup[] = [];
  let firstRow = 0;
  for (const key of order) {
    const laneItems = [...(byLane.get(key) ?? [])].sort(
      (a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : 1),
    );
    const rowEnds: number[] = [];
    for (const item of laneItems) {
      const [left, right] = itemExtent(item, origin, opts);
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(right);
      } else {
        rowEnds[row] = right;
      }
      rowOf.set(item.id, firstRow + row);
    }
    groups.push({ key, firstRow, rowCount: rowEnds.length });
    firstRow += rowEnds.length;
  }
  return { groups, rowOf, rowCount: firstRow };
}
