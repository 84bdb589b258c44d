import type { ThemeGlyph, ThemePattern } from '../domain/types';

/** SVG path data for a theme glyph centred on (0, 0) with radius r. */
export function glyphPath(glyph: ThemeGlyph, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  const poly = (pts: readonly (readonly [number, number])[]) =>
    `M${pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  const ring = (n: number, radius: (i: number) => number, rot = -Math.PI / 2) =>
    poly(
      Array.from({ length: n }, (_, i) => {
        const a = rot + (i * 2 * Math.PI) / n;
        return [Math.cos(a) * radius(i), Math.sin(a) * radius(i)] as const;
      }),
    );
  switch (glyph) {
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
    case 'square': {
      const s = r * 0.86;
      return poly([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'diamond':
      return poly([
        [0, -r * 1.1],
        [r * 1.1, 0],
        [0, r * 1.1],
        [-r * 1.1, 0],
      ]);
    case 'triangle':
      return ring(3, () => r * 1.15, -Math.PI / 2);
    case 'star':
      return ring(10, (i) => (i % 2 === 0 ? r * 1.2 : r * 0.5));
    case 'hexagon':
      return ring(6, () => r * 1.05, 0);
    case 'pentagon':
      return ring(5, () => r * 1.1);
    case 'hourglass':
      return poly([
        [-r, -r],
        [r, -r],
        [0, 0],
        [r, r],
        [-r, r],
        [0, 0],
      ]);
    case 'cross': {
      const a = r * 0.38;
      const b = r;
      return poly([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
  }
}

/** Pattern tile (8×8) drawn over the theme colour for bars and swatches. */
export function patternPath(pattern: ThemePattern): string | null {
  switch (pattern) {
    case 'solid':
      return null;
    case 'diagonal':
      return 'M-2,2L2,-2M0,8L8,0M6,10L10,6';
    case 'dots':
      return 'M2,2h1.6v1.6h-1.6ZM6,6h1.6v1.6h-1.6Z';
    case 'crosshatch':
      return 'M0,0L8,8M8,0L0,8';
    case 'horizontal':
      return 'M0,2H8M0,6H8';
    case 'vertical':
      return 'M2,0V8M6,0V8';
    case 'zigzag':
      return 'M0,6L2,2L4,6L6,2L8,6';
    case 'grid':
      return 'M0,4H8M4,0V8';
    case 'checker':
      return 'M0,0h4v4h-4ZM4,4h4v4h-4Z';
  }
}

/** A DOM-id-safe key for a theme's pattern (theme ids may contain ":" or "."). */
export function patternId(themeIndex: number): string {
  return `theme-pattern-${themeIndex}`;
}
