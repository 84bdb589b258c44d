/**
 * The mood of the channel over time: quotes counted by stance, one segment per conference and,
 * between conferences, one per calendar quarter that has quotes.
 */
import { DAY_MS } from './viewport';
import { parsePartialDate, withinDate, yearAtMs, yearStartMs } from '../domain/dates';
import type { LoadedDataset } from '../domain/indexes';
import { STANCES } from '../domain/vocabulary';
import type { DatedEvent, Quote, SpeakerGroup, Stance } from '../domain/types';
import type { MessageKey, Translator } from '../i18n/i18n';
import { compileFilter } from './emphasis';

/** A quote dated within this many days of a conference counts as said there. */
export const CONFERENCE_SLACK_MS = 7 * DAY_MS;
/** Segments with fewer quotes than this are marked as thin evidence. */
export const THIN_EVIDENCE = 3;

/** Who is speaking: one raw group, or one of the combined choices the Speakers menu offers. */
export type StanceGroup = SpeakerGroup | 'all' | 'partner+other' | 'press+analyst';

export interface SpeakerChoice {
  readonly value: StanceGroup;
  /** Its name in the interface catalogue. */
  readonly labelKey: 'speakers.all' | 'speakers.microsoft' | 'speakers.partners' | 'speakers.press';
}

/** The choices of the "Speakers" menu, in order. */
export const SPEAKER_CHOICES: readonly SpeakerChoice[] = [
  { value: 'all', labelKey: 'speakers.all' },
  { value: 'microsoft', labelKey: 'speakers.microsoft' },
  { value: 'partner+other', labelKey: 'speakers.partners' },
  { value: 'press+analyst', labelKey: 'speakers.press' },
];

export function isStanceGroup(value: string): value is StanceGroup {
  return (
    value === 'all' ||
    value === 'partner+other' ||
    value === 'press+analyst' ||
    ['microsoft', 'partner', 'press', 'analyst', 'other'].includes(value)
  );
}

/** A quote without a speaker group counts as "other". */
export function quoteGroupMatches(quote: Quote, group: StanceGroup | undefined): boolean {
  if (group === undefined || group === 'all') return true;
  const g: SpeakerGroup = quote.speakerGroup ?? 'other';
  if (group === 'partner+other') return g === 'partner' || g === 'other';
  if (group === 'press+analyst') return g === 'press' || g === 'analyst';
  return g === group;
}

export interface StanceSegment {
  /** The conference event id, or "q-2009-3" for a quarter. */
  readonly id: string;
  /** "WPC 2008" or "Q3 2009". */
  readonly label: string;
  /** For a quarter that shares its months with a conference: "after WPC 2009"; else null. */
  readonly context: string | null;
  readonly kind: 'conference' | 'quarter';
  readonly startMs: number;
  readonly endMs: number;
  readonly counts: Record<Stance, number>;
  readonly total: number;
  /** In date order. */
  readonly quoteIds: readonly string[];
  /** Fewer than three quotes: too few to read a mood from. */
  readonly thin: boolean;
}

export interface StanceOptions {
  readonly group?: StanceGroup;
  readonly themeFilter?: readonly string[] | null;
}

export function emptyCounts(): Record<Stance, number> {
  return { reassuring: 0, warning: 0, critical: 0, momentum: 0, neutral: 0 };
}

export function countStances(quotes: readonly Quote[]): Record<Stance, number> {
  const counts = emptyCounts();
  for (const q of quotes) counts[q.stance] += 1;
  return counts;
}

/**
 * Whether a dataset says anything about the mood of the channel: some quote carries a stance
 * other than neutral. TimelineJS files (every quote neutral, the importer's default) and
 * datasets without quotes have none, and the Mood of the channel band is left out for them.
 */
export function hasMoodData(quotes: Iterable<Quote>): boolean {
  for (const q of quotes) if (q.stance !== 'neutral') return true;
  return false;
}

/** The short name of a conference: its `conference` field ("WPC 2008"), else its title's head. */
export function conferenceLabel(conference: DatedEvent): string {
  if (conference.conference !== undefined) return conference.conference;
  const head = conference.title.split(' — ')[0];
  return head !== undefined && head.trim() !== '' ? head.trim() : conference.title;
}

/**
 * Whether an event took place at (or is) the conference: the same `conference` label, or, for an
 * event without one, a start within the conference's dates.
 */
export function eventAtConference(event: DatedEvent, conference: DatedEvent): boolean {
  if (event.id === conference.id) return true;
  if (event.conference !== undefined) return event.conference === conferenceLabel(conference);
  return event.startMs >= conference.startMs && event.startMs < conference.endMs;
}

/** When a quote was said: its own date, else its event's start. NaN when neither is known. */
export function quoteMs(quote: Quote, data: LoadedDataset): number {
  if (quote.date !== undefined) return parsePartialDate(quote.date).startMs;
  return data.eventsById.get(quote.eventId)?.startMs ?? Number.NaN;
}

/** The conference a quote was said at, or null. */
export function conferenceOfQuote(quote: Quote, data: LoadedDataset): DatedEvent | null {
  const event = data.eventsById.get(quote.eventId);
  if (event) {
    const byEvent = data.conferences.find((c) => eventAtConference(event, c));
    if (byEvent) return byEvent;
  }
  const ms = quoteMs(quote, data);
  if (Number.isNaN(ms)) return null;
  return (
    data.conferences.find(
      (c) => ms >= c.startMs - CONFERENCE_SLACK_MS && ms < c.endMs + CONFERENCE_SLACK_MS,
    ) ?? null
  );
}

function quoteThemes(quote: Quote, data: LoadedDataset): readonly string[] {
  if (quote.themes.length > 0) return quote.themes;
  return data.eventsById.get(quote.eventId)?.themes ?? [];
}

/** Quotes in date order (ties: dataset order). */
export function quotesInDateOrder(quotes: readonly Quote[], data: LoadedDataset): Quote[] {
  return quotes
    .map((q, i) => ({ q, i, ms: quoteMs(q, data) }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map((x) => x.q);
}

function quarterOf(ms: number): { year: number; quarter: number; startMs: number; endMs: number } {
  if (!withinDate(ms)) {
    // Deep in time a quote's "quarter" is its whole year.
    const year = yearAtMs(ms);
    return { year, quarter: 1, startMs: yearStartMs(year), endMs: yearStartMs(year + 1) };
  }
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const quarter = Math.floor(d.getUTCMonth() / 3) + 1;
  return {
    year,
    quarter,
    startMs: Date.UTC(year, (quarter - 1) * 3, 1),
    endMs: Date.UTC(year, quarter * 3, 1),
  };
}

interface Bucket {
  label: string;
  context: string | null;
  kind: StanceSegment['kind'];
  startMs: number;
  endMs: number;
  quotes: Quote[];
}

/**
 * The between-conferences bucket of a quote: its calendar quarter, clipped to the gap between
 * the conferences either side, so a quarter never overlaps a conference's own bar.
 */
function quarterBucket(
  ms: number,
  data: LoadedDataset,
  { t }: Pick<Translator, 't'>,
): { key: string; bucket: Omit<Bucket, 'quotes'> } {
  const quarter = quarterOf(ms);
  const confs = data.conferences;
  const gap = confs.filter((c) => c.startMs <= ms).length;
  const prev = confs[gap - 1];
  const next = confs[gap];
  let startMs = quarter.startMs;
  let endMs = quarter.endMs;
  let context: string | null = null;
  let suffix = '';
  if (prev !== undefined && prev.endMs > startMs) {
    startMs = prev.endMs;
    context = t('stance.after', { conference: conferenceLabel(prev) });
    suffix = `-after-${prev.id}`;
  }
  if (next !== undefined && next.startMs < endMs) {
    endMs = next.startMs;
    if (context === null) {
      context = t('stance.before', { conference: conferenceLabel(next) });
      suffix = `-before-${next.id}`;
    }
  }
  return {
    key: `q-${quarter.year}-${quarter.quarter}${suffix}`,
    bucket: {
      label: t('stance.quarter', { quarter: String(quarter.quarter), year: String(quarter.year) }),
      context,
      kind: 'quarter',
      startMs,
      endMs: Math.max(endMs, startMs),
    },
  };
}

interface PlacedQuote {
  readonly quote: Quote;
  readonly themes: readonly string[];
  readonly key: string;
  /** The bucket this quote opens when it is the first of its key to pass the filter. */
  readonly bucket: Omit<Bucket, 'quotes'>;
}

/**
 * Every dated quote of a dataset in date order with its bucket: what does not depend on the
 * filter or the speakers, worked out once per dataset and interface language (bucket labels
 * are translated). A filter toggle then only counts.
 */
const placedCache = new WeakMap<LoadedDataset, { locale: string; placed: PlacedQuote[] }>();

function placedQuotes(data: LoadedDataset, i18n: Translator): PlacedQuote[] {
  const { locale } = i18n;
  const cached = placedCache.get(data);
  if (cached?.locale === locale) return cached.placed;
  const placed: PlacedQuote[] = [];
  for (const quote of quotesInDateOrder(data.dataset.quotes, data)) {
    const themes = quoteThemes(quote, data);
    const conf = conferenceOfQuote(quote, data);
    if (conf) {
      placed.push({
        quote,
        themes,
        key: conf.id,
        bucket: {
          label: conferenceLabel(conf),
          context: null,
          kind: 'conference',
          startMs: conf.startMs,
          endMs: conf.endMs,
        },
      });
      continue;
    }
    const ms = quoteMs(quote, data);
    if (Number.isNaN(ms)) continue;
    const { key, bucket } = quarterBucket(ms, data, i18n);
    placed.push({ quote, themes, key, bucket });
  }
  placedCache.set(data, { locale, placed });
  return placed;
}

export function stanceSegments(
  data: LoadedDataset,
  opts: StanceOptions,
  i18n: Translator,
): StanceSegment[] {
  const active = compileFilter(opts.themeFilter ?? null);
  const buckets = new Map<string, Bucket>();
  for (const p of placedQuotes(data, i18n)) {
    if (!quoteGroupMatches(p.quote, opts.group)) continue;
    if (active !== null && !p.themes.some((t) => active.has(t))) continue;
    let bucket = buckets.get(p.key);
    if (bucket === undefined) {
      bucket = { ...p.bucket, quotes: [] };
      buckets.set(p.key, bucket);
    }
    bucket.quotes.push(p.quote);
  }
  return [...buckets.entries()]
    .map(([id, b]) => {
      const counts = countStances(b.quotes);
      return {
        id,
        label: b.label,
        context: b.context,
        kind: b.kind,
        startMs: b.startMs,
        endMs: b.endMs,
        counts,
        total: b.quotes.length,
        quoteIds: b.quotes.map((q) => q.id),
        thin: b.quotes.length < THIN_EVIDENCE,
      };
    })
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : 1));
}

/** "5 reassuring, 2 warning" — stances with a count, in the fixed stance order. */
export function describeCounts(
  counts: Record<Stance, number>,
  { t }: Pick<Translator, 't'>,
): string {
  const parts = STANCES.filter((s) => counts[s] > 0).map((s) =>
    t(`stanceCount.${s}`, { count: counts[s] }),
  );
  return parts.length > 0 ? parts.join(', ') : t('stance.noQuotes');
}

/** "WPC 2008: 9 quotes — 5 reassuring, 2 warning (thin evidence)". */
export function describeSegment(segment: StanceSegment, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  return t('stance.segment', {
    label: segmentLabel(segment, i18n),
    quotes: t('stance.quotes', { count: segment.total }),
    counts: describeCounts(segment.counts, i18n),
    thin: segment.thin ? t('stance.thin') : '',
  });
}

/** "Q3 2009 (after WPC 2009)", or just the label when there is no context. */
export function segmentLabel(segment: StanceSegment, { t }: Pick<Translator, 't'>): string {
  return segment.context === null
    ? segment.label
    : t('stance.withContext', { label: segment.label, context: segment.context });
}

/** Each stance's name in the interface catalogue (strategy views and quote cards). */
export const STANCE_NAME_KEY = {
  reassuring: 'stance.reassuring',
  warning: 'stance.warning',
  critical: 'stance.critical',
  momentum: 'stance.momentum',
  neutral: 'stance.neutral',
} as const satisfies Readonly<Record<Stance, MessageKey>>;

/** A text symbol per stance, so stance is never told by colour alone. */
export const STANCE_GLYPH: Record<Stance, string> = {
  reassuring: '☺',
  warning: '⚠',
  critical: '✕',
  momentum: '↗',
  neutral: '•',
};

const MIN_BAR = 10;
const MAX_BAR = 36;

export interface PlacedBar {
  readonly segment: StanceSegment;
  readonly x: number;
  readonly w: number;
}

/**
 * Where each bar goes on the chart's scale (x = (ms − from) / (to − from) × width): centred on
 * its segment, MIN_BAR to MAX_BAR px wide, nudged right so none overlap; segments out of view
 * are left out.
 */
export function placeStanceBars(
  segments: readonly StanceSegment[],
  domain: readonly [number, number],
  width: number,
): PlacedBar[] {
  const span = domain[1] - domain[0];
  const toX = (ms: number) => ((ms - domain[0]) / span) * width;
  const placed: PlacedBar[] = [];
  let minX = -Infinity;
  for (const segment of segments) {
    if (segment.endMs <= domain[0] || segment.startMs >= domain[1]) continue;
    const x0 = toX(segment.startMs);
    const x1 = toX(segment.endMs);
    const w = Math.min(MAX_BAR, Math.max(MIN_BAR, x1 - x0 - 2));
    const x = Math.max((x0 + x1) / 2 - w / 2, minX);
    placed.push({ segment, x, w });
    minX = x + w + 2;
  }
  return placed;
}
