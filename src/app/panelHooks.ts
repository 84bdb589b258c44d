import { useCallback, useMemo } from 'react';
import { useAfterPaint } from '../components/useAfterPaint';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../domain/indexes';
import { emphasisFor, type ThemeFilter } from '../lib/emphasis';
import { revealInstant, type Domain } from '../lib/viewport';
import type { DatedEvent } from '../domain/types';
import {
  buildQuotedEventIndex,
  selectMatchingEvents,
  selectQuotesForPanel,
  type QuotePanelContent,
  type QuotePanelMode,
} from '../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { useSettledViewport } from '../store/useSettledViewport';

/**
 * The quote panel's cards (the selected event's, else those of the events in view that the
 * theme filter and "Only my notes" / "N disputed" keep, as on the chart) and the filter as the
 * panels see it. The filter arrives a render behind the chart, so a toggle
 * repaints the timeline first; the view is the one at rest, so a zoom gesture never rebuilds
 * the cards; and the content changes identity only when the *set* of quotes changes.
 */
export function usePanelQuotes(
  data: LoadedDataset,
  selectedId: string | null,
  bounds: Domain,
  only: ReadonlySet<string> | null = null,
): { content: QuotePanelContent; filter: ThemeFilter } {
  const filter = useAfterPaint(useTimelineStore(useShallow((s) => s.themeFilter)));
  const quotedIndex = useMemo(
    () => buildQuotedEventIndex(data, filter, only),
    [data, filter, only],
  );
  const settledViewport = useSettledViewport();
  const key = useMemo(() => {
    const c = selectQuotesForPanel(data, quotedIndex, selectedId, settledViewport ?? bounds);
    return `${c.mode}#${c.total}#${c.quotes.map((q) => q.id).join('|')}`;
  }, [data, quotedIndex, selectedId, settledViewport, bounds]);
  const content = useMemo<QuotePanelContent>(() => {
    const [mode, total, ids] = key.split('#') as [QuotePanelMode, string, string];
    const quotes = ids === '' ? [] : ids.split('|').flatMap((id) => data.quotesById.get(id) ?? []);
    return { mode, total: Number(total), quotes };
  }, [key, data.quotesById]);
  return { content, filter };
}

/** Selects an event and brings it into view; shows it even if the filter hid it. */
export function useSelectFromCard(data: LoadedDataset, bounds: Domain): (eventId: string) => void {
  const store = useTimelineStoreApi();
  return useCallback(
    (eventId: string) => {
      const e = data.eventsById.get(eventId);
      if (!e) return;
      const s = store.getState();
      if (emphasisFor(e, s.themeFilter, s.dimFiltered) === 'hidden') s.showAllThemes();
      s.selectEvent(eventId);
      const current = s.viewport ?? bounds;
      const next = revealInstant(current, e.startMs, e.endMs, bounds);
      if (next !== current) s.setViewport(next);
    },
    [data.eventsById, store, bounds],
  );
}

const NO_EVENTS: readonly DatedEvent[] = [];

/**
 * The table's rows: the events the filter shows, and of them only those "Only my notes" and
 * "N disputed" keep (`only`, as on the chart), worked out only while the table is on screen
 * (at 100,000 events a walk over all of them on every toggle of the chart would be wasted).
 */
export function useTableEvents(
  data: LoadedDataset,
  filter: ThemeFilter,
  tableShown: boolean,
  only: ReadonlySet<string> | null = null,
): readonly DatedEvent[] {
  return useMemo(() => {
    if (!tableShown) return NO_EVENTS;
    const events = selectMatchingEvents(data, filter);
    return only ? events.filter((e) => only.has(e.id)) : events;
  }, [tableShown, data, filter, only]);
}
