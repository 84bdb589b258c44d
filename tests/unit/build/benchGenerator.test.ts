import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generate.mjs';
import { validateDataset } from '../../../src/domain/validateDataset';

describe('the benchmark generator', () => {
  it('writes a valid dataset with the links asked for, each pointing back in time', () => {
    const data = generateDataset(2000, 42, { links: 150 }) as unknown as {
      events: { id: string; start: string }[];
      links: { from: string; to: string; kind: string }[];
    };
    const result = validateDataset(data);
    expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
    expect(data.links).toHaveLength(150);
    const start = new Map(data.events.map((e) => [e.id, e.start]));
    for (const l of data.links) {
      expect(l.from).not.toBe(l.to);
      expect(start.get(l.from)! >= start.get(l.to)!).toBe(true);
    }
    expect(new Set(data.links.map((l) => l.kind)).size).toBe(5);
  });

  it('writes no links unless asked', () => {
    expect('links' in generateDataset(500)).toBe(false);
  });
});
