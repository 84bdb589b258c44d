import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent, Quote } from '../domain/types';
import {
  compileFilter,
  emphasisFor,
  emphasisWith,
  eventsCitingSource,
  type ThemeFilter,
} from '../lib/emphasis';
import type { Domain } from '../lib/viewport';
import { buildTimeIndex, forEachInWindow, type TimeIndex } from '../lib/timeIndex';

/** The events that cite a source, directly or through one of their quotes. */
export function selectEventsCitingSource(data: LoadedDataset, sourceId: string): Set<string> {
  return eventsCitingSource(data, sourceId);
}

/** Events that pass the filter (not merely dimmed), in date order: the table's rows. */
export function selectMatchingEvents(data: LoadedDataset, filter: ThemeFilter): DatedEvent[] {
  const active = compileFilter(filter);
  return data.events.filter((e) => emphasisWith(e, active, false) === 'normal');
}

export type QuotePanelMode = 'event' | 'view';

export interface QuotePanelContent {
  readonly mode: QuotePanelMode;
  readonly quotes: readonly Quote[];
  /** How many quotes the panel would list without its limit. */
  readonly total: number;
  /** A heading of its own, e.g. the mood band segment the quotes come from. */
  readonly label?: string;
}

/** The events that have quotes, in date order: once per dataset. */
const quotedEventsCache = new WeakMap<LoadedDataset, readonly DatedEvent[]>();

function quotedEvents(data: LoadedDataset): readonly DatedEvent[] {
  let out = quotedEventsCache.get(data);
  if (out === undefined) {
    out = data.events.filter((e) => data.quotesByEventId.has(e.id));
    quotedEventsCache.set(data, out);
  }
  return out;
}

/**
 * The events that match the filter and have quotes, indexed by time (built per filter, from
 * the quoted events only: a toggle does not walk the whole dataset).
 */
export function buildQuotedEventIndex(
  data: LoadedDataset,
  filter: ThemeFilter,
  only: ReadonlySet<string> | null = null,
): TimeIndex<DatedEvent> {
  const active = compileFilter(filter);
  return buildTimeIndex(
    quotedEvents(data).filter(
      (e) => emphasisWith(e, active, false) === 'normal' && (only === null || only.has(e.id)),
    ),
  );
}

export const QUOTE_PANEL_LIMIT = 40;

/**
 * With an event selected: that event's quotes. With none: the quotes of the matching
 * events in view, in date order, up to `limit` (the total is counted). A quote also has to
 * match the theme filter through its event, so the panel never shows what the timeline hides.
 */
export function selectQuotesForPanel(
  data: LoadedDataset,
  quoted: TimeIndex<DatedEvent>,
  selectedEventId: string | null,
  domain: Domain,
  limit = QUOTE_PANEL_LIMIT,
): QuotePanelContent {
  if (selectedEventId !== null && data.eventsById.has(selectedEventId)) {
    const quotes = data.quotesByEventId.get(selectedEventId) ?? [];
    return { mode: 'event', quotes, total: quotes.length };
  }
  const quotes: Quote[] = [];
  let total = 0;
  forEachInWindow(quoted, domain[0], domain[1], (i) => {
    const list = data.quotesByEventId.get((quoted.items[i] as DatedEvent).id) ?? [];
    total += list.length;
    for (const q of list) if (quotes.length < limit) quotes.push(q);
  });
  return { mode: 'view', quotes, total };
}

/** The selected event, unless the filter hides it (the filter applies to details and cards too). */
export function selectVisibleSelection(
  data: LoadedDataset,
  s: { selectedEventId: string | null; themeFilter: ThemeFilter; dimFiltered: boolean },
): DatedEvent | null {
  if (s.selectedEventId === null) return null;
  const e = data.eventsById.get(s.selectedEventId);
  if (!e || emphasisFor(e, s.themeFilter, s.dimFiltered) === 'hidden') return null;
  return e;
}
