/**
 * A sorted, typed-array index of time intervals for "what is in this window?" queries in
 * O(log n + k): starts sorted ascending, with the longest duration remembered so that
 * intervals starting before the window but reaching into it are found too.
 */

export interface Interval {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
}

export interface TimeIndex<T extends Interval = Interval> {
  readonly items: readonly T[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly maxDuration: number;
}

/** `items` must already be sorted by startMs (the dataset's event order is). */
export function buildTimeIndex<T extends Interval>(items: readonly T[]): TimeIndex<T> {
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  let maxDuration = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as T;
    starts[i] = it.startMs;
    ends[i] = it.endMs;
    if (i > 0 && it.startMs < (starts[i - 1] ?? 0)) {
      throw new RangeError('buildTimeIndex needs items sorted by startMs');
    }
    maxDuration = Math.max(maxDuration, it.endMs - it.startMs);
  }
  return { items, starts, ends, maxDuration };
}

/** First index whose start is ≥ ms. */
export function lowerBound(sorted: Float64Array, ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` with the index of every interval overlapping [from, to), in start order;
 * a visit that returns `false` ends the walk.
 */
export function forEachInWindow(
  index: TimeIndex,
  from: number,
  to: number,
  visit: (i: number) => unknown,
): void {
  const first = lowerBound(index.starts, from - index.maxDuration);
  const { starts, ends } = index;
  for (let i = first; i < starts.length && (starts[i] ?? 0) < to; i++) {
    if ((ends[i] ?? 0) > from && visit(i) === false) return;
  }
}

/** Position of the item with this id and start, in O(log n), or -1. */
export function indexOfItem(index: TimeIndex, id: string, startMs: number): number {
  const { starts, items } = index;
  for (let i = lowerBound(starts, startMs); i < starts.length && starts[i] === startMs; i++) {
    if (items[i]?.id === id) return i;
  }
  return -1;
}

export function itemsInWindow<T extends Interval>(
  index: TimeIndex<T>,
  from: number,
  to: number,
  limit = Infinity,
): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  forEachInWindow(index, from, to, (i) => {
    out.push(index.items[i] as T);
    return out.length < limit;
  });
  return out;
}
