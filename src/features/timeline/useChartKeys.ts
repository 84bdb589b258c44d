import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { ShownEvent } from '../../lib/emphasis';
import { keyIntent, moveTarget } from '../../lib/chart/keyIntent';
import { panBy, revealInstant, span, zoomAt, type Domain } from '../../lib/viewport';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';

export const ZOOM_STEP = 2;

/**
 * Zoom, pan and the roving focus: one tab stop, arrows through every shown event in date
 * order (the key table is lib/chart/keyIntent). DOM focus moves after React has rendered the
 * new tab stop.
 */
export function useChartKeys(
  data: LoadedDataset,
  shown: readonly ShownEvent[],
  bounds: Domain,
  rootRef: RefObject<HTMLElement | null>,
  setFocusedId: (id: string | null) => void,
  onEscape: () => void,
) {
  const store = useTimelineStoreApi();

  const focusEvent = useCallback(
    (id: string) => {
      setFocusedId(id);
      const e = data.eventsById.get(id);
      if (!e) return;
      const current = store.getState().viewport ?? bounds;
      const next = revealInstant(current, e.startMs, e.endMs, bounds);
      if (next !== current) store.getState().setViewport(next);
    },
    [data.eventsById, store, bounds, setFocusedId],
  );

  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const el = rootRef.current?.querySelector<SVGGElement | HTMLElement>(
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
    const intent = keyIntent(ev.key, ev.shiftKey);
    if (intent === null) return;
    const target = (ev.target as Element).closest('[data-event-id]');
    const id = target?.getAttribute('data-event-id') ?? null;
    switch (intent.kind) {
      case 'move': {
        const index = id === null ? -1 : shown.findIndex((s) => s.event.id === id);
        const next = shown[moveTarget(index, shown.length, intent.to)]?.event.id;
        if (next === undefined) break;
        pendingFocus.current = next;
        focusEvent(next);
        break;
      }
      case 'pan': {
        const current = store.getState().viewport ?? bounds;
        store
          .getState()
          .setViewport(panBy(current, span(current) * 0.25 * intent.direction, bounds));
        break;
      }
      case 'select':
        if (id !== null) store.getState().selectEvent(id);
        break;
      case 'clear':
        onEscape();
        store.getState().selectEvent(null);
        break;
      case 'zoom':
        zoomBy(intent.direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        break;
      case 'reset':
        resetZoom();
        break;
    }
    ev.preventDefault();
  };

  return { onKeyDown, zoomBy, resetZoom };
}
