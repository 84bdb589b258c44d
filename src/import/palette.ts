/**
 * Looks for themes created by an import: a fixed palette of colours that all reach 4.5:1
 * against white (more than the 3:1 marks need, so text in the theme colour is readable too),
 * and for each theme its own pattern and glyph, so colour is never the only cue.
 */
import { THEME_GLYPHS, THEME_PATTERNS } from '../domain/vocabulary';
import type { ThemeGlyph, ThemePattern } from '../domain/types';

export const IMPORT_PALETTE = [
  '#1f5fa8', // blue
  '#b34700', // orange
  '#1d7a46', // green
  '#a3156b', // magenta
  '#6a4c93', // purple
  '#7a6300', // olive
  '#00737a', // teal
  '#b0123e', // red
  '#4d5a66', // slate
  '#8a4b2a', // brown
] as const;

export interface ThemeLook {
  readonly color: string;
  readonly pattern: ThemePattern;
  readonly glyph: ThemeGlyph;
}

/** The look of the n-th imported theme (0-based); every list cycles when it runs out. */
export function themeLook(index: number): ThemeLook {
  const at = <T>(list: readonly T[]): T => list[index % list.length] as T;
  return { color: at(IMPORT_PALETTE), pattern: at(THEME_PATTERNS), glyph: at(THEME_GLYPHS) };
}
