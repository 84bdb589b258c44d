import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoadedDataset } from '../domain/indexes';
import { ProblemList } from '../components/DatasetStatus';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { WhenIdle } from '../components/WhenIdle';
import { startTour } from '../features/presenter/startTour';
import { usePresenter } from '../features/presenter/usePresenter';
import { ToursPanel } from '../features/tours/ToursPanel';
import { PresentMenu } from '../features/tours/PresentMenu';
import { useTours } from '../features/tours/useTours';
import { ThemeFilter } from '../features/filters/ThemeFilter';
import { SearchBox } from '../features/search/SearchBox';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { GlossaryPage } from '../features/glossary/GlossaryPage';
import { CompareView } from '../features/strategy/CompareView';
import { PeopleView } from '../features/strategy/PeopleView';
import { ThemeArcs } from '../features/strategy/ThemeArcs';
import { ShareMenu } from '../features/export/ShareMenu';
import { useEmbedDialog } from '../features/embed/useEmbedDialog';
import { useTourExportDialog } from '../features/export/useTourExportDialog';
import { OpenMenu } from '../features/import/OpenMenu';
import { ImportStatus } from '../features/import/ImportStatus';
import { useImport } from '../features/import/useImport';
import { AboutButton, DatasetIntro, FirstVisitAbout } from '../features/header/About';
import { SettingsMenu } from '../features/header/SettingsMenu';
import type { MenuEntry } from '../components/menu/MenuButton';
import { NotesProblemsSlot } from '../components/notes/NoteSlot';
import { buildGlossaryMatcher } from '../lib/glossaryMatch';
import { formatComparePair, parseComparePair } from '../lib/compare';
import { datasetHeading } from '../lib/datasetHeading';
import { formatEventDate } from '../lib/formatDate';
import type { SearchResult } from '../lib/search';
import type { Tour } from '../lib/tours';
import { paddedBounds } from '../lib/viewport';
import { NotesContext } from '../store/notesContext';
import { selectVisibleSelection, type QuotePanelContent } from '../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { useI18n } from '../i18n/useI18n';
import { contentLangOf } from '../i18n/locales';
import { AppBar } from './AppBar';
import { ChartOrTable } from './ChartOrTable';
import { MoodBand } from './MoodBand';
import { usePanelQuotes, useSelectFromCard, useTableEvents } from './panelHooks';
import { PresenterStage } from './PresenterStage';
import { SidePanel } from './SidePanel';
import { useSharedTourLink } from './useSharedTourLink';
import { useOnlyEvents } from '../features/timeline/useOnlyEvents';
import { useNotes } from './useNotes';
import { useNotesDialog } from './useNotesDialog';
import { useThreadTour } from './useThreadTour';
import { VIEW_PANEL_ID } from './ViewNav';
import { VIEW_LAYOUT } from './views';
import { Workspace } from './Workspace';
import './shell.css';

export interface TimelineViewProps {
  readonly data: LoadedDataset;
  readonly isBuiltIn: boolean;
  readonly onImported: (loaded: LoadedDataset, name: string) => void;
  readonly onBackToBuiltin: () => void;
  readonly onOpenUrl: (url: string) => void;
}

/**
 * The full app: the app bar, then the first screen (theme chips, the chart or the table, and
 * the side panel), then theme arcs and tours below it. Presenting a tour replaces all of it
 * with the stage.
 */
export function TimelineView({
  data,
  isBuiltIn,
  onImported,
  onBackToBuiltin,
  onOpenUrl,
}: TimelineViewProps) {
  const store = useTimelineStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const tours = useTours(data);
  const notes = useNotes(data);
  const sharedTourProblem = useSharedTourLink(data, tours);
  // A presentation of one of the reader's own tours waits until they have been read.
  const presenter = usePresenter(data, tours.tours, tours.ready);
  const imports = useImport(onImported);
  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const view = useTimelineStore((s) => s.view);
  const layout = VIEW_LAYOUT[view];
  const selected = useTimelineStore((s) => selectVisibleSelection(data, s));
  const { only } = useOnlyEvents(data, notes?.notedEventIds ?? null);
  const { content: inView, filter } = usePanelQuotes(data, selected?.id ?? null, bounds, only);

  // A dataset owns its page: the document title follows it.
  const heading = datasetHeading(
    data,
    isBuiltIn ? { title: t('header.title'), subtitle: t('header.subtitle') } : null,
  );
  const docTitle = isBuiltIn ? t('page.docTitle') : heading.title;
  useEffect(() => {
    document.title = docTitle;
  }, [docTitle]);

  // Quotes behind a segment of the mood band, shown as cards until something is selected.
  const [bandQuotes, setBandQuotes] = useState<{ ids: string[]; label: string } | null>(null);
  const content = useMemo<QuotePanelContent>(() => {
    if (bandQuotes === null || inView.mode !== 'view') return inView;
    const quotes = bandQuotes.ids.flatMap((id) => data.quotesById.get(id) ?? []);
    return { mode: 'view', total: quotes.length, quotes, label: bandQuotes.label };
  }, [inView, data.quotesById, bandQuotes]);

  const glossary = useMemo(() => {
    const entries = data.dataset.glossary ?? [];
    return entries.length > 0 ? { matcher: buildGlossaryMatcher(entries), entries } : undefined;
  }, [data.dataset.glossary]);

  const selectFromCard = useSelectFromCard(data, bounds);

  /** From a page (sources, glossary, compare, people) to the event on the timeline. */
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

  const presenting = presenter !== null;
  const matching = useTableEvents(data, filter, view === 'table' && !presenting, only);
  const highlightedSourceId = useTimelineStore((s) => s.highlightedSourceId);
  const selectedEventId = useTimelineStore((s) => s.selectedEventId);
  const comparePair = useTimelineStore((s) => s.comparePair);
  const person = useTimelineStore((s) => s.person);

  const present = useCallback((tour: Tour) => startTour(store, data, tour), [store, data]);
  const presentThread = useThreadTour(data, tours);
  const runKiosk = useCallback(
    (tour: Tour) => startTour(store, data, tour, 0, true),
    [store, data],
  );
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
  const filterOneTheme = useCallback(
    (themeId: string) => {
      store.getState().setThemeFilter([themeId]);
      window.scrollTo({ top: 0 });
    },
    [store],
  );
  const embed = useEmbedDialog(data.dataset.title);
  const tourExport = useTourExportDialog(data, tours.tours, lang);
  const notesDialog = useNotesDialog(data, notes, selectFromCard);
  const shareEntries = useMemo<MenuEntry[]>(
    () => [
      { kind: 'action', id: 'embed', label: t('embed.button'), onSelect: embed.open },
      {
        kind: 'action',
        id: 'tour-export',
        label: t('tourExport.menu'),
        hint: t('tourExport.menuHint'),
        onSelect: tourExport.open,
      },
    ],
    [t, embed.open, tourExport.open],
  );

  if (presenter) return <PresenterStage data={data} presenter={presenter} />;

  const pageViews: Partial<Record<typeof view, () => ReactNode>> = {
    sources: () => (
      <ErrorBoundary label={t('panel.sources')}>
        <SourcesPanel
          data={data}
          highlightedSourceId={highlightedSourceId}
          selectedEventId={selectedEventId}
          onHighlight={(id) => {
            store.getState().highlightSource(id);
          }}
          onSelectEvent={showOnTimeline}
        />
      </ErrorBoundary>
    ),
    glossary: () => (
      <ErrorBoundary label={t('panel.glossary')}>
        <GlossaryPage data={data} onSelectEvent={showOnTimeline} />
      </ErrorBoundary>
    ),
    compare: () => (
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
    ),
    people: () => (
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
    ),
  };

  const main = (
    <ChartOrTable
      data={data}
      asTable={view === 'table'}
      events={matching}
      selectedId={selected?.id ?? null}
      onSelect={selectFromCard}
      labels={{ table: t('panel.table'), timeline: t('panel.timeline') }}
      onOpenNotes={notes ? notesDialog.open : undefined}
      belowChart={
        layout.moodBand && (
          <ErrorBoundary label={t('panel.moodBand')}>
            <MoodBand data={data} onShowQuotes={showBandQuotes} />
          </ErrorBoundary>
        )
      }
    />
  );

  return (
    <NotesContext value={notes}>
      <div className="app">
        <AppBar
          data={data}
          isBuiltIn={isBuiltIn}
          search={
            <ErrorBoundary label={t('panel.search')}>
              <SearchBox data={data} onChoose={chooseResult} />
            </ErrorBoundary>
          }
          menus={
            <>
              <OpenMenu
                api={imports}
                isBuiltin={isBuiltIn}
                onBackToBuiltin={onBackToBuiltin}
                onOpenUrl={onOpenUrl}
              />
              <ShareMenu data={data} shareEntries={shareEntries} />
              <PresentMenu
                api={tours}
                bounds={bounds}
                onPresent={present}
                onKiosk={runKiosk}
                lang={lang}
              />
              <SettingsMenu />
              <AboutButton data={data} isBuiltIn={isBuiltIn} />
            </>
          }
        />
        {embed.dialog}
        {tourExport.dialog}
        {notesDialog.dialog}
        <div className="notices no-print">
          <ImportStatus api={imports} />
          <NotesProblemsSlot />
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
        </div>
        <main id="main" className="main">
          <div className="print-intro" hidden>
            <DatasetIntro data={data} isBuiltIn={isBuiltIn} />
          </div>
          <div
            className="view-panel"
            id={VIEW_PANEL_ID}
            role="tabpanel"
            aria-labelledby={`view-tab-${view}`}
          >
            {layout.panel ? (
              <Workspace
                chips={
                  layout.chips ? (
                    <ErrorBoundary label={t('panel.themeFilter')}>
                      <ThemeFilter data={data} />
                    </ErrorBoundary>
                  ) : null
                }
                main={main}
                panel={
                  <SidePanel
                    data={data}
                    selected={selected}
                    content={content}
                    glossary={glossary}
                    top={<FirstVisitAbout data={data} isBuiltIn={isBuiltIn} />}
                    onClearLabel={clearBandQuotes}
                    onSelectEvent={selectFromCard}
                    onPresentThreadTour={tours.ready ? presentThread : undefined}
                  />
                }
              />
            ) : (
              <div className="page-view">{pageViews[view]?.()}</div>
            )}
          </div>
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {selected
              ? t('page.selected', { date: formatEventDate(selected, i18n), title: selected.title })
              : ''}
          </p>
          <div className="below-fold">
            {layout.arcs && (
              <ErrorBoundary label={t('panel.themeArcs')}>
                <WhenIdle>
                  <ThemeArcs data={data} onFilterTheme={filterOneTheme} />
                </WhenIdle>
              </ErrorBoundary>
            )}
            <ErrorBoundary label={t('panel.tours')}>
              <ToursPanel api={tours} bounds={bounds} onPresent={present} lang={lang} />
            </ErrorBoundary>
          </div>
        </main>
        <footer className="footer">
          <p>{t('page.footer')}</p>
        </footer>
      </div>
    </NotesContext>
  );
}
