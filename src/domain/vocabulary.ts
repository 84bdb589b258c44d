/**
 * The closed vocabularies of the dataset format: theme patterns and glyphs, quote stances,
 * speaker groups. Kept apart from the schema so the chart can use them without loading the
 * schema and its validation library (zod), which only checking a file needs.
 */
export const THEME_PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'crosshatch',
  'horizontal',
  'vertical',
  'zigzag',
  'grid',
  'checker',
] as const;
export const THEME_GLYPHS = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'star',
  'hexagon',
  'cross',
  'pentagon',
  'hourglass',
] as const;

export const STANCES = ['reassuring', 'warning', 'critical', 'momentum', 'neutral'] as const;
export const SPEAKER_GROUPS = ['microsoft', 'partner', 'press', 'analyst', 'other'] as const;
