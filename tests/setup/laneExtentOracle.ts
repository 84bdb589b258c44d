/**
 * The lane packing's rule for one item, worked out the plain way (lib/laneLayout.ts packs
 * with typed arrays and cached widths): the tests compare the packing against it.
 */
import { estimateWidth } from '../../src/lib/chart/textMetrics';
import { fullLayoutOptions, type LayoutItem, type LayoutOptions } from '../../src/lib/laneLayout';

/**
 * Pixel extent an item occupies at `pxPerMs`, relative to `origin`: [left, right] with the
 * room packing keeps for its label, and as third value the right end of its whole label.
 */
export function itemExtent(
  item: LayoutItem,
  origin: number,
  options: LayoutOptions,
): readonly [number, number, number] {
  const opts = fullLayoutOptions(options);
  const x0 = (item.startMs - origin) * opts.pxPerMs;
  const barEnd = item.isRange ? (item.endMs - origin) * opts.pxPerMs : x0;
  const w = estimateWidth(item.label, opts.fontPx);
  const labelStart = x0 + opts.labelOffsetPx;
  return [
    x0 - opts.glyphPx / 2,
    Math.max(barEnd, labelStart + Math.min(w, opts.reservePx)) + opts.gapPx,
    Math.max(barEnd, labelStart + w) + opts.gapPx,
  ];
}
