import { useId } from 'react';
import type { Theme } from '../domain/types';
import { glyphPath, patternPath } from '../lib/glyphs';

/**
 * A theme's key, as a legend shows it: its glyph in its colour and a small tile of its fill
 * pattern, so a theme reads by shape and texture as well as by colour.
 */
export function ThemeKey({ theme, height = 16 }: { theme: Theme; height?: number }) {
  const id = useId();
  const tile = patternPath(theme.pattern);
  const w = height * 2;
  const r = height * 0.36;
  return (
    <svg
      className="theme-key"
      width={w}
      height={height}
      viewBox={`0 0 ${w} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {tile !== null && (
        <defs>
          <pattern id={`${id}-p`} width={8} height={8} patternUnits="userSpaceOnUse">
            <path d={tile} stroke="#ffffff" strokeWidth={1.4} fill="#ffffff" opacity={0.85} />
          </pattern>
        </defs>
      )}
      <rect
        x={height * 0.9}
        y={height * 0.2}
        width={w - height * 0.95}
        height={height * 0.6}
        rx={2}
        fill={theme.color}
        stroke="#1a1a1a"
        strokeWidth={0.6}
      />
      {tile !== null && (
        <rect
          x={height * 0.9}
          y={height * 0.2}
          width={w - height * 0.95}
          height={height * 0.6}
          rx={2}
          fill={`url(#${id}-p)`}
        />
      )}
      <path
        transform={`translate(${height / 2} ${height / 2})`}
        d={glyphPath(theme.glyph, r)}
        fill={theme.color}
        stroke="#1a1a1a"
        strokeWidth={0.8}
      />
    </svg>
  );
}
