import type { z } from 'zod';
import type {
  datasetSchema,
  eventSchema,
  linkSchema,
  LINK_KINDS,
  quoteSchema,
  sourceSchema,
  themeSchema,
  STANCES,
  SPEAKER_GROUPS,
  THEME_GLYPHS,
  THEME_PATTERNS,
} from './schema';
import type { PartialDate } from './dates';
import type { EdtfDate } from './edtf';

export type Dataset = z.infer<typeof datasetSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type EventLink = z.infer<typeof linkSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type SpeakerGroup = (typeof SPEAKER_GROUPS)[number];
export type ThemeGlyph = (typeof THEME_GLYPHS)[number];
export type ThemePattern = (typeof THEME_PATTERNS)[number];

/** An event with its dates parsed once, when the dataset is loaded. */
export interface DatedEvent extends TimelineEvent {
  readonly startDate: PartialDate;
  readonly endDate: PartialDate | null;
  /** First millisecond (UTC) of the start period. */
  readonly startMs: number;
  /** Last millisecond (exclusive) the mark covers: end period's end, or start period's end. */
  readonly endMs: number;
  /** True when the event is drawn as a bar (it has an end date). */
  readonly isRange: boolean;
  /** Index in date order (ties broken by id), for stable keyboard order. */
  readonly order: number;
  /** The date as parsed EDTF, present only when it is more than a plain date or interval. */
  readonly edtf?: EdtfDate;
}

export interface DatasetProblem {
  /** Where: a JSON path such as `events[3] (id "wpc-2008").start`. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /**
   * True when `message` is in the interface language (it came from the message catalogue);
   * otherwise it is English: the validator's and importers' diagnostics are not translated.
   */
  readonly localized?: boolean;
}
