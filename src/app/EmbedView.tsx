import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../domain/indexes';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OpenFullViewLink } from '../features/embed/OpenFullViewLink';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { EventTable } from '../features/table/EventTable';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { emphasisFor } from '../lib/emphasis';
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
import { useI18n } from '../i18n/useI18n';
import { contentLangOf } from '../i18n/locales';

/**
 * The embed (`?embed=1`): the theme filters, the timeline (or the table, with `view=table`)
 * and the quote cards, without the app's header, views, import, export or presenter controls,
 * and a link to the same view in the full app. Other views' params (q, compare, person, …)
 * are kept in the URL and passed on to the full app.
 */
export function EmbedView({ data }: { data: LoadedDataset }) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const view = useTimelineStore((s) => s.view);
  const filter = useTimelineStore(useShallow((s) => s.themeFilter));
  const quotedIndex = useMemo(() => buildQuotedEventIndex(data, filter), [data, filter]);
  // A string key, so the panel re-renders only when the set of quotes changes, not per frame.
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
  const matching = useMemo(
    () => data.events.filter((e) => emphasisFor(e, filter, false) === 'normal'),
    [data.events, filter],
  );

  /** Selects an event and brings it into view; shows it even if the filter hid it. */
  const selectFromCard = useCallback(
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

  return (
    <div className="embed">
      <div className="embed__bar">
        {data.dataset.title ? (
          <h1 className="embed__title" lang={contentLangOf(data.dataset.language)}>
            {data.dataset.title}
          </h1>
        ) : (
          <h1 className="embed__title">{t('embed.titleFallback')}</h1>
        )}
        <OpenFullViewLink />
      </div>
      <ErrorBoundary label={t('embed.panelFilter')}>
        <ThemeFilter data={data} />
      </ErrorBoundary>
      {view === 'table' ? (
        <ErrorBoundary label={t('embed.panelTable')}>
          <EventTable
            data={data}
            events={matching}
            selectedId={selected?.id ?? null}
            onSelect={selectFromCard}
          />
        </ErrorBoundary>
      ) : (
        <ErrorBoundary label={t('embed.panelTimeline')}>
          <TimelineChart data={data} />
        </ErrorBoundary>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected
          ? t('embed.selected', { event: `${formatEventDate(selected)} – ${selected.title}` })
          : ''}
      </p>
      <ErrorBoundary label={t('embed.panelQuotes')}>
        <QuotePanel
          data={data}
          content={content}
          selectedEventId={selected?.id ?? null}
          onSelectEvent={selectFromCard}
        />
      </ErrorBoundary>
    </div>
  );
}
