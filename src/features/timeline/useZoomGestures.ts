import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import {
  domainFromTransform,
  minSpanFor,
  sameDomain,
  span,
  transformFromDomain,
  type Domain,
} from '../../lib/viewport';

/**
 * Binds d3-zoom (wheel, drag, pinch, double-click) to the chart's svg and turns each gesture
 * into a new time domain. The store, not D3, owns the domain: when it changes elsewhere
 * (buttons, keys, URL, reset) D3's internal transform is re-synced to it.
 */
export function useZoomGestures(
  svgRef: RefObject<SVGSVGElement | null>,
  bounds: Domain,
  domain: Domain,
  width: number,
  height: number,
  onDomain: (d: Domain) => void,
): void {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const onDomainRef = useRef(onDomain);
  useEffect(() => {
    onDomainRef.current = onDomain;
  }, [onDomain]);
  const lastEmitted = useRef<Domain | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width <= 0) return;
    const maxK = Math.max(1, span(bounds) / minSpanFor(bounds));
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, Math.max(1, height)],
      ])
      .translateExtent([
        [0, -1e6],
        [width, 1e6],
      ])
      // Keep keyboard-focusable marks clickable: ignore secondary buttons and ctrl-drag.
      .filter((event: Event) => {
        const e = event as MouseEvent;
        return (!e.ctrlKey || event.type === 'wheel') && !e.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return; // programmatic re-sync
        const d = domainFromTransform(event.transform, bounds, width);
        lastEmitted.current = d;
        onDomainRef.current(d);
      });
    behaviour.current = z;
    const sel = select(svg);
    sel.call(z);
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, bounds, width, height]);

  // Re-sync D3's transform when the domain came from somewhere else.
  useEffect(() => {
    const svg = svgRef.current;
    const z = behaviour.current;
    if (!svg || !z || width <= 0) return;
    const last = lastEmitted.current;
    if (last && sameDomain(last, domain, 1)) return;
    const t = transformFromDomain(domain, bounds, width);
    z.transform(select(svg), zoomIdentity.translate(t.x, 0).scale(t.k));
  }, [svgRef, domain, bounds, width]);
}
