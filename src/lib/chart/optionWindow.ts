/**
 * The accessible layer over the canvas: which events get a focusable option in the DOM. Only
 * those near the view at rest (never one per event in the dataset), plus the focused and the
 * selected event wherever they are. Pure: the chart passes its items, layout and view.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { LaneLayout } from '../laneLayout';
import { forEachInWindow, indexOfItem, type TimeIndex } from '../timeIndex';
import { span, type Domain } from '../viewport';
import type { ChartItem } from './chartItems';

/** Most accessible mark elements kept in the DOM at once. */
export const MAX_OPTIONS = 600;

export interface MarkOption {
  readonly id: string;
  /** Pixels from the chart's left edge, for the settled view. */
  readonly x: number;
  readonly y: number;
  readonly widthPx: number;
  readonly ariaLabel: string;
  readonly dimmed: boolean;
}

/** What the options are laid out from: the view at rest and the layout of that moment. */
export interface OptionsView {
  readonly settled: Domain;
  /** Pixels per millisecond of the settled view. */
  readonly settledK: number;
  readonly itemIndex: TimeIndex<ChartItem>;
  readonly layout: LaneLayout;
  readonly items: readonly ChartItem[];
  readonly rowTop: Float64Array;
  readonly rowHeight: number;
}

/** How an option is made for an item at (x, y): its label, its width. */
export type MakeOption = (item: ChartItem, index: number, x: number, y: number) => MarkOption;

export interface PlacedOption {
  /** Index in the items' date order. */
  readonly pos: number;
  readonly option: MarkOption;
}

/**
 * The materialised window: which part of the timeline keeps DOM options. It changes only
 * when the view pans by half its width or zooms by a factor of two, not every frame.
 */
export function materialWindow(domain: Domain): Domain {
  const level = Math.round(Math.log2(Math.max(1, span(domain))));
  const q = 2 ** level / 4;
  return [Math.floor(domain[0] / q) * q - q, Math.ceil(domain[1] / q) * q + q];
}

/** Options for the placed events of the materialised window, in date order, at most `max`. */
export function windowOptions(
  view: OptionsView,
  make: MakeOption,
  max = MAX_OPTIONS,
): { placed: PlacedOption[]; options: MarkOption[]; ids: Set<string> } {
  const win = materialWindow(view.settled);
  const placed: PlacedOption[] = [];
  forEachInWindow(view.itemIndex, win[0], win[1], (i) => {
    if (placed.length >= max) return false;
    const row = view.layout.rowByIndex[i] ?? -1;
    if (row < 0) return;
    const it = view.items[i] as ChartItem;
    const y = (view.rowTop[row] ?? 0) + view.rowHeight / 2;
    placed.push({ pos: i, option: make(it, i, (it.startMs - view.settled[0]) * view.settledK, y) });
  });
  return {
    placed,
    options: placed.map((o) => o.option),
    ids: new Set(placed.map((o) => o.option.id)),
  };
}

export interface KeptPlace {
  readonly item: ChartItem;
  readonly pos: number;
  readonly y: number;
  /** Counted into its lane's density row by the layout (drawn there, on top). */
  readonly aggregated: boolean;
}

/**
 * Where the given events sit in a layout: on their own row, or (`aggregated`) on their lane's
 * density row when the layout counted them into it. Events the filter hides are left out.
 */
export function placeKept(
  ids: readonly string[],
  data: Pick<LoadedDataset, 'eventsById'>,
  view: Pick<OptionsView, 'items' | 'itemIndex' | 'layout' | 'rowTop' | 'rowHeight'>,
): KeptPlace[] {
  const out: KeptPlace[] = [];
  for (const id of ids) {
    const e = data.eventsById.get(id);
    const i = e === undefined ? -1 : indexOfItem(view.itemIndex, id, e.startMs);
    if (i < 0) continue;
    const item = view.items[i] as ChartItem;
    let row = view.layout.rowByIndex[i] ?? -1;
    const aggregated = row < 0;
    if (aggregated) {
      const densityRow = view.layout.groups.find((g) => g.key === item.lane)?.densityRow;
      if (densityRow === null || densityRow === undefined) continue;
      row = densityRow;
    }
    out.push({ item, pos: i, y: (view.rowTop[row] ?? 0) + view.rowHeight / 2, aggregated });
  }
  return out;
}

/**
 * The window's options with the kept (focused, selected) events added where missing, in a
 * stable date order: React then never moves an existing node, so the focused option keeps
 * its focus when the set around it changes.
 */
export function withKeptOptions(
  win: { placed: readonly PlacedOption[]; options: MarkOption[]; ids: ReadonlySet<string> },
  kept: readonly KeptPlace[],
  view: Pick<OptionsView, 'settled' | 'settledK'>,
  make: MakeOption,
): MarkOption[] {
  const extra = kept
    .filter((k) => !win.ids.has(k.item.id))
    .map((k) => ({
      pos: k.pos,
      option: make(k.item, k.pos, (k.item.startMs - view.settled[0]) * view.settledK, k.y),
    }));
  if (extra.length === 0) return win.options;
  return [...win.placed, ...extra].sort((a, b) => a.pos - b.pos).map((o) => o.option);
}

/** Width an option covers: the glyph and the label as drawn at the settled view. */
export function optionWidth(
  view: Pick<OptionsView, 'items' | 'layout' | 'settledK'>,
  i: number,
  m: { labelOffset: number; glyphPx: number; labelGap: number; fontPx: number },
  measure: (text: string, fontPx: number) => number,
): number {
  const it = view.items[i] as ChartItem;
  const w = measure(it.label, m.fontPx);
  const next = i >= 0 ? (view.layout.nextInRow[i] ?? -1) : -1;
  if (next < 0) return m.labelOffset + w;
  const gap = ((view.items[next] as ChartItem).startMs - it.startMs) * view.settledK;
  const room = gap - m.glyphPx / 2 - m.labelGap - m.labelOffset;
  return m.labelOffset + Math.max(0, Math.min(w, room));
}
