import type { LaneLayout } from './laneLayout';

/** The event-label size every other measure of the chart is scaled from, in px. */
export const BASE_FONT_PX = 12.5;

/**
 * The chart's vertical rhythm and type, in px, for one label size. The page chart uses the
 * base size; the presenter's stage scales everything from a larger one, and there every text
 * (ticks, conference names, lane names) is as large as the labels, so none is small.
 */
export interface ChartMetrics {
  /** Event labels. */
  readonly fontPx: number;
  readonly tickPx: number;
  readonly bandPx: number;
  readonly lanePx: number;
  readonly densityPx: number;
  readonly bandLabelHeight: number;
  readonly axisHeight: number;
  /** Band names and axis together: the strip fixed at the top of the plot. */
  readonly headerHeight: number;
  readonly laneHeaderHeight: number;
  readonly rowHeight: number;
  readonly bottomPadding: number;
  readonly minHeight: number;
  readonly glyphR: number;
  /** Width a glyph occupies in packing. */
  readonly glyphPx: number;
  /** From a mark's centre to the start of its label. */
  readonly labelOffset: number;
  /** Least space between the end of a label and the next mark in its row. */
  readonly labelGap: number;
  /** Room lane packing keeps for a label at most (longer titles get what the row leaves). */
  readonly labelReservePx: number;
}

export function chartMetrics(fontPx = BASE_FONT_PX, uniformText = false): ChartMetrics {
  const s = fontPx / BASE_FONT_PX;
  const px = (v: number) => Math.round(v * s);
  const text = (v: number) => (uniformText ? fontPx : Math.round(v * s * 10) / 10);
  const bandLabelHeight = px(24);
  const axisHeight = px(26);
  return {
    fontPx,
    tickPx: text(12),
    bandPx: text(12.5),
    lanePx: text(11.5),
    densityPx: text(12.5),
    bandLabelHeight,
    axisHeight,
    headerHeight: bandLabelHeight + axisHeight,
    laneHeaderHeight: px(18),
    rowHeight: px(24),
    bottomPadding: px(14),
    minHeight: px(220),
    glyphR: 6 * s,
    glyphPx: 14 * s,
    labelOffset: 12 * s,
    labelGap: 10 * s,
    labelReservePx: 18 * fontPx,
  };
}

/** The page chart's measures. */
export const CHART: ChartMetrics = chartMetrics();

export interface LaneHeader {
  readonly key: string | null;
  readonly y: number;
}

/** Where a lane's aggregated (density) row sits. */
export interface DensityRowBox {
  readonly key: string | null;
  readonly groupIndex: number;
  /** The row's top; when folded, the top of the lane's header, which then carries the count. */
  readonly top: number;
  readonly folded: boolean;
}

export interface ChartGeometry {
  readonly laneHeaders: readonly LaneHeader[];
  /** Top y of each row index. */
  readonly rowTop: ReadonlyMap<number, number>;
  readonly densityRows: readonly DensityRowBox[];
  readonly plotTop: number;
  /** Bottom of the last row, plus padding. */
  readonly contentHeight: number;
  /** The content height, at least the chart's minimum. */
  readonly height: number;
}

/**
 * Lane headers and rows stacked under the header strip, in chart coordinates. With
 * `foldDensity` a lane's density row takes no room of its own: the lane's header carries the
 * count of the events it holds (the stage folds them so every lane fits the frame, as on a
 * slide).
 */
export function computeGeometry(
  layout: LaneLayout,
  m: ChartMetrics = CHART,
  foldDensity = false,
): ChartGeometry {
  const plotTop = m.headerHeight;
  const rowTop = new Map<number, number>();
  const laneHeaders: LaneHeader[] = [];
  const densityRows: DensityRowBox[] = [];
  let y = plotTop;
  layout.groups.forEach((g, groupIndex) => {
    laneHeaders.push({ key: g.key, y });
    if (foldDensity && g.densityRow !== null) {
      densityRows.push({ key: g.key, groupIndex, top: y, folded: true });
    }
    y += m.laneHeaderHeight;
    for (let r = 0; r < g.rowCount; r++) {
      rowTop.set(g.firstRow + r, y);
      y += m.rowHeight;
    }
    if (g.densityRow !== null && !foldDensity) {
      rowTop.set(g.densityRow, y);
      densityRows.push({ key: g.key, groupIndex, top: y, folded: false });
      y += m.rowHeight;
    }
  });
  const contentHeight = y + m.bottomPadding;
  return {
    laneHeaders,
    rowTop,
    densityRows,
    plotTop,
    contentHeight,
    height: Math.max(m.minHeight, contentHeight),
  };
}

/** Each row's top by row number, for the painter's tight loops. */
export function rowTopArray(geometry: ChartGeometry, rowCount: number): Float64Array {
  const a = new Float64Array(Math.max(1, rowCount));
  for (const [row, top] of geometry.rowTop) a[row] = top;
  return a;
}
