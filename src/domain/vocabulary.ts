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

/**
 * A source's standpoint (issue 18): the author's relation to the events it reports, and
 * whether it reports them first-hand or repeats another source. "not-stated" where the
 * record's own sources are silent.
 */
export const SOURCE_RELATIONS = [
  'participant',
  'journalist-on-site',
  'commentator',
  'vendor',
  'not-stated',
] as const;
export const SOURCE_BASES = ['first-hand', 'repeats', 'not-stated'] as const;
