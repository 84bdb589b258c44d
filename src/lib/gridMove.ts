/**
 * Moving through a grid of items laid out in rows (the presenter's overview of stops) with
 * the arrow keys, Home and End. Pure; the caller reads how many columns the layout has.
 */
export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/** The index a key moves to from `index`, among `count` items in rows of `columns`. */
export function gridMove(index: number, key: GridKey, count: number, columns: number): number {
  if (count <= 0) return 0;
  const cols = Math.max(1, Math.floor(columns));
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowRight':
      return clamp(index + 1);
    // Up and down keep the column; down from a row above a shorter last row goes to its end.
    case 'ArrowUp':
      return index - cols >= 0 ? index - cols : clamp(index);
    case 'ArrowDown':
      if (index + cols < count) return index + cols;
      return Math.floor(index / cols) < Math.floor((count - 1) / cols) ? count - 1 : clamp(index);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
