import { useCallback, useEffect, useState, type RefObject } from 'react';
import { revealScroll } from '../../lib/chart/innerScroll';

/** Movement in px before a drag counts as vertical (it then scrolls the lanes). */
const DRAG_SLOP = 6;

/**
 * The lanes' own scroller: its offset as state (the canvas repaints on scroll), a way to
 * reveal a stretch of content below the fixed header, and drag-to-scroll on the chart's svg.
 * A mostly vertical drag scrolls the lanes (wheel and horizontal drags belong to d3-zoom,
 * which pans and zooms the time axis); the scrollbar and keyboard focus scroll them too.
 */
export function useInnerScroll(
  scrollerRef: RefObject<HTMLDivElement | null>,
  dragTargetRef: RefObject<Element | null>,
  headerHeight: number,
) {
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [scrollerRef]);

  const reveal = useCallback(
    (y0: number, y1: number) => {
      const el = scrollerRef.current;
      if (!el) return;
      const next = revealScroll(el.scrollTop, y0, y1, el.clientHeight, headerHeight);
      if (next !== el.scrollTop) el.scrollTop = next;
    },
    [scrollerRef, headerHeight],
  );

  useEffect(() => {
    const target = dragTargetRef.current;
    const scroller = scrollerRef.current;
    if (!target || !scroller) return;
    let drag: { id: number; x: number; y: number; top: number; vertical: boolean | null } | null =
      null;
    const active = new Set<number>();
    const move = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (drag.vertical === null && Math.hypot(dx, dy) > DRAG_SLOP) {
        drag.vertical = Math.abs(dy) > Math.abs(dx);
      }
      if (drag.vertical === true) scroller.scrollTop = drag.top - dy;
    };
    const up = (e: PointerEvent) => {
      active.delete(e.pointerId);
      if (drag?.id === e.pointerId) drag = null;
    };
    const down = (e: Event) => {
      const p = e as PointerEvent;
      active.add(p.pointerId);
      // A second finger is a pinch, which is d3-zoom's.
      drag =
        active.size > 1 || p.button !== 0
          ? null
          : {
              id: p.pointerId,
              x: p.clientX,
              y: p.clientY,
              top: scroller.scrollTop,
              vertical: null,
            };
    };
    target.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      target.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [dragTargetRef, scrollerRef]);

  /** Scrolls a focused option into view below the header (conference options never move). */
  const revealElement = useCallback(
    (el: Element) => {
      const scroller = scrollerRef.current;
      if (!scroller || el.closest('.band')) return;
      const r = el.getBoundingClientRect();
      const top = r.top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      reveal(top, top + r.height);
    },
    [scrollerRef, reveal],
  );

  return { scrollTop, revealElement };
}
