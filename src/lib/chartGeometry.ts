import type { LaneLayout } from './laneLayout';

/** Vertical rhythm of the chart, in px. One constant, used by the chart and its tests. */
export const CHART = {
  bandLabelHeight: 24,
  axisHeight: 26,
  laneHeaderHeight: 18,
  rowHeight: 24,
  bottomPadding: 14,
  minHeight: 220,
} as const;

export interface LaneHeader {
  readonly key: string | null;
  readonly y: number;
}

export interface ChartGeometry {
  /** Centre line of each placed event's row. */
  readonly yOf: ReadonlyMap<string, number>;
  readonly laneHeaders: readonly LaneHeader[];
  readonly plotTop: number;
  readonly height: number;
}

export function computeGeometry(layout: LaneLayout): ChartGeometry {
  const plotTop = CHART.bandLabelHeight + CHART.axisHeight;
  const rowTop = new Map<number, number>();
  const laneHeaders: LaneHeader[] = [];
  let y = plotTop;
  for (const g of layout.groups) {
    laneHeaders.push({ key: g.key, y });
    y += CHART.laneHeaderHeight;
    for (let r = 0; r < g.rowCount; r++) {
      rowTop.set(g.firstRow + r, y);
      y += CHART.rowHeight;
    }
  }
  const yOf = new Map<string, number>();
  for (const [id, row] of layout.rowOf) {
    yOf.set(id, (rowTop.get(row) ?? plotTop) + CHART.rowHeight / 2);
  }
  return {
    yOf,
    laneHeaders,
    plotTop,
    height: Math.max(CHART.minHeight, y + CHART.bottomPadding),
  };
}
