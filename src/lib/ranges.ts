/** Ranges of text, [start, end): sorted and merged, for highlights and search matches. */
export type Range = [number, number];

/** Sorts ranges and merges those that overlap or touch; returns new ranges. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
