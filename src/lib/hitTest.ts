/**
 * Hit-testing for what only the canvas draws: the density row and bin under a point. Marks
 * need none: each is an accessible option in the DOM, so the browser finds it under the pointer.
 */
import type { DensityBin } from './laneLayout';

/** The density bin containing `ms`, by binary search over bins in time order. */
export function hitTestDensity(bins: readonly DensityBin[], ms: number): DensityBin | null {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bins[mid] as DensityBin).endMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  const b = bins[lo];
  return b && b.startMs <= ms && ms < b.endMs ? b : null;
}

/** Row under a y coordinate, given each row's top (ascending) and a common row height. */
export function rowAtY(
  rowTops: readonly (readonly [row: number, top: number])[],
  y: number,
  rowHeight: number,
): number | null {
  let lo = 0;
  let hi = rowTops.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rowTops[mid] as readonly [number, number])[1] <= y) lo = mid + 1;
    else hi = mid;
  }
  const hit = rowTops[lo - 1];
  return hit && y < hit[1] + rowHeight ? hit[0] : null;
}
