/**
 * A chart scene composed as the app composes one, for unit tests of the scene: every event
 * shown (no filter), the lane layout at the window's scale, English ticks, and the text
 * measured by the table's estimate.
 */
import type { LoadedDataset } from '../../src/domain/indexes';
import { chartMetrics, computeGeometry, rowTopArray } from '../../src/lib/chartGeometry';
import { computeFilteredView, titleLabel } from '../../src/lib/chart/chartItems';
import { LIGHT_PALETTE } from '../../src/lib/chart/palette';
import { composeScene } from '../../src/lib/chart/scene';
import { createTextFit } from '../../src/lib/chart/textMetrics';
import { computeLaneLayout } from '../../src/lib/laneLayout';
import { computeTicks } from '../../src/lib/timeScale';
import { span, type Domain } from '../../src/lib/viewport';

export function testScene(
  data: LoadedDataset,
  width: number,
  domain: Domain,
  {
    fitToFrame = false,
    selectedId = null,
    rowsPerLane,
    foldDensity = false,
  }: {
    fitToFrame?: boolean;
    selectedId?: string | null;
    rowsPerLane?: number;
    foldDensity?: boolean;
  } = {},
) {
  const view = computeFilteredView(
    data,
    { filter: null, dimFiltered: false, spotlight: null },
    titleLabel,
  );
  const metrics = chartMetrics();
  const k = width / span(domain);
  const layout = computeLaneLayout(
    view.items,
    data.dataset.themes.map((t) => t.id),
    { pxPerMs: k, fontPx: metrics.fontPx, ...(rowsPerLane ? { maxRowsPerLane: rowsPerLane } : {}) },
  );
  const geometry = computeGeometry(layout, metrics, foldDensity);
  const fit = createTextFit();
  const composed = composeScene({
    width,
    height: geometry.height,
    scrollTop: 0,
    domain,
    metrics,
    palette: LIGHT_PALETTE,
    themes: data.dataset.themes,
    conferences: data.conferences,
    eras: data.eras,
    bandTexts: data.conferences.map((c) => c.title),
    ticks: computeTicks(domain, width, 'en', 120),
    items: view.items,
    index: view.itemIndex,
    layout,
    geometry,
    rowTop: rowTopArray(geometry, layout.rowCount),
    selectedId,
    pinned: [],
    fit,
    strings: { laneLabel: (key) => key ?? 'Other', moreHere: (n) => `+${n} more` },
    fitToFrame,
    stage: false,
  });
  return { composed, view, layout, geometry, metrics, fit, k };
}
