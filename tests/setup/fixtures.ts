import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8'));
}

/** A deep copy of the mini fixture, for tests that break it on purpose. */
export function miniRaw(): Record<string, unknown> & {
  themes: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  events: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
} {
  return structuredClone(readFixture('mini.json')) as ReturnType<typeof miniRaw>;
}

export function loadFixture(name = 'mini.json'): LoadedDataset {
  const result = validateDataset(readFixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return prepareDataset(result.dataset, result.warnings);
}
