import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/domain/dates';
import { getI18n } from '../../src/i18n/i18n';
import { LIGHT_PALETTE } from '../../src/lib/chart/palette';
import { createTextFit } from '../../src/lib/chart/textMetrics';
import { chartMetrics } from '../../src/lib/chartGeometry';
import type { Domain } from '../../src/lib/viewport';
import { useChartModel } from '../../src/features/timeline/useChartModel';
import { useChartScene } from '../../src/features/timeline/useChartScene';
import { shippedData } from '../setup/slideSvg';

/**
 * The presenter's stage is a slide: no text runs under its frame's edges. Its first stop
 * (June 2006 – August 2012) has events from 2005 whose labels, on the page chart, start
 * left of the frame and show as clipped words ("ges a fast move to…").
 */
const data = shippedData();
const first = data.dataset.tours![0]!.stops[0]!.view;
const domain: Domain = [parsePartialDate(first.from!).startMs, parsePartialDate(first.to!).endMs];

function sceneOf(stage: boolean, width: number) {
  const metrics = chartMetrics(stage ? 16 : 12.5, stage);
  const k = width / (domain[1] - domain[0]);
  const fit = createTextFit();
  const { result } = renderHook(() => {
    const model = useChartModel(
      data,
      { filter: null, dim: false, highlightedSource: null },
      k,
      k,
      false,
      metrics,
    );
    return useChartScene(
      data,
      model,
      { width, height: 560, scrollTop: 0, domain, settled: domain, settledK: k },
      { visibleSelected: null, pinned: [] },
      { metrics, palette: LIGHT_PALETTE, fit, stage },
      getI18n(),
    ).scene;
  });
  return { scene: result.current, fit };
}

/** Each event label's drawn extent, from its anchor and its measured width. */
function extents(stage: boolean, width: number) {
  const { scene } = sceneOf(stage, width);
  return scene.labels
    .filter((l) => l.role === 'event-label')
    .map((l) => ({
      text: l.text,
      left: l.anchor === 'end' ? l.x - l.width : l.x,
      right: l.anchor === 'end' ? l.x : l.x + l.width,
    }));
}

describe('the stage’s chart scene', () => {
  for (const width of [1214, 1850]) {
    it(`keeps every event label inside the frame (${width} px)`, () => {
      const page = extents(false, width);
      // The page chart, which pans, lets labels run under the edge here: the case is real.
      expect(page.some((l) => l.left < 0)).toBe(true);
      const stage = extents(true, width);
      expect(stage.length).toBeGreaterThan(10);
      for (const l of stage) {
        expect(l.left, l.text).toBeGreaterThanOrEqual(0);
        expect(l.right, l.text).toBeLessThanOrEqual(width);
      }
    });
  }
});
