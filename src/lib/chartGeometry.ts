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

/** Where a lane's aggregated (density) row sits. */
export interface DensityRowBox {
  readonly key: string | null;
  readonly groupIndex: number;
  readonly top: number;
}

export interface ChartGeometry {
  readonly laneHeaders: readonly LaneHeader[];
  /** Top y of each row index. */
  readonly rowTop: ReadonlyMap<number, number>;
  readonly densityRows: readonly DensityRowBox[];
  readonly plotTop: number;
  readonly height: number;
}

export function computeGeometry(layout: LaneLayout): ChartGeometry {
  const plotTop = CHART.bandLabelHeight + CHART.axisHeight;
  const rowTop = new Map<number, number>();
  const laneHeaders: LaneHeader[] = [];
  const densityRows: DensityRowBox[] = [];
  let y = plotTop;
  layout.groups.forEach((g, groupIndex) => {
    laneHeaders.push({ key: g.key, y });
    y += CHART.laneHeaderHeight;
    for (let r = 0; r < g.rowCount; r++) {
      rowTop.set(g.firstRow + r, y);
      y += CHART.rowHeight;
    }
    if (g.densityRow !== null) {
      rowTop.set(g.densityRow, y);
      densityRows.push({ key: g.key, groupIndex, top: y });
      y += CHART.rowHeight;
    }
  });
  return {
    laneHeaders,
    rowTop,
    densityRows,
    plotTop,
    height: Math.max(CHART.minHeight, y + CHART.bottomPadding),
  };
}
