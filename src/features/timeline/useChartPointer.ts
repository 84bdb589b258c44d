import { useCallback, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { hitTestDensity, rowAtY } from '../../lib/hitTest';
import type { DensityBin, LaneLayout } from '../../lib/laneLayout';
import type { Domain } from '../../lib/viewport';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';

export type Tip =
  | { kind: 'event'; id: string; left: number; top: number }
  | { kind: 'density'; bin: DensityBin; left: number; top: number };

const markAt = (t: EventTarget) => (t instanceof Element ? t.closest('[data-event-id]') : null);

/**
 * Pointer on the chart: the tooltip of the mark or density bin under it, a click that selects
 * a mark or zooms into a density bin. Density rows are canvas only, so they are hit-tested
 * from the layout. Positions are relative to the plot (`plotRef`), which does not scroll.
 */
export function useChartPointer(
  plotRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  view: {
    layout: LaneLayout;
    rowTops: readonly (readonly [number, number])[];
    rowHeight: number;
    domain: Domain;
    pxPerMs: number;
    scrollTop: number;
  },
  tipState: readonly [Tip | null, (tip: Tip | null) => void],
  setFocusedId: (id: string | null) => void,
  zoomBy: (factor: number, anchorMs?: number) => void,
) {
  const store = useTimelineStoreApi();
  const [tip, setTip] = tipState;
  const tipForElement = useCallback(
    (el: Element) => {
      const id = el.getAttribute('data-event-id');
      const box = plotRef.current?.getBoundingClientRect();
      if (!id || !box) return;
      const r = el.getBoundingClientRect();
      setTip({ kind: 'event', id, left: r.left - box.left, top: r.bottom - box.top + 4 });
    },
    [plotRef, setTip],
  );

  const densityAt = (clientX: number, clientY: number) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box) return null;
    const x = clientX - box.left;
    const y = clientY - box.top;
    const row = rowAtY(view.rowTops, y, view.rowHeight);
    if (row === null) return null;
    const group = view.layout.groups.find((g) => g.densityRow === row);
    if (!group) return null;
    const bin = hitTestDensity(group.density, view.domain[0] + x / view.pxPerMs);
    return bin ? { bin, x, y: y - view.scrollTop } : null;
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

  const onClick = (ev: MouseEvent<SVGSVGElement>) => {
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

  return { tipForElement, onPointerMove, onClick, markAt };
}
