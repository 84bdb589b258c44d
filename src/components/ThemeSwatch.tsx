import type { Theme } from '../domain/types';
import { glyphPath } from '../lib/glyphs';

/** The theme's glyph in its colour: the same shape the timeline draws, so the legend reads. */
export function ThemeSwatch({ theme, size = 14 }: { theme: Theme; size?: number }) {
  const r = size * 0.38;
  return (
    <svg
      className="theme-swatch"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={glyphPath(theme.glyph, r)} fill={theme.color} stroke="#1a1a1a" strokeWidth={0.8} />
    </svg>
  );
}
