import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { laneThemeFor } from '../../lib/emphasis';
import { computeGeometry } from '../../lib/chartGeometry';
import { formatEventDate } from '../../lib/formatDate';
import { patternId, patternPath } from '../../lib/glyphs';
import { computeLaneLayout, layoutZoomStep, truncateLabel } from '../../lib/laneLayout';
import { computeTicks } from '../../lib/timeScale';
import {
  DAY_MS,
  panBy,
  paddedBounds,
  revealInstant,
  span,
  zoomAt,
  type Domain,
} from '../../lib/viewport';
import { selectShownEvents } from '../../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { ConferenceBands, type BandModel } from './ConferenceBands';
import { EventMarks } from './EventMarks';
import { cssVars, type RenderEvent } from './markModel';
import { TimeAxis } from './TimeAxis';
import { useElementSize } from './useElementSize';
import { useZoomGestures } from './useZoomGestures';
import { ZoomControls } from './ZoomControls';
import { formatSpan } from '../../lib/formatDate';

/** "WPC 2008 — Houston" → name "WPC 2008", place "Houston", so labels stay short. */
function splitBandTitle(title: string): { label: string; place: string } {
  const m = /^(.+?)\s+[—–-]\s+(.+)$/.exec(title);
  return m ? { label: m[1] ?? title, place: m[2] ?? '' } : { label: title, place: '' };
}

interface TooltipState {
  id: string;
  left: number;
  top: number;
}

const ZOOM_STEP = 2;

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
  const { width } = useElementSize(containerRef, { width: 1200, height: 400 });

  const bounds = useMemo(() => paddedBounds(data.span), [data.span]);
  const domain: Domain = viewport ?? bounds;
  const origin = bounds[0];
  const pxPerMs = width / span(domain);
  const step = layoutZoomStep(pxPerMs);

  const shown = useMemo(() => selectShownEvents(data, filter, dim), [data, filter, dim]);
  const themeIndex = useMemo(
    () => new Map(data.dataset.themes.map((t, i) => [t.id, i])),
    [data.dataset.themes],
  );
  const pointAndRangeEvents = useMemo(
    () => shown.filter((s) => s.event.kind !== 'conference'),
    [shown],
  );

  const layout = useMemo(() => {
    const items = pointAndRangeEvents.map(({ event }) => ({
      id: event.id,
      startMs: event.startMs,
      endMs: event.endMs,
      isRange: event.isRange,
      lane: laneThemeFor(event, filter),
      label: truncateLabel(event.title),
    }));
    return computeLaneLayout(
      items,
      data.dataset.themes.map((t) => t.id),
      { pxPerMs: step },
    );
  }, [pointAndRangeEvents, filter, data.dataset.themes, step]);
  const geometry = useMemo(() => computeGeometry(layout), [layout]);

  const marks = useMemo<RenderEvent[]>(
    () =>
      pointAndRangeEvents.map(({ event, emphasis }) => {
        const lane = laneThemeFor(event, filter);
        const theme = lane === null ? null : (data.themesById.get(lane) ?? null);
        const themeLabels = event.themes
          .map((t) => data.themesById.get(t)?.label)
          .filter((l): l is string => l !== undefined);
        const date = formatEventDate(event);
        return {
          event,
          theme,
          themeIndex: lane === null ? -1 : (themeIndex.get(lane) ?? -1),
          xDays: (event.startMs - origin) / DAY_MS,
          durationDays: event.isRange ? (event.endMs - event.startMs) / DAY_MS : 0,
          y: geometry.yOf.get(event.id) ?? 0,
          label: truncateLabel(event.title),
          ariaLabel: `${date} – ${event.title}${themeLabels.length ? ` (${themeLabels.join(', ')})` : ''}${emphasis === 'dimmed' ? ', filtered out' : ''}`,
          emphasis,
        };
      }),
    [pointAndRangeEvents, filter, data.themesById, themeIndex, origin, geometry],
  );

  const bands = useMemo<BandModel[]>(() => {
    const confs = data.conferences;
    return confs.map((event, i) => {
      const { label, place } = splitBandTitle(event.title);
      const next = confs[i + 1];
      const roomPx = next ? (next.startMs - event.startMs) * step : Infinity;
      const full = place ? `${label} · ${place}` : label;
      return {
        event,
        xDays: (event.startMs - origin) / DAY_MS,
        durationDays: (event.endMs - event.startMs) / DAY_MS,
        label: full.length * 7.6 + 16 <= roomPx ? full : label,
        ariaLabel: `${formatEventDate(event)} – ${event.title}${event.location ? `, ${event.location}` : ''}`,
      };
    });
  }, [data.conferences, origin, step]);

  // Keyboard order: every shown event, in date order.
  const order = useMemo(() => shown.map((s) => s.event.id), [shown]);
  const visibleSelected = selectedId !== null && order.includes(selectedId) ? selectedId : null;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const firstInView =
    shown.find((s) => s.event.endMs > domain[0] && s.event.startMs < domain[1])?.event.id ?? null;
  const tabStopId =
    focusedId !== null && order.includes(focusedId) ? focusedId : (visibleSelected ?? firstInView);

  const height = geometry.height;
  const ticks = useMemo(() => computeTicks(domain, width), [domain, width]);

  const setDomain = useCallback((d: Domain) => store.getState().setViewport(d), [store]);
  useZoomGestures(svgRef, bounds, domain, width, height, setDomain);

  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const showTooltipFor = useCallback((el: Element) => {
    const id = el.getAttribute('data-event-id');
    const box = containerRef.current?.getBoundingClientRect();
    if (!id || !box) return;
    const r = (el.querySelector('.glyph, .band-label') ?? el).getBoundingClientRect();
    setTooltip({ id, left: r.left - box.left, top: r.bottom - box.top + 4 });
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

  // Move DOM focus after React has made the new tab stop focusable.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    const el = containerRef.current?.querySelector<SVGGElement>(
      `[data-event-id="${CSS.escape(id)}"]`,
    );
    el?.focus();
  });

  const zoomBy = useCallback(
    (factor: number) => {
      const current = store.getState().viewport ?? bounds;
      const sel = store.getState().selectedEventId;
      const e = sel !== null ? data.eventsById.get(sel) : undefined;
      const anchor =
        e && e.startMs >= current[0] && e.startMs <= current[1]
          ? e.startMs
          : (current[0] + current[1]) / 2;
      const next = zoomAt(current, factor, anchor, bounds);
      store.getState().setViewport(span(next) >= span(bounds) - 1 ? null : next);
    },
    [store, bounds, data.eventsById],
  );
  const resetZoom = useCallback(() => store.getState().setViewport(null), [store]);

  const onKeyDown = (ev: KeyboardEvent<SVGGElement>) => {
    const target = (ev.target as Element).closest('[data-event-id]');
    const id = target?.getAttribute('data-event-id') ?? null;
    const index = id === null ? -1 : order.indexOf(id);
    const move = (to: number) => {
      const next = order[Math.max(0, Math.min(order.length - 1, to))];
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
        move(order.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (id !== null) store.getState().selectEvent(id);
        break;
      case 'Escape':
        setTooltip(null);
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

  const tipEvent = tooltip ? data.eventsById.get(tooltip.id) : undefined;
  const k = pxPerMs * DAY_MS;
  const tx = -((domain[0] - origin) / DAY_MS) * k;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <p className="timeline__span" id="timeline-span">
          Showing {formatSpan(domain)}
        </p>
        <ZoomControls
          onZoomIn={() => zoomBy(ZOOM_STEP)}
          onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
          onReset={resetZoom}
          canZoomOut={viewport !== null}
        />
      </div>
      <p className="timeline__hint" id="timeline-hint">
        Drag or use the wheel to pan and zoom. With an event focused: arrow keys move between
        events, Enter selects, + and − zoom, 0 resets, Shift+arrows pan, Escape clears.
      </p>
      <div className="timeline__canvas" ref={containerRef}>
        <svg
          ref={svgRef}
          className="timeline__svg"
          width={width}
          height={height}
          role="group"
          aria-labelledby="timeline-heading timeline-span"
        >
          <defs>
            {data.dataset.themes.map((t, i) => {
              const d = patternPath(t.pattern);
              return (
                <pattern
                  key={t.id}
                  id={patternId(i)}
                  width={8}
                  height={8}
                  patternUnits="userSpaceOnUse"
                >
                  {d !== null && <path d={d} className="pattern-stroke" />}
                </pattern>
              );
            })}
            <clipPath id="plot-clip">
              <rect x={0} y={0} width={width} height={height} />
            </clipPath>
          </defs>
          <TimeAxis ticks={ticks} height={height} />
          <g
            className="marks"
            role="listbox"
            aria-label="Events in date order"
            aria-describedby="timeline-hint"
            clipPath="url(#plot-clip)"
            style={cssVars({ '--k': k, '--tx': tx })}
            onKeyDown={onKeyDown}
            onClick={(ev) => {
              const el = markAt(ev.target);
              const id = el?.getAttribute('data-event-id');
              if (id) {
                setFocusedId(id);
                store.getState().selectEvent(id);
              }
            }}
            onMouseOver={(ev) => {
              const el = markAt(ev.target);
              if (el && el.getAttribute('data-event-id') !== tooltip?.id) showTooltipFor(el);
            }}
            onMouseLeave={() => setTooltip(null)}
            onFocus={(ev) => {
              const el = markAt(ev.target);
              if (el) {
                setFocusedId(el.getAttribute('data-event-id'));
                showTooltipFor(el);
              }
            }}
            onBlur={() => setTooltip(null)}
          >
            <ConferenceBands
              bands={bands}
              height={height}
              selectedId={visibleSelected}
              tabStopId={tabStopId}
            />
            <EventMarks marks={marks} selectedId={visibleSelected} tabStopId={tabStopId} />
          </g>
          <g className="lanes" aria-hidden="true">
            {geometry.laneHeaders.map((h) => {
              const theme = h.key === null ? undefined : data.themesById.get(h.key);
              return (
                <g key={h.key ?? '(none)'} transform={`translate(0,${h.y})`}>
                  <line className="lane-rule" x1={0} x2={width} y1={0} y2={0} />
                  <text className="lane-label" x={8} y={14}>
                    {theme?.label ?? 'Other'}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
        {tipEvent && tooltip && (
          <div
            className="timeline__tooltip"
            aria-hidden="true"
            style={{ left: Math.min(tooltip.left, width - 280), top: tooltip.top }}
          >
            <span className="timeline__tooltip-date">{formatEventDate(tipEvent)}</span>
            <span className="timeline__tooltip-title">{tipEvent.title}</span>
          </div>
        )}
        {pointAndRangeEvents.length === 0 && (
          <p className="timeline__empty" role="status">
            No events match the theme filter. Choose at least one theme.
          </p>
        )}
      </div>
    </section>
  );
}
