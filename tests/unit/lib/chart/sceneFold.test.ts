import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../../src/domain/indexes';
import { validateDataset } from '../../../../src/domain/validateDataset';
import { paddedBounds } from '../../../../src/lib/viewport';
import { testScene } from '../../../setup/testScene';

/**
 * The stage fits every lane on the slide: when even one row per lane is too tall, each lane's
 * density row folds into its header, which then counts the events with no row (issue 17).
 */
function shipped() {
  const result = validateDataset(JSON.parse(readFileSync('data/wpc.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  return prepareDataset(result.dataset);
}

describe('folded density rows', () => {
  const data = shipped();
  const domain = paddedBounds(data.span);
  const open = testScene(data, 1200, domain, { rowsPerLane: 1 });
  const folded = testScene(data, 1200, domain, { rowsPerLane: 1, foldDensity: true });

  it('take no height: the chart is one row shorter for every lane with a density row', () => {
    const withDensity = open.layout.groups.filter((g) => g.densityRow !== null).length;
    expect(withDensity).toBeGreaterThanOrEqual(4);
    expect(open.geometry.contentHeight - folded.geometry.contentHeight).toBeCloseTo(
      withDensity * open.metrics.rowHeight,
    );
    expect(folded.geometry.densityRows.every((d) => d.folded)).toBe(true);
  });

  it('count the same events, on the lane header line, after the lane name', () => {
    const countOf = (d: typeof open.composed.density) =>
      new Map(d.filter((x) => x.label !== null).map((x) => [x.lane, x.count]));
    expect(countOf(folded.composed.density)).toEqual(countOf(open.composed.density));
    for (const d of folded.composed.density) {
      const lane = folded.composed.lanes.find((l) => l.key === d.lane);
      expect(lane, `lane ${d.lane}`).toBeDefined();
      expect(d.bars).toEqual([]);
      expect(d.label?.y).toBe(lane?.label.y);
      const nameEnd =
        (lane?.label.x ?? 0) +
        folded.fit.measure(lane?.label.text ?? '', lane?.label.size ?? 0, true);
      expect(d.label?.x ?? 0).toBeGreaterThan(nameEnd);
      expect(d.label?.text).toMatch(/^\+\d+ more$/);
    }
  });

  it('are drawn as bars in their own row when the lanes are not folded', () => {
    for (const d of open.composed.density) {
      const lane = open.composed.lanes.find((l) => l.key === d.lane);
      expect(d.bars.length).toBeGreaterThan(0);
      expect(d.label?.y ?? 0).toBeGreaterThan((lane?.label.y ?? 0) + open.metrics.rowHeight / 2);
    }
  });
});
