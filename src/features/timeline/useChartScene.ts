import { useMemo } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { I18n } from '../../i18n/i18n';
import { bandName } from '../../lib/chart/ariaLabels';
import { bandLabelTexts } from '../../lib/chart/bandLabels';
import type { ChartPalette } from '../../lib/chart/palette';
import { composeScene, type SceneStrings } from '../../lib/chart/scene';
import type { TextFit } from '../../lib/chart/textMetrics';
import type { ChartMetrics } from '../../lib/chartGeometry';
import { computeTicks } from '../../lib/timeScale';
import type { Domain } from '../../lib/viewport';
import type { BandModel } from './ConferenceBands';
import type { ChartModel } from './useChartModel';
import { useCosmicAxis } from './useCosmicAxis';

export interface SceneView {
  readonly width: number;
  readonly height: number;
  readonly scrollTop: number;
  readonly domain: Domain;
  readonly settled: Domain;
  readonly settledK: number;
}

/**
 * The frame's scene (what the canvas paints and the header strip writes), memoised on what
 * it is made of, and the conferences' options for the view at rest.
 */
export function useChartScene(
  data: LoadedDataset,
  model: ChartModel,
  view: SceneView,
  layer: {
    visibleSelected: string | null;
    pinned: readonly { item: ChartModel['items'][number]; y: number }[];
  },
  look: { metrics: ChartMetrics; palette: ChartPalette; fit: TextFit; stage: boolean },
  i18n: I18n,
) {
  const { width, height, scrollTop, domain, settled, settledK } = view;
  const { metrics, palette, fit, stage } = look;
  const { t } = i18n;
  const measure = fit.measure;
  // Conference names: short when the next conference is close at this zoom step.
  const bandTexts = useMemo(
    () => bandLabelTexts(data.conferences, model.layoutStep, measure, metrics.bandPx),
    [data.conferences, model.layoutStep, measure, metrics.bandPx],
  );
  const bands = useMemo<BandModel[]>(
    () =>
      data.conferences.map((event, i) => ({
        event,
        x: (event.startMs - settled[0]) * settledK,
        widthPx: measure(bandTexts[i] ?? event.title, metrics.bandPx, true),
        ariaLabel: bandName(event, i18n),
      })),
    [data.conferences, bandTexts, settled, settledK, measure, metrics.bandPx, i18n],
  );
  const tickSpacing = (120 * metrics.fontPx) / 12.5;
  // On the cosmological scale the axis reads years ago (a module loaded for such files only).
  const cosmic = useCosmicAxis(data.timeScale);
  const deep = data.timeScale === 'cosmological';
  const ticks = useMemo(
    () =>
      cosmic
        ? cosmic.axisTicks(domain, width, i18n, 'cosmological', tickSpacing)
        : deep
          ? []
          : computeTicks(domain, width, i18n.locale, tickSpacing),
    [cosmic, deep, domain, width, i18n, tickSpacing],
  );
  const strings = useMemo<SceneStrings>(
    () => ({
      laneLabel: (key) =>
        (key === null ? undefined : data.themesById.get(key)?.label) ?? t('chart.laneOther'),
      moreHere: (count) => t('chart.moreHereCanvas', { count }),
    }),
    [data.themesById, t],
  );
  const { items, itemIndex, layout, geometry, rowTop } = model;
  const { visibleSelected, pinned } = layer;
  const themes = data.dataset.themes;
  const conferences = data.conferences;
  const eras = data.eras;
  const scene = useMemo(
    () =>
      composeScene({
        width,
        height,
        scrollTop,
        domain,
        metrics,
        palette,
        themes,
        conferences,
        eras,
        bandTexts,
        ticks,
        items,
        index: itemIndex,
        layout,
        geometry,
        rowTop,
        selectedId: visibleSelected,
        pinned,
        fit,
        strings,
        // The presenter's stage is a slide: nothing runs under its frame's edges.
        fitToFrame: stage,
        stage,
      }),
    [
      width,
      height,
      scrollTop,
      domain,
      metrics,
      palette,
      themes,
      conferences,
      eras,
      bandTexts,
      ticks,
      items,
      itemIndex,
      layout,
      geometry,
      rowTop,
      visibleSelected,
      pinned,
      fit,
      strings,
      stage,
    ],
  );
  return { scene, bands };
}
