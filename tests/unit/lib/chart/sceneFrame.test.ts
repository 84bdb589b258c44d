import { testScene } from '../../../setup/testScene';
import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../../src/domain/indexes';
import { type Domain } from '../../../../src/lib/viewport';
import { shippedData } from '../../../setup/slideSvg';

/**
 * `fitToFrame` (slides): no text of the scene crosses the frame. The fault this holds: a mark
 * just left of the window kept its label, which started left of the frame and straddled its
 * left edge; a label moved to the left of its mark could run out of the frame the same way.
 */
function scene(data: LoadedDataset, width: number, domain: Domain, selectedId: string | null) {
  return testScene(data, width, domain, { fitToFrame: true, selectedId });
}

describe('a scene fitted to its frame', () => {
  const data = shippedData();
  // Windows that begin just after a conference week: its many marks lie left of the frame.
  const windows: Domain[] = [
    [Date.UTC(2008, 6, 11), Date.UTC(2009, 0, 1)],
    [Date.UTC(2009, 6, 16), Date.UTC(2009, 9, 1)],
    [Date.UTC(2010, 6, 16), Date.UTC(2010, 11, 1)],
    [Date.UTC(2007, 6, 13), Date.UTC(2007, 7, 20)],
  ];
  for (const domain of windows) {
    for (const width of [640, 1100]) {
      it(`keeps every label inside the frame (${new Date(domain[0]).toISOString().slice(0, 10)}, ${width} px)`, () => {
        const { composed, fit } = scene(data, width, domain, null);
        expect(composed.labels.length).toBeGreaterThan(0);
        for (const l of composed.labels) {
          const w = fit.measure(l.text, l.size, l.selected);
          const left = l.anchor === 'start' ? l.x : l.x - w;
          expect({ id: l.id, left: Math.round(left) >= 0, right: left + w <= width + 0.5 }).toEqual(
            {
              id: l.id,
              left: true,
              right: true,
            },
          );
        }
        for (const t of [...composed.bandLabels, ...composed.ticks]) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x + fit.measure(t.text, t.size, t.weight === 700)).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  it('names no conference that ended before the window', () => {
    const domain: Domain = [Date.UTC(2008, 8, 1), Date.UTC(2009, 3, 1)];
    const { composed } = scene(data, 1100, domain, null);
    expect(composed.bandLabels.map((b) => b.text)).toEqual([]);
    const later = scene(data, 1100, [Date.UTC(2008, 6, 9), Date.UTC(2008, 11, 1)], null);
    expect(later.composed.bandLabels.map((b) => b.text)).toHaveLength(1);
  });

  it('keeps the selected title inside the frame when its mark is just left of it', () => {
    const domain: Domain = [Date.UTC(2008, 6, 11), Date.UTC(2008, 8, 1)];
    const before = data.events.filter(
      (e) =>
        e.kind !== 'conference' && e.startMs < domain[0] && e.startMs > domain[0] - 4 * 86_400_000,
    );
    expect(before.length).toBeGreaterThan(0);
    for (const e of before) {
      const { composed, fit } = scene(data, 900, domain, e.id);
      const sel = composed.labels.find((l) => l.selected);
      if (!sel) continue;
      const w = Math.max(...(sel.lines ?? [sel.text]).map((t) => fit.measure(t, sel.size, true)));
      const left = sel.anchor === 'start' ? sel.x : sel.x - w;
      expect(left).toBeGreaterThanOrEqual(0);
    }
  });
});
