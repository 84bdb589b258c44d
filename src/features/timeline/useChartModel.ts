import { useMemo } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { computeGeometry, rowTopArray, type ChartMetrics } from '../../lib/chartGeometry';
import { filteredView, titleLabel } from '../../lib/chart/chartItems';
import { emphasisFor, eventsCitingSource, type ThemeFilter } from '../../lib/emphasis';
import { cachedLaneLayout, hasCachedLayout, layoutZoomStep } from '../../lib/laneLayout';

export interface ModelChoices {
  readonly filter: ThemeFilter;
  readonly dim: boolean;
  readonly highlightedSource: string | null;
  /** "My notes": only these events match; null when that filter is off. */
  readonly only?: ReadonlySet<string> | null;
}

/**
 * The chart's pipeline per render, each step memoised on its real inputs: what the filter
 * shows (items in date order, with their time index), their lane layout at the zoom step,
 * and the rows' geometry. Mid-gesture the chart reuses a layout it already has for the live
 * step, else the one of the view at rest (zooming in only spreads marks apart; zooming out
 * may crowd them until the view settles and re-packs).
 */
export function useChartModel(
  data: LoadedDataset,
  choices: ModelChoices,
  pxPerMs: number,
  settledPxPerMs: number,
  moving: boolean,
  metrics: ChartMetrics,
) {
  const { filter, dim, highlightedSource } = choices;
  const only = choices.only ?? null;
  const spotlight = useMemo(
    () => (highlightedSource === null ? null : eventsCitingSource(data, highlightedSource)),
    [data, highlightedSource],
  );
  const view = useMemo(
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
          only,
        },
        titleLabel,
      ),
    [data, filter, dim, highlightedSource, spotlight, only],
  );
  const { items } = view;
  const laneOrder = useMemo(() => data.dataset.themes.map((t) => t.id), [data.dataset.themes]);
  const options = useMemo(() => ({ fontPx: metrics.fontPx }), [metrics.fontPx]);
  const step = layoutZoomStep(pxPerMs);
  const layoutStep =
    moving && !hasCachedLayout(items, laneOrder, step, options)
      ? layoutZoomStep(settledPxPerMs)
      : step;
  const layout = cachedLaneLayout(items, laneOrder, layoutStep, options);
  const geometry = useMemo(() => computeGeometry(layout, metrics), [layout, metrics]);
  const rowTop = useMemo(() => rowTopArray(geometry, layout.rowCount), [geometry, layout.rowCount]);
  const rowTops = useMemo(
    () => [...geometry.rowTop.entries()].sort((a, b) => a[1] - b[1]),
    [geometry],
  );
  /** Whether the filter shows an event (dimmed counts as shown). No per-filter lookup table. */
  const isShown = (id: string) => {
    const e = data.eventsById.get(id);
    if (e === undefined) return false;
    if (only && !dim && e.kind !== 'conference' && !only.has(id)) return false;
    return emphasisFor(e, filter, dim) !== 'hidden';
  };
  return { ...view, layout, layoutStep, geometry, rowTop, rowTops, isShown };
}

export type ChartModel = ReturnType<typeof useChartModel>;
