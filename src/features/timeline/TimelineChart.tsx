import { useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useScheme } from '../../components/colorScheme';
import type { LoadedDataset } from '../../domain/indexes';
import { contentLangOf } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { makeAriaLabeller } from '../../lib/chart/ariaLabels';
import { chartMetrics } from '../../lib/chartGeometry';
import { formatSpan } from '../../lib/formatDate';
import { claimExtentsOf, keyCorner, withClaimGhosts } from '../../lib/chart/claimGhosts';
import { withNotedMarks } from '../../lib/chart/noteMarks';
import { paddedBounds, span, type Domain } from '../../lib/viewport';
import { useNotesApi } from '../../store/notesContext';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { ChartOptions } from './ChartOptions';
import { ClaimsLegend } from './ClaimsLegend';
import { ChartToolbar } from './ChartToolbar';
import { ChartTooltip } from './ChartTooltip';
import { NarrowList } from './NarrowList';
import { TimeAxis } from './TimeAxis';
import { useCanvasPaint, type SceneCanvas } from './useCanvasPaint';
import { useChartKeys, ZOOM_STEP } from './useChartKeys';
import { useChartModel } from './useChartModel';
import { useChartPointer, type Tip } from './useChartPointer';
import { useChartScene } from './useChartScene';
import { useChartStyle } from './useChartStyle';
import { usePlotSize } from './useElementSize';
import { useInnerScroll } from './useInnerScroll';
import { useLinkArrows } from './useLinkArrows';
import { useOnlyEvents } from './useOnlyEvents';
import { useOptionLayer } from './useOptionLayer';
import { useSettledDomain } from './useSettledDomain';
import { useZoomGestures } from './useZoomGestures';
import './timeline.css';

export type ChartVariant = 'page' | 'stage';

export interface TimelineChartProps {
  readonly data: LoadedDataset;
  /**
   * `page` (the default), or the presenter's `stage`: type from `--timeline-font-size` (by
   * default at least 16 px and 2.25 % of the viewport height), every text as large as the
   * labels, the selected event's title larger and outlined, no toolbar row.
   */
  readonly variant?: ChartVariant;
  /** The zoom buttons; shown on the page, not on the stage, unless said otherwise. */
  readonly showZoomControls?: boolean;
  /** Event-label size in px, overriding `--timeline-font-size`. */
  readonly fontPx?: number;
  /** Opens the list of the reader's notes (the toolbar's "My notes…"); none without it. */
  readonly onOpenNotes?: (() => void) | undefined;
}

/** Below this width the chart is shown as a vertical list. */
const NARROW_PX = 560;

/**
 * The timeline. It fills the width and height its parent gives it; lanes taller than that
 * scroll inside it under a fixed header of conference names and ticks. The canvas draws a
 * scene (lib/chart/scene) the size of the visible plot; an svg of accessible options sits
 * over it in the scroller.
 */
export function TimelineChart({
  data,
  variant = 'page',
  showZoomControls = variant === 'page',
  fontPx,
  onOpenNotes,
}: TimelineChartProps) {
  const store = useTimelineStoreApi();
  const { filter, dim, selectedId, viewport, highlightedSource, showLinks } = useTimelineStore(
    useShallow((s) => ({
      filter: s.themeFilter,
      dim: s.dimFiltered,
      showLinks: s.showLinks,
      selectedId: s.selectedEventId,
      viewport: s.viewport,
      highlightedSource: s.highlightedSourceId,
    })),
  );
  const notes = useNotesApi();
  const { only, disputed, noted, myNotes, disputedOnly } = useOnlyEvents(
    data,
    notes?.notedEventIds ?? null,
  );
  const rootRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<SceneCanvas>(null);
  const { body, width, height } = usePlotSize(bodyRef, scrollerRef);
  const i18n = useI18n();
  const { t, locale } = i18n;
  const stage = variant === 'stage';
  const style = useChartStyle(canvasRef, useScheme(), variant, body);
  const metrics = useMemo(
    () => chartMetrics(fontPx ?? style.fontPx, stage),
    [fontPx, style.fontPx, stage],
  );
  const measure = style.fit.measure;
  const lang = contentLangOf(data.dataset.language);

  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const domain: Domain = viewport ?? bounds;
  const pxPerMs = width / span(domain);
  const { settled, moving } = useSettledDomain(domain);
  const settledK = width / span(settled);
  const model = useChartModel(
    data,
    { filter, dim, highlightedSource, only },
    pxPerMs,
    settledK,
    moving,
    metrics,
    stage ? height : undefined,
  );
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const labeller = useMemo(() => makeAriaLabeller(data, i18n, noted), [data, i18n, noted]);
  const layer = useOptionLayer(
    data,
    model,
    { settled, settledK, moving },
    selectedId,
    focusedId,
    labeller,
    metrics,
    measure,
  );
  const { scrollTop, revealElement } = useInnerScroll(scrollerRef, svgRef, metrics.headerHeight);
  const tipState = useState<Tip | null>(null);
  const [tip, setTip] = tipState;
  const keys = useChartKeys(data, model.shown, bounds, rootRef, setFocusedId, () => {
    setTip(null);
  });
  const svgHeight = Math.max(model.geometry.contentHeight, height);
  const pointer = useChartPointer(
    bodyRef,
    svgRef,
    { ...model, rowHeight: metrics.rowHeight, domain, pxPerMs, scrollTop },
    tipState,
    setFocusedId,
    keys.zoomBy,
  );

  const { scene: marksScene, bands } = useChartScene(
    data,
    model,
    { width, height, scrollTop, domain, settled, settledK },
    layer,
    { metrics, palette: style.palette, fit: style.fit, stage },
    i18n,
  );
  const visibleSelected = layer.visibleSelected;
  const arrowScene = useLinkArrows(
    data,
    model,
    marksScene,
    { domain, scrollTop },
    { metrics, palette: style.palette },
    { selectedId: visibleSelected, focusedId, showAll: showLinks },
  );
  const claimExtents = useMemo(() => claimExtentsOf(data.events), [data.events]);
  const { text: ghostColor, select: ghostSelected } = style.palette;
  const ghostS = metrics.fontPx / 12.5;
  const scene = useMemo(
    () =>
      withNotedMarks(
        withClaimGhosts(arrowScene, claimExtents, {
          domain,
          s: ghostS,
          color: ghostColor,
          selectedColor: ghostSelected,
        }),
        noted,
      ),
    [arrowScene, claimExtents, domain, ghostS, ghostColor, ghostSelected, noted],
  );
  // The ghosts' key, when a dashed ghost is what the reader is looking at: the selected
  // event's, or any while "N disputed" is on; in a corner where it covers no label.
  const keyShown = !stage && (scene.ghosts?.some((g) => g.selected || disputedOnly) ?? false);
  const keyLabel = t('chart.claimsLegend');
  const keyAt = useMemo(
    () =>
      keyShown
        ? keyCorner(scene, { width: measure(keyLabel, 12) + 48, height: 24 }, (text, px) =>
            measure(text, px, true),
          )
        : null,
    [keyShown, scene, keyLabel, measure],
  );
  const { items, layout } = model;
  const hasLinks = (data.dataset.links?.length ?? 0) > 0;
  useCanvasPaint(canvasRef, scene, data.dataset.themes, style.fontFamily, data);
  const setDomain = useCallback((d: Domain) => store.getState().setViewport(d), [store]);
  useZoomGestures(svgRef, bounds, domain, width, svgHeight, setDomain);

  const onFocus = (ev: FocusEvent) => {
    const el = pointer.markAt(ev.target);
    if (!el) return;
    setFocusedId(el.getAttribute('data-event-id'));
    revealElement(el);
    pointer.tipForElement(el);
  };
  const choose = (id: string) => {
    setFocusedId(id);
    store.getState().selectEvent(id);
  };
  const narrow = body.width < NARROW_PX;

  return (
    <section
      ref={rootRef}
      className={`timeline timeline--${variant}`}
      aria-labelledby="timeline-heading"
    >
      <ChartToolbar
        span={formatSpan(domain, locale, data.timeScale)}
        overflow={
          layout.overflowCount > 0 ? t('chart.overflow', { count: layout.overflowCount }) : null
        }
        visible={!stage}
        showZoomControls={showZoomControls}
        canZoomOut={viewport !== null}
        onZoomIn={() => keys.zoomBy(ZOOM_STEP)}
        onZoomOut={() => keys.zoomBy(1 / ZOOM_STEP)}
        onReset={keys.resetZoom}
        // The phone's list draws no arrows, so it has no "Show links" either.
        links={
          hasLinks && !stage && !narrow
            ? {
                pressed: showLinks,
                onToggle: () => store.getState().setChoice('showLinks', !showLinks),
              }
            : null
        }
        disputed={
          stage
            ? null
            : {
                count: disputed.size,
                pressed: disputedOnly,
                onToggle: () => store.getState().setChoice('disputedOnly', !disputedOnly),
              }
        }
        notes={
          notes && !stage
            ? {
                pressed: myNotes || notes.notes.size > 0 ? myNotes : null,
                onToggle: () => store.getState().setChoice('myNotes', !myNotes),
                onOpen: onOpenNotes,
              }
            : null
        }
      />
      <div className="timeline__body" ref={bodyRef}>
        {narrow ? (
          <NarrowList
            shownIndex={model.shownIndex}
            domain={domain}
            selectedId={visibleSelected}
            tabStopId={layer.tabStopId}
            lang={lang}
            noted={noted}
            onKeyDown={keys.onKeyDown}
            onChoose={choose}
          />
        ) : (
          // Time runs left to right whatever the language's direction; the chrome mirrors.
          <div className="timeline__canvas" dir="ltr">
            <canvas
              ref={canvasRef}
              className="timeline__marks-canvas"
              style={{ width, height }}
              aria-hidden="true"
            />
            <TimeAxis
              ticks={scene.ticks}
              bands={scene.bandLabels}
              width={width}
              height={metrics.headerHeight}
              lang={lang}
            />
            <div
              className="timeline__scroller"
              ref={scrollerRef}
              style={{ scrollPaddingTop: metrics.headerHeight }}
            >
              <ChartOptions
                svgRef={svgRef}
                width={width}
                height={svgHeight}
                scrollTop={scrollTop}
                metrics={metrics}
                options={layer.options}
                bands={bands}
                selectedId={visibleSelected}
                tabStopId={layer.tabStopId}
                lang={lang}
                moving={moving}
                stale={layer.stale}
                onKeyDown={keys.onKeyDown}
                onPointerMove={pointer.onPointerMove}
                onPointerLeave={() => setTip(null)}
                onClick={pointer.onClick}
                onFocus={onFocus}
                onBlur={() => setTip(null)}
              />
            </div>
            <ChartTooltip tip={tip} data={data} width={width} lang={lang} />
            {/* The key, when a dashed ghost is what the reader is looking at: the selected
                event's, or any while "N disputed" is on. */}
            {keyAt && <ClaimsLegend corner={keyAt} rowsTop={scene.rowsTop} />}
            {items.length === 0 && (
              <p className="timeline__empty" role="status">
                {t('chart.empty')}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
