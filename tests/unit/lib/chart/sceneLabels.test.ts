import { readFileSync } from 'node:fs';
import { testScene } from '../../../setup/testScene';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../../src/domain/indexes';
import { validateDataset } from '../../../../src/domain/validateDataset';
import { ELLIPSIS } from '../../../../src/lib/chart/textMetrics';
import type { ChartItem } from '../../../../src/lib/chart/chartItems';
import { paddedBounds, type Domain } from '../../../../src/lib/viewport';

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
  return testScene(data, width, domain, { fitToFrame });
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
