import { readFileSync } from 'node:fs';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import type { ChartScene } from '../../src/lib/chart/sceneTypes';
import type { Domain } from '../../src/lib/viewport';
import { testScene } from './testScene';

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
  const { composed, k } = testScene(data, width, domain, { selectedId });
  return { scene: composed, xOf: (ms) => (ms - domain[0]) * k };
}
