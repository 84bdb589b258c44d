/**
 * The dataset schema: the single source of truth for the data file's shape.
 * Types are inferred from it (see types.ts), `validateDataset` adds the cross-reference checks,
 * and `scripts/validate-data.mjs --write-schema` emits data/dataset.schema.json from it.
 *
 * Version history (add a migration in migrations.ts for every bump):
 *   1 — themes, sources, events, quotes.
 *   2 — optional eras, glossary and tours; events may carry displayDate, summaryHtml (imported
 *       rich text, sanitised when shown) and media; quotes may carry context.
 *       Also optional in 2, for what a TimelineJS file carries (issue 16): the dataset's
 *       descriptionHtml (the introduction as rich text, sanitised when shown) and media, media
 *       alt text, and an event's background colour. They are accepted in 3 as well.
 *   3 — optional links between events (from, to, kind, note, sources, reading).
 *   4 — tour stops may carry a planned duration (durationSeconds), for the speaker's pacing
 *       timer and the kiosk's self-running loop.
 *   5 — an event's start and end may be written in EDTF (edtf.ts), and an event may carry
 *       dateClaims (date, sources, confidence). See migrations.ts for dateCertainty.
 *       Also optional in 5, without a bump (as the TimelineJS fields were added to 2): a
 *       source's standpoint (relation, basis, repeats, note; issue 18). Nothing changes for a
 *       file without it, so no migration is needed.
 *   6 — dates reach back to the Big Bang: years of more than four digits are written in EDTF's
 *       level-1 long-year form ("Y-65000000", year precision), from -13800000000 to 9999.
 *       Also optional in 6, without a bump: quotes and sources may carry researchRefs, as
 *       events do (references for the dataset's authors, kept out of the reader's text).
 */
import { z } from 'zod';
import { describeDateProblem, PARTIAL_DATE_PATTERN } from './dates';
import { describeEdtfProblem } from './edtf';
import {
  SOURCE_BASES,
  SOURCE_RELATIONS,
  SPEAKER_GROUPS,
  STANCES,
  THEME_GLYPHS,
  THEME_PATTERNS,
} from './vocabulary';

export { SCHEMA_VERSION } from './schemaVersion';
export {
  SOURCE_BASES,
  SOURCE_RELATIONS,
  SPEAKER_GROUPS,
  STANCES,
  THEME_GLYPHS,
  THEME_PATTERNS,
} from './vocabulary';
import { SCHEMA_VERSION } from './schemaVersion';
import { LINK_KINDS } from './linkKinds';

export const LIMITS = {
  idLength: 120,
  shortText: 300,
  longText: 8000,
  listLength: 200,
} as const;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    'ids start with a letter or digit and use only letters, digits, ".", "_", ":" or "-"',
  );

const shortText = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
const longText = z.string().trim().min(1, 'must not be empty').max(LIMITS.longText);

export const partialDateSchema = z
  .string()
  .regex(
    PARTIAL_DATE_PATTERN,
    'dates are written YYYY, YYYY-MM or YYYY-MM-DD (Y-65000000 for a year of more than four digits)',
  )
  .superRefine((value, ctx) => {
    if (!PARTIAL_DATE_PATTERN.test(value)) return;
    const problem = describeDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description:
      'A calendar date at the precision the sources support: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day), UTC, in ISO 8601 astronomical years (0000 is 1 BCE, -0499 is 500 BCE); a year of more than four digits in EDTF long-year form, Y-65000000, back to Y-13800000000.',
  });

/** An event's date: a plain date as above, or EDTF (ISO 8601-2) of the forms edtf.ts reads. */
export const edtfDateSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.shortText)
  .superRefine((value, ctx) => {
    const problem = describeEdtfProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description:
      'A date at the precision the sources support (YYYY, YYYY-MM, YYYY-MM-DD; Y-65000000 for a year of more than four digits, back to Y-13800000000), or EDTF: 2007-07? (uncertain), 2007-07~ (approximate), 2007-07% (both), 200X (unspecified digits), 2007-07/2007-09, 2007-07/.. (open end), /2008 (unknown start), [2007-07-10, 2007-07-12] (one of), [..2007-07-16] (on or before). UTC.',
  });

export const dateCertaintySchema = z.enum(['exact', 'approximate', 'inferred']).meta({
  description: 'exact (stated by a source), approximate, or inferred from other evidence',
});

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  .meta({ description: 'An http or https URL.' });

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are written #rrggbb');

/**
 * References for the dataset's authors (research-dossier numbers such as "F-2010-04"): shown
 * only in the "research notes" disclosure, never in what readers read as the record's text.
 */
const researchRefsSchema = z.array(shortText).max(LIMITS.listLength).optional().meta({
  description:
    'References for the dataset’s authors (research-dossier numbers); shown only in a “research notes” disclosure.',
});

export const themeSchema = z.strictObject({
  id,
  label: shortText,
  description: longText.optional(),
  color: hexColor.meta({
    description: 'Mark colour; needs 3:1 contrast against the light and dark backgrounds.',
  }),
  pattern: z.enum(THEME_PATTERNS).meta({ description: 'Fill pattern: a cue that is not colour.' }),
  glyph: z.enum(THEME_GLYPHS).meta({ description: 'Mark shape: a cue that is not colour.' }),
});

export const SOURCE_KINDS = [
  'news',
  'blog',
  'transcript',
  'press-release',
  'document',
  'other',
] as const;

/**
 * How close a source stands to what it reports. How long after the events it was written is
 * not stored: it follows from the source's date and the dates of the events citing it.
 */
export const standpointSchema = z
  .strictObject({
    relation: z.enum(SOURCE_RELATIONS).meta({
      description:
        'The author’s relation to the events: participant (took part, e.g. a partner attending or a speaker), journalist-on-site (a reporter the text places at the event), commentator (writing about it from elsewhere, or not said to be there), vendor (Microsoft, or another company selling what is reported), or not-stated.',
    }),
    basis: z.enum(SOURCE_BASES).meta({
      description:
        'first-hand (the author saw or said it), repeats (it passes on another source’s account), or not-stated.',
    }),
    repeats: id.optional().meta({
      description:
        'The id of the source it repeats, when that source is in the dataset (basis must be "repeats").',
    }),
    note: longText.optional().meta({
      description: 'How the standpoint is known, in plain words (what the source itself says).',
    }),
  })
  .superRefine((value, ctx) => {
    if (value.repeats !== undefined && value.basis !== 'repeats') {
      ctx.addIssue({
        code: 'custom',
        path: ['repeats'],
        message: `names a source it repeats, so basis should be "repeats", not "${value.basis}"`,
      });
    }
  })
  .meta({ description: 'Who wrote it, how close to the events, first-hand or repeating.' });

export const sourceSchema = z.strictObject({
  id,
  title: shortText,
  outlet: shortText,
  author: shortText.optional(),
  authorNote: longText.optional(),
  date: partialDateSchema.optional(),
  dateCertainty: dateCertaintySchema.optional(),
  dateNote: longText.optional(),
  url: httpUrl.optional(),
  kind: z.enum(SOURCE_KINDS),
  note: longText.optional(),
  standpoint: standpointSchema.optional(),
  researchRefs: researchRefsSchema,
});

export const mediaSchema = z.strictObject({
  url: httpUrl,
  caption: longText.optional(),
  credit: longText.optional(),
  thumbnail: httpUrl.optional(),
  alt: longText
    .optional()
    .meta({ description: 'What the image shows, for readers who cannot see it.' }),
});

export const EVENT_KINDS = [
  'conference',
  'keynote',
  'announcement',
  'milestone',
  'reaction',
] as const;

/** How close a claim's source stood to what it dates. */
export const CLAIM_CONFIDENCES = ['participant', 'contemporary', 'reconstructed'] as const;

const claimConfidence = z.enum(CLAIM_CONFIDENCES).meta({
  description:
    'participant (stated by someone who took part), contemporary (reported at the time) or reconstructed (worked out later); left out where the sources do not say',
});

export const conflictSchema = z.strictObject({
  about: shortText,
  claims: z
    .array(
      z.strictObject({
        claim: longText,
        sources: z.array(id).min(1, 'a claim needs at least one source').max(LIMITS.listLength),
        confidence: claimConfidence.optional(),
      }),
    )
    .min(2, 'a conflict lists at least two claims')
    .max(LIMITS.listLength),
});

export const dateClaimSchema = z.strictObject({
  date: edtfDateSchema,
  sources: z.array(id).min(1, 'a claim needs at least one source').max(LIMITS.listLength),
  confidence: claimConfidence.optional(),
  note: longText.optional(),
});

export const eventSchema = z.strictObject({
  id,
  kind: z.enum(EVENT_KINDS).optional(),
  title: shortText,
  summary: longText.optional(),
  start: edtfDateSchema,
  end: edtfDateSchema.optional(),
  dateCertainty: dateCertaintySchema.optional(),
  dateNote: longText.optional(),
  dateClaims: z.array(dateClaimSchema).max(LIMITS.listLength).optional().meta({
    description:
      'The dated claims the sources make about this event: the one start/end follow and the alternatives. An event with a claim of another date is disputed.',
  }),
  conference: shortText.optional(),
  location: shortText.optional(),
  themes: z.array(id).max(LIMITS.listLength),
  people: z.array(shortText).max(LIMITS.listLength).optional(),
  sources: z.array(id).min(1, 'every event names at least one source').max(LIMITS.listLength),
  context: z
    .boolean()
    .optional()
    .meta({ description: 'true for background outside the story’s core span' }),
  conflicts: z.array(conflictSchema).max(LIMITS.listLength).optional(),
  researchRefs: researchRefsSchema,
  displayDate: shortText
    .optional()
    .meta({ description: 'How the date should read when the source gives wording of its own.' }),
  summaryHtml: longText
    .optional()
    .meta({ description: 'Rich-text summary from an import; sanitised to a small allowlist.' }),
  media: mediaSchema.optional(),
  background: hexColor.optional().meta({
    description:
      'The colour of the event’s slide in TimelineJS; the details panel shows it with text that keeps its contrast.',
  }),
});

export const quoteSchema = z.strictObject({
  id,
  text: longText.meta({ description: 'Verbatim words, without the outer quotation marks.' }),
  speaker: shortText,
  speakerRole: shortText.optional(),
  speakerGroup: z.enum(SPEAKER_GROUPS).optional(),
  eventId: id,
  sourceId: id,
  themes: z.array(id).max(LIMITS.listLength),
  stance: z.enum(STANCES),
  date: partialDateSchema.optional(),
  dateCertainty: dateCertaintySchema.optional(),
  dateNote: longText.optional(),
  setting: longText.optional(),
  note: longText.optional(),
  context: longText
    .optional()
    .meta({ description: 'The surrounding passage, summarised in our own words.' }),
  researchRefs: researchRefsSchema,
});

export { LINK_KINDS };

export const linkSchema = z
  .strictObject({
    from: id.meta({ description: 'The event the link starts from (the later one, usually).' }),
    to: id.meta({ description: 'The event it points at.' }),
    kind: z.enum(LINK_KINDS),
    note: longText.meta({ description: 'What the connection is, in our own words.' }),
    sources: z
      .array(id)
      .min(1, 'a link names at least one source')
      .max(LIMITS.listLength)
      .meta({ description: 'The sources that state or support the connection.' }),
    reading: z.boolean().optional().meta({
      description:
        'true when no source states the connection: it is the dataset’s own reading of them',
    }),
  })
  .meta({ description: 'A typed connection between two events: “from” responds to “to”, …' });

export const eraSchema = z.strictObject({
  id: id.optional(),
  label: shortText,
  start: partialDateSchema,
  end: partialDateSchema,
});

export const glossaryEntrySchema = z.strictObject({
  id,
  term: shortText,
  aliases: z.array(shortText).max(LIMITS.listLength).optional(),
  definition: longText.meta({ description: 'Short definition in our own words.' }),
  related: z.array(id).max(LIMITS.listLength).optional(),
  sources: z.array(id).max(LIMITS.listLength).optional(),
});

/** The longest planned time a stop may carry (24 hours). */
export const MAX_STOP_SECONDS = 86_400;

export const tourStopSchema = z.strictObject({
  id: id.optional(),
  title: shortText,
  notes: longText.optional().meta({ description: 'Speaker notes.' }),
  durationSeconds: z
    .number()
    .int('a whole number of seconds')
    .min(1, 'at least one second')
    .max(MAX_STOP_SECONDS, 'at most 24 hours')
    .optional()
    .meta({
      description:
        'Planned time on this stop, in seconds: the speaker window paces the talk by it and a kiosk advances after it.',
    }),
  view: z.strictObject({
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    themes: z.array(id).max(LIMITS.listLength).nullable().optional(),
    eventId: id.optional(),
    quoteId: id.optional(),
  }),
});

export const tourSchema = z.strictObject({
  id,
  title: shortText,
  description: longText.optional(),
  stops: z.array(tourStopSchema).min(1, 'a tour has at least one stop').max(LIMITS.listLength),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: shortText,
    description: longText.optional(),
    descriptionHtml: longText.optional().meta({
      description:
        'The introduction as rich text (a TimelineJS title slide); sanitised to a small allowlist when shown. `description` holds the same as plain text.',
    }),
    media: mediaSchema
      .optional()
      .meta({ description: 'A picture or link that goes with the introduction.' }),
    language: z.string().max(35).optional(),
    themes: z.array(themeSchema).max(LIMITS.listLength),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
    quotes: z.array(quoteSchema),
    eras: z.array(eraSchema).max(LIMITS.listLength).optional(),
    glossary: z.array(glossaryEntrySchema).optional(),
    tours: z.array(tourSchema).max(LIMITS.listLength).optional(),
    links: z.array(linkSchema).optional(),
  })
  .meta({
    title: 'Timeline dataset',
    description:
      'A timeline dataset: themes, sources, events and verbatim quotes, each traceable to its sources.',
  });
