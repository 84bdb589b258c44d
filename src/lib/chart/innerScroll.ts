/**
 * The lanes scroll inside the chart, under a header strip that stays put: the scroll offset
 * that reveals a row, and the offsets that are possible at all.
 */

/** The largest scroll offset: content taller than the frame scrolls by the difference. */
export function maxScroll(contentHeight: number, frameHeight: number): number {
  return Math.max(0, Math.ceil(contentHeight - frameHeight));
}

export function clampScroll(top: number, contentHeight: number, frameHeight: number): number {
  return Math.max(0, Math.min(maxScroll(contentHeight, frameHeight), top));
}

/**
 * The offset that shows content from `y0` to `y1` below the header (`headerHeight` px of the
 * frame's top are covered), moving as little as possible; the same offset when it shows.
 */
export function revealScroll(
  scrollTop: number,
  y0: number,
  y1: number,
  frameHeight: number,
  headerHeight: number,
  margin = 8,
): number {
  const top = scrollTop + headerHeight;
  const bottom = scrollTop + frameHeight;
  if (y0 - margin < top) return Math.max(0, y0 - margin - headerHeight);
  if (y1 + margin > bottom)
    return Math.max(0, Math.min(y0 - margin - headerHeight, y1 + margin - frameHeight));
  return scrollTop;
}
