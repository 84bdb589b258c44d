import { useMemo } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { OpenFullViewLink } from '../features/embed/OpenFullViewLink';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { formatEventDate } from '../lib/formatDate';
import { paddedBounds } from '../lib/viewport';
import { selectVisibleSelection } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStoreContext';
import { useNotesApi } from '../store/notesContext';
import { useOnlyEvents } from '../features/timeline/useOnlyEvents';
import { useI18n } from '../i18n/useI18n';
import { contentLangOf } from '../i18n/locales';
import { ChartOrTable } from './ChartOrTable';
import { usePanelQuotes, useSelectFromCard, useTableEvents } from './panelHooks';
import { SidePanel } from './SidePanel';
import { Workspace } from './Workspace';
import './shell.css';

/**
 * The embed (`?embed=1`): the same chart-with-panels composition as the full app — theme
 * chips, the timeline (or the table, with `view=table`), and the side panel — without the
 * app bar, views, import, export or presenter controls, and with a link to the same view in
 * the full app. Other views' params (q, compare, person, …) stay in the URL for that link.
 */
export function EmbedView({ data }: { data: LoadedDataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const view = useTimelineStore((s) => s.view);
  const { only } = useOnlyEvents(data, useNotesApi()?.notedEventIds ?? null);
  const { content, filter } = usePanelQuotes(data, selected?.id ?? null, bounds, only);
  const matching = useTableEvents(data, filter, view === 'table', only);
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
      <Workspace
        className="workspace--embed"
        chips={
          <ErrorBoundary label={t('embed.panelFilter')}>
            <ThemeFilter data={data} />
          </ErrorBoundary>
        }
        main={
          <ChartOrTable
            data={data}
            asTable={view === 'table'}
            events={matching}
            selectedId={selected?.id ?? null}
            onSelect={selectFromCard}
            labels={{ table: t('embed.panelTable'), timeline: t('embed.panelTimeline') }}
          />
        }
        panel={
          <SidePanel
            data={data}
            selected={selected}
            content={content}
            glossary={undefined}
            onSelectEvent={selectFromCard}
          />
        }
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected
          ? t('embed.selected', { event: `${formatEventDate(selected, i18n)} – ${selected.title}` })
          : ''}
      </p>
    </div>
  );
}
