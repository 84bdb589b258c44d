import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../../src/domain/indexes';
import { validateDataset } from '../../../../src/domain/validateDataset';
import { chartMetrics, computeGeometry, rowTopArray } from '../../../../src/lib/chartGeometry';
import {
  computeFilteredView,
  titleLabel,
  type ChartItem,
} from '../../../../src/lib/chart/chartItems';
import { LIGHT_PALETTE } from '../../../../src/lib/chart/palette';
import { composeScene } from '../../../../src/lib/chart/scene';
import { createTextFit, ELLIPSIS } from '../../../../src/lib/chart/textMetrics';
import { computeLaneLayout } from '../../../../src/lib/laneLayout';
import { computeTicks } from '../../../../src/lib/timeScale';
import { paddedBounds, span, type Domain } from '../../../../src/lib/viewport';

/**
 * Chart labels (issue 14): an event's label shows its whole title wherever there is room
 * before the next mark in its row, and is cut (with "…") only where it would collide with the next mark or the frame's edge (the slide
 * exports' own framing is tested with them).
 */
function shipped(): LoadedDataset {
  const result = validateDataset(JSON.parse(readFileSync('data/wpc.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  return prepareDataset(result.dataset);
}

function scene(data: LoadedDataset, width: number, domain: Domain, fitToFrame: boolean) {
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
    { pxPerMs: k, fontPx: metrics.fontPx },
  );
  const geometry = computeGeometry(layout, metrics);
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
    bandTexts: data.conferences.map((c) => c.title),
    ticks: computeTicks(domain, width, 'en', 120),
    items: view.items,
    index: view.itemIndex,
    layout,
    geometry,
    rowTop: rowTopArray(geometry, layout.rowCount),
    selectedId: null,
    pinned: [],
    fit,
    strings: { laneLabel: (key) => key ?? 'Other', moreHere: (n) => `${n} more` },
    fitToFrame,
    stage: false,
  });
  return { composed, view, layout, metrics, fit, k };
}

describe('chart labels', () => {
  const data = shipped();
  const full = paddedBounds(data.span);

  for (const width of [835, 972, 1500]) {
    it(`are cut only where the whole title would reach the next mark in its row (${width} px)`, () => {
      const { composed, view, layout, metrics, fit, k } = scene(data, width, full, false);
      const indexOf = new Map(view.items.map((item, i) => [item.id, i]));
      const xOf = (item: ChartItem) => (item.startMs - full[0]) * k;
      expect(composed.labels.length).toBeGreaterThan(10);
      let whole = 0;
      for (const label of composed.labels) {
        if (label.whole) {
          whole++;
          expect(label.text).toBe(label.title);
          continue;
        }
        expect(label.text.endsWith(ELLIPSIS)).toBe(true);
        const i = indexOf.get(label.id) ?? -1;
        const next = layout.nextInRow[i] ?? -1;
        const wholeRight = label.x + fit.measure(label.title, metrics.fontPx);
        // Room ends at the next mark in the row, or at the frame's right edge.
        const roomEnd = Math.min(
          next >= 0
            ? xOf(view.items[next] as ChartItem) - metrics.glyphPx / 2 - metrics.labelGap
            : Infinity,
          width,
        );
        expect({ id: label.id, collides: wholeRight > roomEnd - 4 }).toEqual({
          id: label.id,
          collides: true,
        });
        // And it uses the room it has: a cut label is not much shorter than its room.
        if (label.anchor === 'start') expect(label.x + label.width).toBeGreaterThan(roomEnd - 120);
      }
      expect(whole).toBeGreaterThan(composed.labels.length / 2);
    });
  }
});
