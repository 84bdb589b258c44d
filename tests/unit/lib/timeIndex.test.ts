import { describe, expect, it } from 'vitest';
import {
  buildTimeIndex,
  forEachInWindow,
  indexOfItem,
  itemsInWindow,
  lowerBound,
} from '../../../src/lib/timeIndex';

const iv = (id: string, s: number, e: number) => ({ id, startMs: s, endMs: e });

describe('timeIndex', () => {
  const index = buildTimeIndex([
    iv('long', 0, 100),
    iv('a', 10, 11),
    iv('b', 20, 21),
    iv('c', 50, 60),
    iv('d', 90, 91),
  ]);

  it('finds points and ranges overlapping a window, including long ranges that start before it', () => {
    expect(itemsInWindow(index, 15, 55).map((x) => x.id)).toEqual(['long', 'b', 'c']);
    expect(itemsInWindow(index, 61, 89).map((x) => x.id)).toEqual(['long']);
    expect(itemsInWindow(index, 100, 200)).toEqual([]);
  });

  it('treats the window as half-open [from, to)', () => {
    expect(itemsInWindow(index, 11, 20).map((x) => x.id)).toEqual(['long']);
    expect(itemsInWindow(index, 10, 21)).toHaveLength(3);
  });

  it('honours a limit', () => {
    expect(itemsInWindow(index, 0, 100, 2).map((x) => x.id)).toEqual(['long', 'a']);
  });

  it('refuses unsorted input', () => {
    expect(() => buildTimeIndex([iv('x', 5, 6), iv('y', 1, 2)])).toThrow(/sorted/);
  });

  it('lowerBound is a binary search', () => {
    const a = new Float64Array([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 4, 8].map((x) => lowerBound(a, x))).toEqual([0, 0, 1, 1, 3, 4]);
  });

  it('agrees with a linear scan on random data', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items = Array.from({ length: 2000 }, (_, i) => {
      const s = Math.floor(rand() * 10_000);
      return iv(`r${i}`, s, s + 1 + Math.floor(rand() * (rand() < 0.1 ? 3000 : 20)));
    }).sort((a, b) => a.startMs - b.startMs);
    const idx = buildTimeIndex(items);
    for (let q = 0; q < 50; q++) {
      const from = Math.floor(rand() * 10_000);
      const to = from + Math.floor(rand() * 500);
      const expected = items.filter((x) => x.endMs > from && x.startMs < to).map((x) => x.id);
      expect(itemsInWindow(idx, from, to).map((x) => x.id)).toEqual(expected);
    }
  });

  it('stops walking once a visit returns false, and honours a limit', () => {
    const seen: number[] = [];
    forEachInWindow(index, 0, 100, (i) => {
      seen.push(i);
      return seen.length < 2;
    });
    expect(seen).toEqual([0, 1]);
    expect(itemsInWindow(index, 0, 100, 3).map((x) => x.id)).toEqual(['long', 'a', 'b']);
    expect(itemsInWindow(index, 0, 100, 0)).toEqual([]);
  });

  it('finds an item by id and start, among items sharing that start', () => {
    const same = buildTimeIndex([iv('x', 5, 5), iv('y', 5, 9), iv('z', 5, 6), iv('w', 7, 7)]);
    expect(indexOfItem(same, 'z', 5)).toBe(2);
    expect(indexOfItem(same, 'w', 7)).toBe(3);
    expect(indexOfItem(same, 'w', 5)).toBe(-1);
    expect(indexOfItem(same, 'nope', 5)).toBe(-1);
    expect(indexOfItem(index, 'c', 50)).toBe(3);
  });
});
