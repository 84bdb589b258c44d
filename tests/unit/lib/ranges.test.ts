import { describe, expect, it } from 'vitest';
import { mergeRanges } from '../../../src/lib/ranges';

describe(mergeRanges, () => {
  it('sorts ranges and merges those that overlap or touch, without changing its input', () => {
    const input: [number, number][] = [
      [8, 10],
      [0, 2],
      [1, 4],
      [4, 5],
      [12, 13],
    ];
    expect(mergeRanges(input)).toEqual([
      [0, 5],
      [8, 10],
      [12, 13],
    ]);
    expect(input[0]).toEqual([8, 10]);
  });
});
