import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Tracks an element's content box; starts from `initial` so first paint and tests have numbers. */
export function useElementSize(ref: RefObject<HTMLElement | null>, initial: Size): Size {
  const [size, setSize] = useState<Size>(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (w > 0) {
        setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      ro.disconnect();
    };
  }, [ref]);
  return size;
}

/**
 * The chart's plot: the body's size, less the gutter the lanes' scroller keeps for its
 * scrollbar (the canvas and the header strip are exactly as wide as what is left).
 */
export function usePlotSize(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
): { body: Size; width: number; height: number } {
  const body = useElementSize(bodyRef, { width: 1200, height: 400 });
  const [gutter, setGutter] = useState(0);
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el) setGutter(Math.max(0, el.offsetWidth - el.clientWidth));
  }, [scrollerRef, body.width]);
  return { body, width: Math.max(1, body.width - gutter), height: body.height };
}
