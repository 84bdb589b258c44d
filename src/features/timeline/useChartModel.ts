import { useMemo } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { computeGeometry, rowTopArray, type ChartMetrics } from '../../lib/chartGeometry';
import { filteredView, titleLabel } from '../../lib/chart/chartItems';
import { emphasisFor, eventsCitingSource, type ThemeFilter } from '../../lib/emphasis';
import {
  cachedLaneLayout,
  DEFAULT_MAX_ROWS_PER_LANE,
  hasCachedLayout,
  layoutZoomStep,
  mostRowsThatFit,
} from '../../lib/laneLayout';

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
 * may crowd them until the view settles and re-packs). With `fitHeight` each lane keeps as
 * many rows as let every lane fit that height (see mostRowsThatFit).
 */
export function useChartModel(
  data: LoadedDataset,
  choices: ModelChoices,
  pxPerMs: number,
  settledPxPerMs: number,
  moving: boolean,
  metrics: ChartMetrics,
  /** The frame's height where the lanes must fit it (the presenter's stage); else they scroll. */
  fitHeight?: number,
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
  // One options object per rows-per-lane count (1 to 12), so the layout cache knows each again.
  const optionsByRows = useMemo(
    () =>
      Array.from({ length: DEFAULT_MAX_ROWS_PER_LANE }, (_, i) => ({
        fontPx: metrics.fontPx,
        maxRowsPerLane: i + 1,
      })),
    [metrics.fontPx],
  );
  const optionsFor = (rows: number) =>
    optionsByRows[Math.min(DEFAULT_MAX_ROWS_PER_LANE, Math.max(1, rows)) - 1] ?? {
      fontPx: metrics.fontPx,
    };
  const options = optionsFor(DEFAULT_MAX_ROWS_PER_LANE);
  const step = layoutZoomStep(pxPerMs);
  const layoutStep =
    moving && !hasCachedLayout(items, laneOrder, step, options)
      ? layoutZoomStep(settledPxPerMs)
      : step;
  const pack = (rows: number) => cachedLaneLayout(items, laneOrder, layoutStep, optionsFor(rows));
  // On the stage the lanes fit the frame, as on a slide: fewer rows each, the rest counted.
  // When even one row each is too tall, the lanes' density rows fold into their headers.
  const layout =
    fitHeight === undefined
      ? pack(DEFAULT_MAX_ROWS_PER_LANE)
      : mostRowsThatFit(pack, (l) => computeGeometry(l, metrics).contentHeight, fitHeight);
  const fold =
    fitHeight !== undefined && computeGeometry(layout, metrics).contentHeight > fitHeight;
  const geometry = useMemo(() => computeGeometry(layout, metrics, fold), [layout, metrics, fold]);
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
