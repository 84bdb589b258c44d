import { readFileSync } from 'node:fs';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { chartMetrics, computeGeometry, rowTopArray } from '../../src/lib/chartGeometry';
import { computeFilteredView, titleLabel } from '../../src/lib/chart/chartItems';
import { LIGHT_PALETTE } from '../../src/lib/chart/palette';
import { composeScene } from '../../src/lib/chart/scene';
import type { ChartScene } from '../../src/lib/chart/sceneTypes';
import { createTextFit } from '../../src/lib/chart/textMetrics';
import { computeLaneLayout } from '../../src/lib/laneLayout';
import { computeTicks } from '../../src/lib/timeScale';
import type { Domain } from '../../src/lib/viewport';

export function loadFixture(path: string): LoadedDataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not validate`);
  return prepareDataset(result.dataset);
}

/** The chart scene of a dataset over a window, as the chart composes it (no selection). */
export function sceneOf(
  data: LoadedDataset,
  width: number,
  domain: Domain,
  selectedId: string | null = null,
): { scene: ChartScene; xOf: (ms: number) => number } {
  const view = computeFilteredView(
    data,
    { filter: null, dimFiltered: false, spotlight: null },
    titleLabel,
  );
  const metrics = chartMetrics();
  const k = width / (domain[1] - domain[0]);
  const layout = computeLaneLayout(
    view.items,
    data.dataset.themes.map((t) => t.id),
    { pxPerMs: k, fontPx: metrics.fontPx },
  );
  const geometry = computeGeometry(layout, metrics);
  const scene = composeScene({
    width,
    height: geometry.height,
    scrollTop: 0,
    domain,
    metrics,
    palette: LIGHT_PALETTE,
    themes: data.dataset.themes,
    conferences: data.conferences,
    bandTexts: data.conferences.map((c) => c.title),
    ticks: computeTicks(domain, width, 'en', 120),
    items: view.items,
    index: view.itemIndex,
    layout,
    geometry,
    rowTop: rowTopArray(geometry, layout.rowCount),
    selectedId,
    pinned: [],
    fit: createTextFit(),
    strings: { laneLabel: (key) => key ?? 'Other', moreHere: (n) => `${String(n)} more` },
    fitToFrame: false,
    stage: false,
  });
  return { scene, xOf: (ms) => (ms - domain[0]) * k };
}
