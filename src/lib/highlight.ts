/** Splitting text into highlighted and plain runs, for search results and similar marks. */
import { mergeRanges } from './ranges';

export interface HighlightSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Cuts `text` into runs at the given [start, end) ranges. Ranges may be unsorted, overlap or
 * touch (they are merged) and may reach outside the text (they are clipped); empty runs are
 * left out, so joining the runs' text gives back `text`.
 */
export function highlightSegments(
  text: string,
  ranges: readonly (readonly [number, number])[],
): HighlightSegment[] {
  const merged = mergeRanges(
    ranges
      .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
      .filter(([s, e]) => e > s),
  );
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), match: false });
    out.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}
