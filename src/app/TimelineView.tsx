import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { ProblemList } from '../components/DatasetStatus';
import { PresenterMode } from '../features/presenter/PresenterMode';
import { SpeakerView } from '../features/presenter/SpeakerView';
import { startTour } from '../features/presenter/startTour';
import { ToursPanel } from '../features/tours/ToursPanel';
import { useTours, type ToursApi } from '../features/tours/useTours';
import { decodeTour, type Tour } from '../lib/tours';
import type { parseTour } from '../store/tourStorage';
import { dropParam, readParam } from '../store/browserUrl';
import { TOUR_DATA_PARAM } from '../store/urlState';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EventDetails } from '../features/details/EventDetails';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { SearchBox } from '../features/search/SearchBox';
import { EventTable } from '../features/table/EventTable';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { GlossaryPage } from '../features/glossary/GlossaryPage';
import { buildGlossaryMatcher } from '../lib/glossaryMatch';
import type { SearchResult } from '../lib/search';
import { ViewNav } from './ViewNav';
import { MoodBand } from './MoodBand';
import { CompareView } from '../features/strategy/CompareView';
import { PeopleView } from '../features/strategy/PeopleView';
import { ThemeArcs } from '../features/strategy/ThemeArcs';
import { formatComparePair, parseComparePair } from '../lib/compare';
import { ExportMenu } from '../features/export/ExportMenu';
import { EmbedButton } from '../features/embed/EmbedButton';
import { formatEventDate } from '../lib/formatDate';
import { paddedBounds } from '../lib/viewport';
import { selectVisibleSelection, type QuotePanelContent } from '../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { usePanelQuotes, useSelectFromCard, useTableEvents } from './panelHooks';
import { WhenIdle } from '../components/WhenIdle';
import { useI18n } from '../i18n/useI18n';
import { contentLangOf } from '../i18n/locales';
import { t as translate } from '../i18n/i18n';

export function TimelineView({
  data,
  speaker = false,
}: {
  data: LoadedDataset;
  speaker?: boolean;
}) {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const tours = useTours(data);
  const presenting = useTimelineStore((s) => s.presenting !== null);
  const sharedTourProblem = useSharedTourLink(data, tours);
  const spotlightQuoteId = useTimelineStore((s) => {
    if (!s.presenting) return null;
    const tour = tours.tours.find((t) => t.id === s.presenting?.tourId);
    return tour?.stops[s.presenting.step]?.view.quoteId ?? null;
  });
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const { content: inView, filter } = usePanelQuotes(data, selected?.id ?? null, bounds);
  // Quotes behind a segment of the mood band, shown as cards until something is selected.
  const [bandQuotes, setBandQuotes] = useState<{ ids: string[]; label: string } | null>(null);
  const content = useMemo<QuotePanelContent>(() => {
    if (bandQuotes === null || inView.mode !== 'view') return inView;
    const quotes = bandQuotes.ids.flatMap((id) => data.quotesById.get(id) ?? []);
    return { mode: 'view', total: quotes.length, quotes, label: bandQuotes.label };
  }, [inView, data.quotesById, bandQuotes]);

  const view = useTimelineStore((s) => s.view);
  const glossary = useMemo(() => {
    const entries = data.dataset.glossary ?? [];
    return entries.length > 0 ? { matcher: buildGlossaryMatcher(entries), entries } : undefined;
  }, [data.dataset.glossary]);

  const selectFromCard = useSelectFromCard(data, bounds);

  /** From a page (sources, glossary) to the event on the timeline. */
  const showOnTimeline = useCallback(
    (eventId: string) => {
      store.getState().setView('chart');
      selectFromCard(eventId);
    },
    [store, selectFromCard],
  );

  const chooseResult = useCallback(
    (r: SearchResult) => {
      const s = store.getState();
      if (r.kind === 'glossary') {
        s.setView('glossary');
        requestAnimationFrame(() => {
          const el = document.getElementById(`glossary-${r.id}`);
          el?.scrollIntoView({ block: 'start' });
          el?.focus();
        });
        return;
      }
      const eventId = r.kind === 'event' ? r.id : (r.eventId ?? r.eventIds?.[0]);
      if (eventId === undefined) return;
      if (s.view !== 'table') s.setView('chart');
      selectFromCard(eventId);
    },
    [store, selectFromCard],
  );

  const matching = useTableEvents(data, filter, view === 'table' && !presenting);
  const highlightedSourceId = useTimelineStore((s) => s.highlightedSourceId);
  const comparePair = useTimelineStore((s) => s.comparePair);
  const person = useTimelineStore((s) => s.person);

  const present = useCallback((tour: Tour) => startTour(store, data, tour), [store, data]);
  // Stable callbacks, so the memoised panels skip the render in which a filter toggle repaints
  // the chart.
  const showBandQuotes = useCallback(
    (ids: string[], label: string) => {
      store.getState().selectEvent(null);
      setBandQuotes({ ids, label });
    },
    [store],
  );
  const clearBandQuotes = useCallback(() => {
    setBandQuotes(null);
  }, []);
  const embedButton = useMemo(
    () => <EmbedButton datasetTitle={data.dataset.title} />,
    [data.dataset.title],
  );
  const filterOneTheme = useCallback(
    (themeId: string) => {
      store.getState().setThemeFilter([themeId]);
      window.scrollTo({ top: 0 });
    },
    [store],
  );

  if (speaker) {
    return <SpeakerView tours={tours.tours} initial={store.getState().presenting} />;
  }

  return (
    <div className={presenting ? 'view view--presenting' : 'view'}>
      {/* A presentation of one of the reader's own tours waits until they have been read. */}
      {tours.ready && <PresenterMode data={data} tours={tours.tours} />}
      {sharedTourProblem && (
        <p className="status status--error" role="alert">
          {sharedTourProblem}
        </p>
      )}
      {data.warnings.length > 0 && (
        <details className="warnings">
          <summary>{t('page.warnings', { count: data.warnings.length })}</summary>
          <ProblemList problems={data.warnings} />
        </details>
      )}
      {!presenting && (
        <div className="view__bar no-print">
          <ViewNav />
          <ErrorBoundary label={t('panel.search')}>
            <SearchBox data={data} onChoose={chooseResult} />
          </ErrorBoundary>
        </div>
      )}
      {(view === 'chart' || view === 'table' || presenting) && (
        <ErrorBoundary label={t('panel.themeFilter')}>
          <ThemeFilter data={data} />
        </ErrorBoundary>
      )}
      {view === 'compare' && !presenting ? (
        <ErrorBoundary label={t('panel.compare')}>
          <CompareView
            data={data}
            pair={parseComparePair(comparePair)}
            onPairChange={(pair) => {
              store.getState().setComparePair(formatComparePair(pair));
            }}
            onSelectEvent={showOnTimeline}
          />
        </ErrorBoundary>
      ) : view === 'people' && !presenting ? (
        <ErrorBoundary label={t('panel.people')}>
          <PeopleView
            data={data}
            person={person}
            onPersonChange={(p) => {
              store.getState().choosePerson(p);
            }}
            onSelectEvent={showOnTimeline}
          />
        </ErrorBoundary>
      ) : view === 'sources' && !presenting ? (
        <ErrorBoundary label={t('panel.sources')}>
          <SourcesPanel
            data={data}
            highlightedSourceId={highlightedSourceId}
            onHighlight={(id) => {
              store.getState().highlightSource(id);
            }}
            onSelectEvent={showOnTimeline}
          />
        </ErrorBoundary>
      ) : view === 'glossary' && !presenting ? (
        <ErrorBoundary label={t('panel.glossary')}>
          <GlossaryPage data={data} onSelectEvent={showOnTimeline} />
        </ErrorBoundary>
      ) : (
        <>
          {!presenting && <ExportMenu data={data} share={embedButton} />}
          {view === 'table' && !presenting ? (
            <ErrorBoundary label={t('panel.table')}>
              <EventTable
                data={data}
                events={matching}
                selectedId={selected?.id ?? null}
                onSelect={selectFromCard}
              />
            </ErrorBoundary>
          ) : (
            <>
              <ErrorBoundary label={t('panel.timeline')}>
                <TimelineChart data={data} />
              </ErrorBoundary>
              {!presenting && (
                <ErrorBoundary label={t('panel.moodBand')}>
                  <MoodBand data={data} onShowQuotes={showBandQuotes} />
                </ErrorBoundary>
              )}
            </>
          )}
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {selected
              ? t('page.selected', { date: formatEventDate(selected), title: selected.title })
              : ''}
          </p>
          <div className="view__panels">
            <ErrorBoundary label={t('panel.details')}>
              <EventDetails data={data} event={selected} glossary={glossary} />
            </ErrorBoundary>
            <ErrorBoundary label={t('panel.quotes')}>
              <QuotePanel
                data={data}
                content={content}
                selectedEventId={selected?.id ?? null}
                spotlightQuoteId={spotlightQuoteId}
                glossary={glossary}
                onClearLabel={clearBandQuotes}
                onSelectEvent={selectFromCard}
              />
            </ErrorBoundary>
          </div>
        </>
      )}
      {view === 'chart' && !presenting && (
        <ErrorBoundary label={t('panel.themeArcs')}>
          <WhenIdle>
            <ThemeArcs data={data} onFilterTheme={filterOneTheme} />
          </WhenIdle>
        </ErrorBoundary>
      )}
      {!presenting && (
        <ErrorBoundary label={t('panel.tours')}>
          <ToursPanel
            api={tours}
            bounds={bounds}
            onPresent={present}
            lang={contentLangOf(data.dataset.language)}
          />
        </ErrorBoundary>
      )}
    </div>
  );
}

/**
 * `?tourdata=` carries a tour someone shared: add it to the reader's tours (validated) and
 * start presenting it; then tidy the address. The schema that checks it loads only then, and
 * the tour is saved only once the reader's own tours have been read.
 */
function useSharedTourLink(data: LoadedDataset, tours: ToursApi): string | null {
  const store = useTimelineStoreApi();
  // Read once, when the view first mounts.
  const [packed] = useState(() => readParam(TOUR_DATA_PARAM));
  const [shared, setShared] = useState<ReturnType<typeof parseTour> | null>(null);
  useEffect(() => {
    if (!packed) return;
    let live = true;
    void import('../store/tourStorage').then((m) => {
      if (live) setShared(m.parseTour(decodeTour(packed)));
    });
    return () => {
      live = false;
    };
  }, [packed]);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || shared === null || !tours.ready) return;
    done.current = true;
    dropParam(TOUR_DATA_PARAM);
    if (!shared.ok) return;
    const existing = tours.tours.find((t) => t.id === shared.tour.id);
    const same = existing !== undefined && JSON.stringify(existing) === JSON.stringify(shared.tour);
    const tour = same
      ? shared.tour
      : { ...shared.tour, id: existing ? tours.freshId(shared.tour.id) : shared.tour.id };
    if (!same) tours.save(tour);
    startTour(store, data, tour);
  }, [shared, tours, store, data]);
  return shared && !shared.ok
    ? translate('page.sharedTourProblem', { problem: shared.problem })
    : null;
}
