/**
 * Sources you can question (issue 18): a source's standpoint, how long after an event it was
 * written, and an event's sources grouped by either, as a checklist for the corroboration
 * questions (who wrote it, how close, when, first-hand or repeating, do the others agree).
 *
 * How long after is worked out, never stored: from the source's date and the event's dates,
 * each at the precision it is known. Where the two periods leave the answer open (a source
 * dated only "2007" about an event of July 2007), or either date is missing, it is "not
 * stated", with the reason.
 */
import { parsePartialDate } from '../domain/dates';
import type { DatedEvent, Source } from '../domain/types';
import { SOURCE_BASES, SOURCE_RELATIONS } from '../domain/vocabulary';
import type { Translator } from '../i18n/i18n';

export type SourceRelation = (typeof SOURCE_RELATIONS)[number];
export type SourceBasis = (typeof SOURCE_BASES)[number];

const DAY = 86_400_000;

/** When a source was written, relative to an event it reports. */
export type WrittenWhen =
  | { readonly kind: 'before' }
  | { readonly kind: 'during' }
  | { readonly kind: 'same-day' }
  | { readonly kind: 'after'; readonly minDays: number; readonly maxDays: number }
  | { readonly kind: 'unclear' }
  | { readonly kind: 'no-source-date' }
  | { readonly kind: 'no-event-date' };

/** The buckets a checklist groups by; "not-stated" gathers every open answer. */
export const TIMING_GROUPS = [
  'before',
  'during',
  'within-week',
  'within-month',
  'within-year',
  'later',
  'not-stated',
] as const;
export type TimingGroup = (typeof TIMING_GROUPS)[number];

export function standpointOf(source: Source): {
  relation: SourceRelation;
  basis: SourceBasis;
  repeats: string | null;
  note: string | null;
} {
  const s = source.standpoint;
  return {
    relation: s?.relation ?? 'not-stated',
    basis: s?.basis ?? 'not-stated',
    repeats: s?.repeats ?? null,
    note: s?.note ?? null,
  };
}

function periodOf(date: string): { start: number; end: number } | null {
  try {
    const d = parsePartialDate(date);
    return { start: d.startMs, end: d.endMs };
  } catch {
    return null;
  }
}

/**
 * When `source` was written relative to `event`: before it began, while it ran (within the
 * dates of an event that spans days, or on the day of a one-day event), or so many days after
 * its last day: a range when either date is known only to the month or the year. Anything the
 * periods leave open (a source of July 2007 about an event some time in July 2007) is unclear.
 */
export function writtenWhen(source: Source, event: DatedEvent): WrittenWhen {
  if (source.date === undefined) return { kind: 'no-source-date' };
  const s = periodOf(source.date);
  if (s === null) return { kind: 'no-source-date' };
  if (!Number.isFinite(event.startMs) || !Number.isFinite(event.endMs)) {
    return { kind: 'no-event-date' };
  }
  if (s.end <= event.startMs) return { kind: 'before' };
  if (s.start >= event.endMs) {
    // The event's last day lies in [lastFirst, event.endMs - DAY]; the source's day in
    // [s.start, s.end - DAY].
    const lastFirst = event.endDate?.startMs ?? event.startMs;
    const minDays = Math.round((s.start - (event.endMs - DAY)) / DAY);
    const maxDays = Math.round((s.end - DAY - lastFirst) / DAY);
    return { kind: 'after', minDays, maxDays };
  }
  const inside = s.start >= event.startMs && s.end <= event.endMs;
  if (inside && event.isRange) return { kind: 'during' };
  if (inside && event.startDate.precision === 'day') return { kind: 'same-day' };
  return { kind: 'unclear' };
}

/** The checklist bucket of a timing: a range of days counts only when it fits one bucket. */
export function timingGroup(when: WrittenWhen): TimingGroup {
  switch (when.kind) {
    case 'before':
    case 'during':
      return when.kind;
    case 'same-day':
      return 'during';
    case 'after': {
      const { minDays, maxDays } = when;
      if (maxDays <= 7) return 'within-week';
      if (maxDays <= 31) return 'within-month';
      if (maxDays <= 366) return 'within-year';
      if (minDays > 366) return 'later';
      return 'not-stated';
    }
    default:
      return 'not-stated';
  }
}

/** "3 days after", "between 1 and 30 days after", "while it happened", "not stated (…)". */
export function describeWhen(when: WrittenWhen, i18n: Translator): string {
  const { t } = i18n;
  switch (when.kind) {
    case 'before':
      return t('standpoint.when.before');
    case 'during':
      return t('standpoint.when.during');
    case 'same-day':
      return t('standpoint.when.sameDay');
    case 'after':
      return when.minDays === when.maxDays
        ? t('standpoint.when.days', { count: when.minDays })
        : t('standpoint.when.range', { min: when.minDays, max: when.maxDays });
    case 'unclear':
      return t('standpoint.when.unclear');
    case 'no-source-date':
      return t('standpoint.when.noSourceDate');
    case 'no-event-date':
      return t('standpoint.when.noEventDate');
  }
}

/** "Repeats “title”", "Repeats a source that is not in this dataset", "First-hand", "Not stated". */
export function basisWords(
  source: Source,
  sourcesById: ReadonlyMap<string, Source>,
  { t }: Translator,
): string {
  const { basis, repeats } = standpointOf(source);
  if (basis !== 'repeats') return t(`standpoint.basis.${basis}`);
  const repeated = repeats === null ? undefined : sourcesById.get(repeats);
  return repeated
    ? t('standpoint.repeatsSource', { title: repeated.title })
    : t('standpoint.repeatsOutside');
}

/** What a source says in an event's conflicting reports: the claims it backs, by topic. */
export interface ClaimBacked {
  readonly about: string;
  readonly claim: string;
  /** Other sources in the same conflict that back a different claim. */
  readonly disagreeing: readonly string[];
}

/** One source in an event's checklist: the answers to the corroboration questions. */
export interface SourceCheck {
  readonly source: Source;
  readonly relation: SourceRelation;
  readonly basis: SourceBasis;
  /** The source it repeats, when it names one in the dataset. */
  readonly repeats: Source | null;
  readonly note: string | null;
  readonly when: WrittenWhen;
  readonly timing: TimingGroup;
  /** Whether the others agree: its side in each of the event's conflicting reports. */
  readonly claims: readonly ClaimBacked[];
  /** True when another source of this event repeats this one. */
  readonly repeatedByOthers: boolean;
}

export type GroupBy = 'relation' | 'timing' | 'basis';

export interface SourceGroup {
  /** A relation, a timing group or a basis, depending on GroupBy. */
  readonly key: string;
  readonly checks: readonly SourceCheck[];
}

/** Every source the event cites, itself or in its conflicts and date claims, in that order. */
export function eventSourceIds(event: DatedEvent): string[] {
  const ids = new Set(event.sources);
  for (const c of event.conflicts ?? [])
    for (const cl of c.claims) for (const s of cl.sources) ids.add(s);
  for (const c of event.dateClaims ?? []) for (const s of c.sources) ids.add(s);
  return [...ids];
}

/** The corroboration checklist of one event: one row per source it cites. */
export function checkEventSources(
  event: DatedEvent,
  sourcesById: ReadonlyMap<string, Source>,
): SourceCheck[] {
  const sources = eventSourceIds(event)
    .map((id) => sourcesById.get(id))
    .filter((s): s is Source => s !== undefined);
  const repeatedIds = new Set(sources.map((s) => s.standpoint?.repeats).filter(Boolean));
  return sources.map((source) => {
    const sp = standpointOf(source);
    const when = writtenWhen(source, event);
    const claims: ClaimBacked[] = [];
    for (const c of event.conflicts ?? []) {
      for (const cl of c.claims) {
        if (!cl.sources.includes(source.id)) continue;
        const disagreeing = c.claims
          .filter((other) => other !== cl)
          .flatMap((other) => other.sources)
          .filter((id) => id !== source.id && !cl.sources.includes(id));
        claims.push({ about: c.about, claim: cl.claim, disagreeing: [...new Set(disagreeing)] });
      }
    }
    return {
      source,
      relation: sp.relation,
      basis: sp.basis,
      repeats: sp.repeats === null ? null : (sourcesById.get(sp.repeats) ?? null),
      note: sp.note,
      when,
      timing: timingGroup(when),
      claims,
      repeatedByOthers: repeatedIds.has(source.id),
    };
  });
}

const ORDER: Record<GroupBy, readonly string[]> = {
  relation: SOURCE_RELATIONS,
  timing: TIMING_GROUPS,
  basis: SOURCE_BASES,
};

/** The checklist grouped by one question, groups in the vocabulary's order, empty ones left out. */
export function groupChecks(checks: readonly SourceCheck[], by: GroupBy): SourceGroup[] {
  const keyOf = (c: SourceCheck) =>
    by === 'relation' ? c.relation : by === 'timing' ? c.timing : c.basis;
  return ORDER[by]
    .map((key) => ({ key, checks: checks.filter((c) => keyOf(c) === key) }))
    .filter((g) => g.checks.length > 0);
}
