/**
 * What the chart shows under a filter: the shown events (with their emphasis), the chart's
 * items, and a time index of each. Computed once per dataset and filter, and remembered for
 * the last few filters, so switching a theme off and on again (the usual way to compare) or
 * back to "all themes" costs nothing the second time: the same items also find their lane
 * layouts already packed (cachedLaneLayout is keyed by the items).
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import {
  compileFilter,
  laneThemeWith,
  matchesWith,
  shownEmphasis,
  type ShownEvent,
  type ThemeFilter,
} from '../emphasis';
import type { LayoutItem } from '../laneLayout';
import { buildTimeIndex, type TimeIndex } from '../timeIndex';

/** A mark of the chart: an event placed in a lane, with how it is shown. */
export interface ChartItem extends LayoutItem {
  readonly event: DatedEvent;
  /** Index into the dataset's themes of the lane theme, or -1. */
  readonly themeIndex: number;
  readonly dimmed: boolean;
  readonly approximate: boolean;
}

/** The chart's label for an event: its whole title. */
export function titleLabel(e: DatedEvent): string {
  return e.title;
}

export interface FilteredView {
  /** Events shown (normal or dimmed), in date order. */
  readonly shown: readonly ShownEvent[];
  readonly shownIndex: TimeIndex<DatedEvent>;
  /** The marks: shown events without the conferences (those are bands). */
  readonly items: readonly ChartItem[];
  readonly itemIndex: TimeIndex<ChartItem>;
}

export interface FilterChoice {
  readonly filter: ThemeFilter;
  readonly dimFiltered: boolean;
  /** With a source highlighted: its id and the events that cite it. */
  readonly spotlight: { readonly sourceId: string; readonly eventIds: ReadonlySet<string> } | null;
  /** "My notes": only these events match (the others are hidden or dimmed); null: no such filter. */
  readonly only?: ReadonlySet<string> | null;
}

/** How many filters are remembered per dataset (each holds every shown item). */
export const REMEMBERED_FILTERS = 3;

/**
 * Per dataset (and label function): the last few views, and by event position the objects a
 * view is made of, kept for the next filter.
 * Items and shown-event entries are immutable, so a filter toggle reuses every one that looks
 * the same and allocates only for events whose lane or emphasis changed (at 100,000 events,
 * new objects and per-object lookups were most of a toggle's cost).
 */
interface Parts {
  readonly labelOf: (e: DatedEvent) => string;
  /** The last few views, least recently used first. */
  readonly views: Map<string, FilteredView>;
  readonly labels: (string | undefined)[];
  readonly items: (ChartItem | undefined)[];
  readonly normal: (ShownEvent | undefined)[];
  readonly dimmed: (ShownEvent | undefined)[];
  readonly themeIndex: ReadonlyMap<string, number>;
  /**
   * Each event's themes as bits (and CONFERENCE), so a filter is checked with one AND and no
   * property lookups; null when the dataset has over 31 themes or events with undeclared ones.
   */
  readonly masks: Uint32Array | null;
  /** Each event's first theme (its lane whenever that theme is on), as a theme position; -1 for none. */
  readonly firstTheme: Int8Array | null;
}
const CONFERENCE = 0x80000000;
const MAX_MASK_THEMES = 31;
const partsCache = new WeakMap<LoadedDataset, Parts>();

function themeBits(
  data: LoadedDataset,
  themeIndex: ReadonlyMap<string, number>,
): { masks: Uint32Array; firstTheme: Int8Array } | null {
  if (themeIndex.size > MAX_MASK_THEMES) return null;
  const masks = new Uint32Array(data.events.length);
  const firstTheme = new Int8Array(data.events.length).fill(-1);
  for (let i = 0; i < data.events.length; i++) {
    const e = data.events[i] as DatedEvent;
    let m = e.kind === 'conference' ? CONFERENCE : 0;
    for (const t of e.themes) {
      const bit = themeIndex.get(t);
      if (bit === undefined) return null;
      m |= 1 << bit;
    }
    masks[i] = m >>> 0;
    if (e.themes.length > 0) firstTheme[i] = themeIndex.get(e.themes[0] as string) ?? -1;
  }
  return { masks, firstTheme };
}

/** The filter as theme bits (themes the dataset lacks match no event); null = every theme. */
function filterMask(filter: ThemeFilter, themeIndex: ReadonlyMap<string, number>): number | null {
  if (filter === null) return null;
  let m = 0;
  for (const t of filter) {
    const bit = themeIndex.get(t);
    if (bit !== undefined) m |= 1 << bit;
  }
  return (m | CONFERENCE) >>> 0;
}

/** An array of n empty slots, filled (so it stays a fast array, not a dictionary). */
function slots<T>(n: number): (T | undefined)[] {
  return new Array<T | undefined>(n).fill(undefined);
}

function partsFor(data: LoadedDataset, labelOf: (e: DatedEvent) => string): Parts {
  let parts = partsCache.get(data);
  if (parts?.labelOf !== labelOf) {
    const n = data.events.length;
    const themeIndex = new Map(data.dataset.themes.map((t, i) => [t.id, i]));
    const bits = themeBits(data, themeIndex);
    parts = {
      labelOf,
      views: new Map(),
      labels: slots(n),
      items: slots(n),
      normal: slots(n),
      dimmed: slots(n),
      themeIndex,
      masks: bits?.masks ?? null,
      firstTheme: bits?.firstTheme ?? null,
    };
    partsCache.set(data, parts);
  }
  return parts;
}

function keyOf(choice: FilterChoice): string {
  const themes = choice.filter === null ? '*' : [...choice.filter].sort().join('\u0000');
  const only = choice.only ? [...choice.only].sort().join('\u0000') : '*';
  return `${choice.dimFiltered ? 'dim' : 'hide'}\u0001${choice.spotlight?.sourceId ?? ''}\u0001${themes}\u0001${only}`;
}

export function computeFilteredView(
  data: LoadedDataset,
  choice: FilterChoice,
  labelOf: (e: DatedEvent) => string,
): FilteredView {
  const parts = partsFor(data, labelOf);
  const active = compileFilter(choice.filter);
  const spotlight = choice.spotlight?.eventIds ?? null;
  const only = choice.only ?? null;
  const shown: ShownEvent[] = [];
  const shownEvents: DatedEvent[] = [];
  const items: ChartItem[] = [];
  const events = data.events;
  const { masks, firstTheme } = parts;
  const themeIds = data.dataset.themes.map((t) => t.id);
  const want = masks === null ? null : filterMask(choice.filter, parts.themeIndex);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as DatedEvent;
    const matches =
      (masks === null
        ? matchesWith(event, active)
        : want === null || ((masks[i] as number) & want) !== 0) &&
      (!only || event.kind === 'conference' || only.has(event.id));
    const emphasis = shownEmphasis(
      matches,
      choice.dimFiltered,
      spotlight === null || spotlight.has(event.id),
    );
    if (emphasis === 'hidden') continue;
    const dimmed = emphasis === 'dimmed';
    const byEmphasis = dimmed ? parts.dimmed : parts.normal;
    let entry = byEmphasis[i];
    if (entry === undefined) {
      entry = { event, emphasis };
      byEmphasis[i] = entry;
    }
    shown.push(entry);
    shownEvents.push(event);
    if (event.kind === 'conference') continue;
    // Usually the event's first theme; laneThemeWith looks further only when that one is off.
    const first = firstTheme === null ? -1 : (firstTheme[i] as number);
    const lane =
      first >= 0 && (want === null || (want & (1 << first)) !== 0)
        ? (themeIds[first] as string)
        : laneThemeWith(event, active);
    let label = parts.labels[i];
    if (label === undefined) {
      label = labelOf(event);
      parts.labels[i] = label;
    }
    const known = parts.items[i];
    if (known !== undefined && known.lane === lane && known.dimmed === dimmed) {
      items.push(known);
      continue;
    }
    const item: ChartItem = {
      id: event.id,
      startMs: event.startMs,
      endMs: event.endMs,
      isRange: event.isRange,
      lane,
      label,
      event,
      themeIndex: lane === null ? -1 : (parts.themeIndex.get(lane) ?? -1),
      dimmed,
      approximate: event.dateCertainty !== undefined && event.dateCertainty !== 'exact',
    };
    parts.items[i] = item;
    items.push(item);
  }
  return {
    shown,
    shownIndex: buildTimeIndex(shownEvents),
    items,
    itemIndex: buildTimeIndex(items),
  };
}

/** The view for a filter: from memory when it was one of the last few, else computed. */
export function filteredView(
  data: LoadedDataset,
  choice: FilterChoice,
  labelOf: (e: DatedEvent) => string,
): FilteredView {
  const { views } = partsFor(data, labelOf);
  const key = keyOf(choice);
  const known = views.get(key);
  if (known) {
    // Most recently used last.
    views.delete(key);
    views.set(key, known);
    return known;
  }
  const view = computeFilteredView(data, choice, labelOf);
  views.set(key, view);
  while (views.size > REMEMBERED_FILTERS) {
    const oldest = views.keys().next().value;
    if (oldest === undefined) break;
    views.delete(oldest);
  }
  return view;
}
