import { useMemo } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OpenFullViewLink } from '../features/embed/OpenFullViewLink';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { EventTable } from '../features/table/EventTable';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { formatEventDate } from '../lib/formatDate';
import { paddedBounds } from '../lib/viewport';
import { selectVisibleSelection } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStoreContext';
import { useI18n } from '../i18n/useI18n';
import { contentLangOf } from '../i18n/locales';
import { usePanelQuotes, useSelectFromCard, useTableEvents } from './panelHooks';

/**
 * The embed (`?embed=1`): the theme filters, the timeline (or the table, with `view=table`)
 * and the quote cards, without the app's header, views, import, export or presenter controls,
 * and a link to the same view in the full app. Other views' params (q, compare, person, …)
 * are kept in the URL and passed on to the full app.
 */
export function EmbedView({ data }: { data: LoadedDataset }) {
  const { t } = useI18n();
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const view = useTimelineStore((s) => s.view);
  const { content, filter } = usePanelQuotes(data, selected?.id ?? null, bounds);
  const matching = useTableEvents(data, filter, view === 'table');

  const selectFromCard = useSelectFromCard(data, bounds);

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
