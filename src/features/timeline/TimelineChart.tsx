import { splitConferenceTitle } from '../../lib/conferenceTitle';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { CHART, computeGeometry } from '../../lib/chartGeometry';
import { emphasisFor } from '../../lib/emphasis';
import { filteredView } from './filteredView';
import { useAfterPaint } from '../../components/useAfterPaint';
import { formatEventDate, formatSpan, spokenEventDate } from '../../lib/formatDate';
import { currentLocale, t as translate } from '../../i18n/i18n';
import { contentLangOf } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { hitTestDensity, rowAtY } from '../../lib/hitTest';
import {
  cachedLaneLayout,
  hasCachedLayout,
  layoutZoomStep,
  MAX_LABEL_CHARS,
  truncateLabel,
  type DensityBin,
  type LaneLayout,
} from '../../lib/laneLayout';
import { forEachInWindow, indexOfItem, itemsInWindow, type TimeIndex } from '../../lib/timeIndex';
import { computeTicks } from '../../lib/timeScale';
import { panBy, paddedBounds, revealInstant, span, zoomAt, type Domain } from '../../lib/viewport';
import { selectEventsCitingSource } from '../../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { VIEW_SETTLE_MS } from '../../store/useSettledViewport';
import { ConferenceBands, type BandModel } from './ConferenceBands';
import { useScheme } from '../../components/colorScheme';
import {
  DARK_PALETTE,
  drawTimeline,
  LIGHT_PALETTE,
  makeThemePatterns,
  sameFrame,
  type ChartItem,
  type FrameInput,
} from './drawTimeline';
import { MarkOptions, type MarkOption } from './MarkOptions';
import { TimeAxis } from './TimeAxis';
import { useElementSize } from './useElementSize';
import { useZoomGestures } from './useZoomGestures';
import { ZoomControls } from './ZoomControls';

const ZOOM_STEP = 2;
/** Average label advance used for hit areas (canvas measures the real text). */
const CHAR_PX = 7.4;
/** Most accessible mark elements kept in the DOM at once. */
const MAX_OPTIONS = 600;
/** Below this width the chart is shown as a vertical list. */
const NARROW_PX = 560;
const LIST_LIMIT = 200;

let labelCache = new WeakMap<DatedEvent, string>();
let labelLocale = currentLocale();
const shortLabelCache = new WeakMap<DatedEvent, string>();

/** The label drawn on the chart, truncated once per event. */
function shortLabelFor(e: DatedEvent): string {
  if (e.title.length <= MAX_LABEL_CHARS) return e.title;
  let label = shortLabelCache.get(e);
  if (label === undefined) {
    label = truncateLabel(e.title);
    shortLabelCache.set(e, label);
  }
  return label;
}

/** "9 July 2008 – Title (Theme, Theme)", computed once per event and remembered. */
function ariaLabelFor(data: LoadedDataset, e: DatedEvent, dimmed: boolean): string {
  if (labelLocale !== currentLocale()) {
    labelCache = new WeakMap();
    labelLocale = currentLocale();
  }
  let label = labelCache.get(e);
  if (label === undefined) {
    const themes = e.themes
      .map((t) => data.themesById.get(t)?.label)
      .filter((l): l is string => l !== undefined);
    // "c." is for the eye; a screen reader says "circa".
    const date = spokenEventDate(e);
    label = `${date} – ${e.title}${themes.length ? ` (${themes.join(', ')})` : ''}`;
    labelCache.set(e, label);
  }
  return dimmed ? translate('chart.filteredOut', { label }) : label;
}

/**
 * The materialised window: which part of the timeline keeps DOM options. It changes only
 * when the view pans by half its width or zooms by a factor of two, not every frame.
 */
function materialWindow(domain: Domain): Domain {
  const level = Math.round(Math.log2(Math.max(1, span(domain))));
  const q = 2 ** level / 4;
  return [Math.floor(domain[0] / q) * q - q, Math.ceil(domain[1] / q) * q + q];
}

interface OptionsView {
  readonly settled: Domain;
  readonly settledK: number;
  readonly itemIndex: TimeIndex;
  readonly layout: LaneLayout;
  readonly items: readonly ChartItem[];
  readonly rowTop: Float64Array;
}

interface PlacedOption {
  /** Index in the items' date order. */
  readonly pos: number;
  readonly option: MarkOption;
}

function markOption(data: LoadedDataset, it: ChartItem, x: number, y: number): MarkOption {
  return {
    id: it.id,
    x,
    y,
    widthPx: 12 + it.label.length * CHAR_PX,
    ariaLabel: ariaLabelFor(data, it.event, it.dimmed),
    dimmed: it.dimmed,
  };
}

/**
 * Where the given events sit in a layout: on their own row, or (`aggregated`) on their lane's
 * density row when the layout counted them into it. Events the filter hides are left out.
 */
function placeKept(
  ids: readonly string[],
  data: LoadedDataset,
  view: Pick<OptionsView, 'items' | 'itemIndex' | 'layout' | 'rowTop'>,
): { item: ChartItem; pos: number; y: number; aggregated: boolean }[] {
  const out: { item: ChartItem; pos: number; y: number; aggregated: boolean }[] = [];
  for (const id of ids) {
    const e = data.eventsById.get(id);
    const i = e === undefined ? -1 : indexOfItem(view.itemIndex, id, e.startMs);
    if (i < 0) continue;
    const item = view.items[i] as ChartItem;
    let row = view.layout.rowByIndex[i] ?? -1;
    const aggregated = row < 0;
    if (aggregated) {
      const densityRow = view.layout.groups.find((g) => g.key === item.lane)?.densityRow;
      if (densityRow === null || densityRow === undefined) continue;
      row = densityRow;
    }
    out.push({ item, pos: i, y: (view.rowTop[row] ?? 0) + CHART.rowHeight / 2, aggregated });
  }
  return out;
}

type Tip =
  | { kind: 'event'; id: string; left: number; top: number }
  | { kind: 'density'; bin: DensityBin; left: number; top: number };

export function TimelineChart({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const { filter, dim, selectedId, viewport } = useTimelineStore(
    useShallow((s) => ({
      filter: s.themeFilter,
      dim: s.dimFiltered,
      selectedId: s.selectedEventId,
      viewport: s.viewport,
    })),
  );
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width } = useElementSize(containerRef, { width: 1200, height: 400 });
  const scheme = useScheme();
  const { t, locale } = useI18n();
  const contentLang = contentLangOf(data.dataset.language);

  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const domain: Domain = viewport ?? bounds;
  const pxPerMs = width / span(domain);
  const step = layoutZoomStep(pxPerMs);

  // Per dataset and filter: what is shown, in date order, with its time index.
  const highlightedSource = useTimelineStore((s) => s.highlightedSourceId);
  const spotlight = useMemo(
    () => (highlightedSource === null ? null : selectEventsCitingSource(data, highlightedSource)),
    [data, highlightedSource],
  );
  const { shown, shownIndex, items, itemIndex } = useMemo(
    () =>
      filteredView(
        data,
        {
          filter,
          dimFiltered: dim,
          spotlight:
            highlightedSource === null || spotlight === null
              ? null
              : { sourceId: highlightedSource, eventIds: spotlight },
        },
        shortLabelFor,
      ),
    [data, filter, dim, highlightedSource, spotlight],
  );
  /** Whether the filter shows an event (dimmed counts as shown). No per-filter lookup table. */
  const isShown = (id: string) => {
    const e = data.eventsById.get(id);
    return e !== undefined && emphasisFor(e, filter, dim) !== 'hidden';
  };

  // The view at rest. During a gesture the accessible layer is see-through and unclickable
  // and the layout holds still, so zooming never re-packs rows or restyles DOM per frame.
  const [settled, setSettled] = useState<Domain>(domain);
  const moving = settled[0] !== domain[0] || settled[1] !== domain[1];
  useEffect(() => {
    if (!moving) return;
    const t = setTimeout(() => setSettled(domain), VIEW_SETTLE_MS);
    return () => {
      clearTimeout(t);
    };
  }, [moving, domain]);
  const settledK = width / span(settled);

  // Per zoom step at rest: lanes, rows, density. Mid-gesture the chart reuses a layout it
  // already has for the live step, else the one of the view at rest (zooming in only spreads
  // marks apart; zooming out may crowd them until the view settles and re-packs).
  const laneOrder = useMemo(() => data.dataset.themes.map((t) => t.id), [data.dataset.themes]);
  const layoutOptions = { charPx: CHAR_PX };
  const layoutStep =
    moving && !hasCachedLayout(items, laneOrder, step, layoutOptions)
      ? layoutZoomStep(settledK)
      : step;
  const layout = cachedLaneLayout(items, laneOrder, layoutStep, layoutOptions);
  const geometry = useMemo(() => computeGeometry(layout), [layout]);
  const rowTop = useMemo(() => {
    const a = new Float64Array(Math.max(1, layout.rowCount));
    for (const [row, top] of geometry.rowTop) a[row] = top;
    return a;
  }, [geometry, layout.rowCount]);
  const rowTops = useMemo(
    () => [...geometry.rowTop.entries()].sort((a, b) => a[1] - b[1]),
    [geometry],
  );
  const height = geometry.height;

  // Keyboard: one tab stop, arrows through every shown event in date order.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const visibleSelected = selectedId !== null && isShown(selectedId) ? selectedId : null;
  // The first event in the view at rest: steady through a gesture, so zooming and panning
  // never re-render the options to move an unfocused tab stop.
  const firstInView = itemsInWindow(shownIndex, settled[0], settled[1], 1)[0]?.id ?? null;
  const tabStopId =
    focusedId !== null && isShown(focusedId) ? focusedId : (visibleSelected ?? firstInView);

  // Focused or selected events that the layout aggregated still get a mark of their own.
  const keepIds = useMemo(
    () => [...new Set([tabStopId, visibleSelected])].filter((id): id is string => id !== null),
    [tabStopId, visibleSelected],
  );
  const pinned = useMemo(
    () =>
      placeKept(keepIds, data, { items, itemIndex, layout, rowTop }).filter((k) => k.aggregated),
    [keepIds, data, items, itemIndex, layout, rowTop],
  );

  // The accessible options near the view, computed from the settled view and the layout of
  // that moment (the layout changes step by step while zooming; the DOM should not).
  const liveView = useMemo<OptionsView>(
    () => ({ settled, settledK, itemIndex, layout, items, rowTop }),
    [settled, settledK, itemIndex, layout, items, rowTop],
  );
  const [heldView, setHeldView] = useState(liveView);
  if (!moving && heldView !== liveView) setHeldView(liveView);
  // The canvas repaints first; the DOM layer catches up in a render of its own after that
  // frame (a filter toggle re-keys hundreds of options, which must not hold back the frame).
  const currentView = moving ? heldView : liveView;
  const optionsView = useAfterPaint(currentView);
  // Until the deferred render lands after a filter or layout change, the options sit where
  // the previous one put them: they take no clicks then (a click must never select what the
  // canvas no longer shows; a transparent shield covers them).
  const optionsStale =
    optionsView.items !== currentView.items || optionsView.layout !== currentView.layout;
  const windowOptions = useMemo(() => {
    const { settled: view, settledK: kView, items: its, itemIndex: index } = optionsView;
    const win = materialWindow(view);
    const out: PlacedOption[] = [];
    forEachInWindow(index, win[0], win[1], (i) => {
      if (out.length >= MAX_OPTIONS) return false;
      const row = optionsView.layout.rowByIndex[i] ?? -1;
      if (row < 0) return;
      const it = its[i] as ChartItem;
      const y = (optionsView.rowTop[row] ?? 0) + CHART.rowHeight / 2;
      out.push({ pos: i, option: markOption(data, it, (it.startMs - view[0]) * kView, y) });
    });
    return {
      placed: out,
      options: out.map((o) => o.option),
      ids: new Set(out.map((o) => o.option.id)),
    };
  }, [optionsView, data]);
  // The focused and selected events always have an option, in the same view and layout as
  // the rest, even far from the view or mid-gesture: a key press moves focus at once, and
  // the options' own set changes only with the view or the filter.
  const options = useMemo<MarkOption[]>(() => {
    const extra = placeKept(
      keepIds.filter((id) => !windowOptions.ids.has(id)),
      data,
      optionsView,
    ).map((k) => ({
      pos: k.pos,
      option: markOption(
        data,
        k.item,
        (k.item.startMs - optionsView.settled[0]) * optionsView.settledK,
        k.y,
      ),
    }));
    if (extra.length === 0) return windowOptions.options;
    // A stable (date) order: React then never moves an existing node, so the focused
    // option keeps its focus when the set around it changes.
    return [...windowOptions.placed, ...extra].sort((a, b) => a.pos - b.pos).map((o) => o.option);
  }, [windowOptions, keepIds, data, optionsView]);

  // Conference names: short when the next conference is close at this zoom step.
  const bandTexts = useMemo(() => {
    const confs = data.conferences;
    return confs.map((event, i) => {
      const { label, place } = splitConferenceTitle(event.title);
      const next = confs[i + 1];
      const roomPx = next ? (next.startMs - event.startMs) * layoutStep : Infinity;
      const full = place ? `${label} · ${place}` : label;
      return full.length * 7.6 + 16 <= roomPx ? full : label;
    });
  }, [data.conferences, layoutStep]);
  const bandOptions = useMemo<BandModel[]>(
    () =>
      data.conferences.map((event, i) => ({
        event,
        x: (event.startMs - settled[0]) * settledK,
        label: bandTexts[i] ?? event.title,
        ariaLabel: `${formatEventDate(event)} – ${event.title}${event.location ? `, ${event.location}` : ''}`,
      })),
    [data.conferences, bandTexts, settled, settledK],
  );
  const bandLabels = data.conferences.map((event, i) => ({
    id: event.id,
    x: (event.startMs - domain[0]) * pxPerMs,
    label: bandTexts[i] ?? event.title,
    selected: event.id === visibleSelected,
  }));

  const ticks = useMemo(() => computeTicks(domain, width, locale), [domain, width, locale]);

  // The canvas covers only the on-screen part of the chart (raster cost stays flat however
  // many lanes and rows there are); it follows page scrolling.
  const [visibleTop, setVisibleTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(() =>
    typeof window === 'undefined' ? 900 : window.innerHeight,
  );
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const rect = containerRef.current?.getBoundingClientRect();
      if (!rect) return;
      setVisibleTop(Math.max(0, -rect.top));
      setViewportHeight(window.innerHeight);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);
  const canvasHeight = Math.min(height, viewportHeight);
  const canvasTop = Math.max(0, Math.min(visibleTop, height - canvasHeight));

  // Canvas: patterns once per dataset, a frame whenever anything drawn changes.
  const patternCache = useRef<{ themes: unknown; patterns: (CanvasPattern | null)[] } | null>(null);
  const lastFrame = useRef<FrameInput | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(canvasHeight * dpr);
    // Resizing clears the canvas: then it must be drawn whatever else changed.
    let cleared = false;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      cleared = true;
    }
    if (patternCache.current?.themes !== data.dataset.themes) {
      patternCache.current = {
        themes: data.dataset.themes,
        patterns: makeThemePatterns(ctx, data.dataset.themes),
      };
    }
    const patterns = patternCache.current.patterns;
    const frame: FrameInput = {
      ctx,
      width,
      height: canvasHeight,
      chartHeight: height,
      offsetY: canvasTop,
      dpr,
      domain,
      ticks,
      conferences: data.conferences,
      selectedId: visibleSelected,
      items,
      index: itemIndex,
      rowByIndex: layout.rowByIndex,
      rowTop,
      groups: layout.groups,
      themes: data.dataset.themes,
      patterns,
      pinned,
      palette: scheme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE,
    };
    if (!cleared && lastFrame.current !== null && sameFrame(lastFrame.current, frame)) return;
    lastFrame.current = frame;
    drawTimeline(frame);
  });

  // For the benchmark and for anyone profiling: when the first frame with marks is on screen.
  useEffect(() => {
    const id = requestAnimationFrame(() => performance.mark('timeline-drawn'));
    return () => {
      cancelAnimationFrame(id);
    };
  }, [data]);

  const setDomain = useCallback((d: Domain) => store.getState().setViewport(d), [store]);
  useZoomGestures(svgRef, bounds, domain, width, height, setDomain);

  const [tip, setTip] = useState<Tip | null>(null);
  const tipForElement = useCallback((el: Element) => {
    const id = el.getAttribute('data-event-id');
    const box = containerRef.current?.getBoundingClientRect();
    if (!id || !box) return;
    const r = (el.querySelector('.band-label') ?? el).getBoundingClientRect();
    setTip({ kind: 'event', id, left: r.left - box.left, top: r.bottom - box.top + 4 });
  }, []);

  const focusEvent = useCallback(
    (id: string) => {
      setFocusedId(id);
      const e = data.eventsById.get(id);
      if (!e) return;
      const current = store.getState().viewport ?? bounds;
      const next = revealInstant(current, e.startMs, e.endMs, bounds);
      if (next !== current) store.getState().setViewport(next);
    },
    [data.eventsById, store, bounds],
  );

  // Move DOM focus after React has rendered the new tab stop.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const el = containerRef.current?.querySelector<SVGGElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  const zoomBy = useCallback(
    (factor: number, anchorMs?: number) => {
      const current = store.getState().viewport ?? bounds;
      const sel = store.getState().selectedEventId;
      const e = sel !== null ? data.eventsById.get(sel) : undefined;
      const anchor =
        anchorMs ??
        (e && e.startMs >= current[0] && e.startMs <= current[1]
          ? e.startMs
          : (current[0] + current[1]) / 2);
      const next = zoomAt(current, factor, anchor, bounds);
      store.getState().setViewport(span(next) >= span(bounds) - 1 ? null : next);
    },
    [store, bounds, data.eventsById],
  );
  const resetZoom = useCallback(() => store.getState().setViewport(null), [store]);

  const onKeyDown = (ev: KeyboardEvent) => {
    const target = (ev.target as Element).closest('[data-event-id]');
    const id = target?.getAttribute('data-event-id') ?? null;
    const index = id === null ? -1 : shown.findIndex((s) => s.event.id === id);
    const move = (to: number) => {
      const next = shown[Math.max(0, Math.min(shown.length - 1, to))]?.event.id;
      if (next === undefined) return;
      pendingFocus.current = next;
      focusEvent(next);
    };
    if (ev.shiftKey && (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight')) {
      const current = store.getState().viewport ?? bounds;
      const delta = span(current) * 0.25 * (ev.key === 'ArrowLeft' ? -1 : 1);
      store.getState().setViewport(panBy(current, delta, bounds));
      ev.preventDefault();
      return;
    }
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(shown.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (id !== null) store.getState().selectEvent(id);
        break;
      case 'Escape':
        setTip(null);
        store.getState().selectEvent(null);
        break;
      case '+':
      case '=':
        zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        resetZoom();
        break;
      default:
        return;
    }
    ev.preventDefault();
  };

  const markAt = (t: EventTarget) => (t instanceof Element ? t.closest('[data-event-id]') : null);

  /** Density rows are canvas only: find the bin under the pointer. */
  const densityAt = (clientX: number, clientY: number) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box) return null;
    const x = clientX - box.left;
    const y = clientY - box.top;
    const row = rowAtY(rowTops, y, CHART.rowHeight);
    if (row === null) return null;
    const group = layout.groups.find((g) => g.densityRow === row);
    if (!group) return null;
    const bin = hitTestDensity(group.density, domain[0] + x / pxPerMs);
    return bin ? { bin, x, y } : null;
  };

  const onPointerMove = (ev: PointerEvent<SVGSVGElement>) => {
    const el = markAt(ev.target);
    if (el) {
      if (tip?.kind !== 'event' || el.getAttribute('data-event-id') !== tip.id) tipForElement(el);
      return;
    }
    const hit = densityAt(ev.clientX, ev.clientY);
    if (hit) setTip({ kind: 'density', bin: hit.bin, left: hit.x, top: hit.y + 16 });
    else if (tip) setTip(null);
  };

  const onSvgClick = (ev: MouseEvent<SVGSVGElement>) => {
    const el = markAt(ev.target);
    if (el) {
      const id = el.getAttribute('data-event-id');
      if (id) {
        setFocusedId(id);
        store.getState().selectEvent(id);
      }
      return;
    }
    const hit = densityAt(ev.clientX, ev.clientY);
    if (hit) zoomBy(4, (hit.bin.startMs + hit.bin.endMs) / 2);
  };

  // On a phone-width screen the chart becomes a vertical list of the events in view.
  const narrow = width < NARROW_PX;
  const listed = narrow ? itemsInWindow(shownIndex, domain[0], domain[1], LIST_LIMIT + 1) : [];

  const tipEvent = tip?.kind === 'event' ? data.eventsById.get(tip.id) : undefined;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          {t('chart.heading')}
        </h2>
        <p className="timeline__span" id="timeline-span">
          {t('chart.showing', { span: formatSpan(domain) })}
        </p>
        <ZoomControls
          onZoomIn={() => zoomBy(ZOOM_STEP)}
          onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
          onReset={resetZoom}
          canZoomOut={viewport !== null}
        />
      </div>
      <p className="timeline__hint" id="timeline-hint">
        {t('chart.hint')}
        {layout.overflowCount > 0 && ` ${t('chart.overflow', { count: layout.overflowCount })}`}
      </p>
      {narrow && (
        <ol
          className="timeline__list"
          role="listbox"
          aria-label={t('chart.listLabel')}
          aria-describedby="timeline-hint"
          onKeyDown={onKeyDown}
          onClick={(ev) => {
            const id = markAt(ev.target)?.getAttribute('data-event-id');
            if (id) {
              setFocusedId(id);
              store.getState().selectEvent(id);
            }
          }}
        >
          {listed.slice(0, LIST_LIMIT).map((e) => (
            <li
              key={e.id}
              role="option"
              aria-selected={e.id === visibleSelected}
              tabIndex={e.id === tabStopId ? 0 : -1}
              data-event-id={e.id}
              className={e.id === visibleSelected ? 'timeline__item is-selected' : 'timeline__item'}
            >
              <span className="timeline__item-date">{formatEventDate(e)}</span>{' '}
              <span className="timeline__item-title" lang={contentLang}>
                {e.title}
              </span>
            </li>
          ))}
          {listed.length > LIST_LIMIT && (
            <li role="presentation" className="timeline__item-more">
              {t('chart.moreInPeriod')}
            </li>
          )}
        </ol>
      )}
      <div
        className="timeline__canvas"
        ref={containerRef}
        // Time runs left to right whatever the language's direction; the chrome around mirrors.
        dir="ltr"
        style={narrow ? { height: 0, border: 'none' } : { height }}
      >
        {!narrow && (
          <canvas
            ref={canvasRef}
            className="timeline__marks-canvas"
            style={{ width, height: canvasHeight, top: canvasTop }}
            aria-hidden="true"
          />
        )}
        {!narrow && <TimeAxis ticks={ticks} bands={bandLabels} width={width} lang={contentLang} />}
        {!narrow && (
          <svg
            ref={svgRef}
            className="timeline__svg"
            width={width}
            height={height}
            role="group"
            aria-labelledby="timeline-heading timeline-span"
            onPointerMove={onPointerMove}
            onPointerLeave={() => setTip(null)}
            onClick={onSvgClick}
          >
            <g className="lanes" aria-hidden="true">
              {geometry.laneHeaders.map((h) => {
                const theme = h.key === null ? undefined : data.themesById.get(h.key);
                return (
                  <text
                    key={h.key ?? '(none)'}
                    className="lane-label"
                    x={8}
                    y={h.y + 14}
                    lang={theme ? contentLang : undefined}
                  >
                    {theme?.label ?? t('chart.laneOther')}
                  </text>
                );
              })}
            </g>
            <g
              className="marks"
              role="listbox"
              aria-label={t('chart.optionsLabel')}
              aria-describedby="timeline-hint"
              onKeyDown={onKeyDown}
              onFocus={(ev) => {
                const el = markAt(ev.target);
                if (el) {
                  setFocusedId(el.getAttribute('data-event-id'));
                  tipForElement(el);
                }
              }}
              onBlur={() => setTip(null)}
            >
              {/* Hidden mid-gesture only. When merely a render behind (a filter toggle), a shield
                  above them takes the clicks instead: restyling every option cost ~7 ms. */}
              <g className={moving ? 'mark-options is-moving' : 'mark-options'}>
                <ConferenceBands
                  bands={bandOptions}
                  selectedId={visibleSelected}
                  tabStopId={tabStopId}
                  lang={contentLang}
                />
                <MarkOptions
                  options={options}
                  selectedId={visibleSelected}
                  tabStopId={tabStopId}
                  lang={contentLang}
                />
              </g>
            </g>
            {optionsStale && !moving && (
              <rect
                className="timeline__shield"
                aria-hidden="true"
                x={0}
                y={0}
                width={width}
                height={height}
              />
            )}
          </svg>
        )}
        {tip && (tipEvent || tip.kind === 'density') && (
          <div
            className="timeline__tooltip"
            aria-hidden="true"
            style={{ left: Math.max(0, Math.min(tip.left, width - 280)), top: tip.top }}
          >
            {tip.kind === 'event' && tipEvent ? (
              <>
                <span className="timeline__tooltip-date">{formatEventDate(tipEvent)}</span>
                <span className="timeline__tooltip-title" lang={contentLang}>
                  {tipEvent.title}
                </span>
                {tipEvent.dateCertainty !== undefined &&
                  tipEvent.dateCertainty !== 'exact' &&
                  tipEvent.dateNote && (
                    <span className="timeline__tooltip-note">
                      {t('chart.dateNote', {
                        certainty:
                          tipEvent.dateCertainty === 'inferred'
                            ? t('chart.dateInferred')
                            : t('chart.dateApproximate'),
                        note: tipEvent.dateNote,
                      })}
                    </span>
                  )}
              </>
            ) : tip.kind === 'density' ? (
              <>
                <span className="timeline__tooltip-date">
                  {formatSpan([tip.bin.startMs, tip.bin.endMs])}
                </span>
                <span className="timeline__tooltip-title">
                  {t('chart.moreHere', { count: tip.bin.count })}
                </span>
              </>
            ) : null}
          </div>
        )}
        {items.length === 0 && (
          <p className="timeline__empty" role="status">
            {t('chart.empty')}
          </p>
        )}
      </div>
    </section>
  );
}
