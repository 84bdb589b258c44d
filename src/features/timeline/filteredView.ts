/**
 * What the chart shows under a filter: the shown events (with their emphasis), the chart's
 * items, and a time index of each. Computed once per dataset and filter, and remembered for
 * the last few filters, so switching a theme off and on again (the usual way to compare) or
 * back to "all themes" costs nothing the second time: the same items also find their lane
 * layouts already packed (cachedLaneLayout is keyed by the items).
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { compileFilter, laneThemeWith, type ThemeFilter } from '../../lib/emphasis';
import { buildTimeIndex, type TimeIndex } from '../../lib/timeIndex';
import { selectShownEvents, type ShownEvent } from '../../store/selectors';
import type { ChartItem } from './drawTimeline';

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
}

/** How many filters are remembered per dataset (each holds every shown item). */
export const REMEMBERED_FILTERS = 3;

const cache = new WeakMap<LoadedDataset, Map<string, FilteredView>>();
/** The last item made for each event (items are immutable, so equal ones can be shared). */
const itemOf = new WeakMap<DatedEvent, ChartItem>();

function keyOf(choice: FilterChoice): string {
  const themes = choice.filter === null ? '*' : [...choice.filter].sort().join('\u0000');
  return `${choice.dimFiltered ? 'dim' : 'hide'}\u0001${choice.spotlight?.sourceId ?? ''}\u0001${themes}`;
}

export function computeFilteredView(
  data: LoadedDataset,
  choice: FilterChoice,
  labelOf: (e: DatedEvent) => string,
): FilteredView {
  const { filter } = choice;
  const shown = selectShownEvents(
    data,
    filter,
    choice.dimFiltered,
    choice.spotlight?.eventIds ?? null,
  );
  const themeIndex = new Map(data.dataset.themes.map((t, i) => [t.id, i]));
  const active = compileFilter(filter);
  const items: ChartItem[] = [];
  for (const { event, emphasis } of shown) {
    if (event.kind === 'conference') continue;
    const lane = laneThemeWith(event, active);
    const dimmed = emphasis === 'dimmed';
    // Most events look the same under the next filter: reuse their item rather than make
    // 100,000 new objects per toggle.
    const label = labelOf(event);
    const known = itemOf.get(event);
    if (
      known !== undefined &&
      known.lane === lane &&
      known.dimmed === dimmed &&
      known.label === label
    ) {
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
      themeIndex: lane === null ? -1 : (themeIndex.get(lane) ?? -1),
      dimmed,
      approximate: event.dateCertainty !== undefined && event.dateCertainty !== 'exact',
    };
    itemOf.set(event, item);
    items.push(item);
  }
  return {
    shown,
    shownIndex: buildTimeIndex(shown.map((s) => s.event)),
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
  let views = cache.get(data);
  if (!views) {
    views = new Map();
    cache.set(data, views);
  }
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
