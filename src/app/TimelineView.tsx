import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../domain/indexes';
import { ProblemList } from '../components/DatasetStatus';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EventDetails } from '../features/details/EventDetails';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { formatEventDate } from '../lib/formatDate';
import { paddedBounds, revealInstant } from '../lib/viewport';
import {
  buildQuotedEventIndex,
  selectQuotesForPanel,
  selectVisibleSelection,
  type QuotePanelContent,
  type QuotePanelMode,
} from '../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';

export function TimelineView({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  // Re-renders only when the *set* of quotes changes, not on every zoom frame.
  const filter = useTimelineStore(useShallow((s) => s.themeFilter));
  const quotedIndex = useMemo(() => buildQuotedEventIndex(data, filter), [data, filter]);
  // A string key, so the panel re-renders only when the *set* of quotes changes, not on
  // every zoom frame.
  const panelKey = useTimelineStore((s) => {
    const c = selectQuotesForPanel(
      data,
      quotedIndex,
      selectVisibleSelection(data, s)?.id ?? null,
      s.viewport ?? bounds,
    );
    return `${c.mode}#${c.total}#${c.quotes.map((q) => q.id).join('|')}`;
  });
  const content = useMemo<QuotePanelContent>(() => {
    const [mode, total, ids] = panelKey.split('#') as [QuotePanelMode, string, string];
    const quotes = ids === '' ? [] : ids.split('|').flatMap((id) => data.quotesById.get(id) ?? []);
    return { mode, total: Number(total), quotes };
  }, [panelKey, data.quotesById]);

  const selectFromCard = useCallback(
    (eventId: string) => {
      const e = data.eventsById.get(eventId);
      if (!e) return;
      const s = store.getState();
      s.selectEvent(eventId);
      const current = s.viewport ?? bounds;
      const next = revealInstant(current, e.startMs, e.endMs, bounds);
      if (next !== current) s.setViewport(next);
    },
    [data.eventsById, store, bounds],
  );

  return (
    <div className="view">
      {data.warnings.length > 0 && (
        <details className="warnings">
          <summary>
            The dataset loaded with {data.warnings.length} warning
            {data.warnings.length === 1 ? '' : 's'}
          </summary>
          <ProblemList problems={data.warnings} />
        </details>
      )}
      <ErrorBoundary label="The theme filter">
        <ThemeFilter data={data} />
      </ErrorBoundary>
      <ErrorBoundary label="The timeline">
        <TimelineChart data={data} />
      </ErrorBoundary>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected ? `Selected: ${formatEventDate(selected)} – ${selected.title}` : ''}
      </p>
      <div className="view__panels">
        <ErrorBoundary label="The event details">
          <EventDetails data={data} event={selected} />
        </ErrorBoundary>
        <ErrorBoundary label="The quote panel">
          <QuotePanel
            data={data}
            content={content}
            selectedEventId={selected?.id ?? null}
            onSelectEvent={selectFromCard}
          />
        </ErrorBoundary>
      </div>
    </div>
  );
}
