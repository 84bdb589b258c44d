/** Two conferences side by side: what was announced, which themes, what was said, and the mood. */
import type { LoadedDataset } from '../domain/indexes';
import { STANCES } from '../domain/vocabulary';
import type { DatedEvent, Quote, Stance } from '../domain/types';
import {
  conferenceLabel,
  conferenceOfQuote,
  countStances,
  eventAtConference,
  quotesInDateOrder,
} from './stance';
import type { Translator } from '../i18n/i18n';

export interface ThemeCount {
  readonly themeId: string;
  readonly count: number;
}

export interface ConferenceSide {
  readonly conference: DatedEvent;
  /** "WPC 2008". */
  readonly label: string;
  /** The events held at the conference (not the conference itself), in date order. */
  readonly events: readonly DatedEvent[];
  /** Announcements and keynotes at the conference, in date order. */
  readonly announcements: readonly DatedEvent[];
  /** Themes of the conference's events, most frequent first (ties: dataset theme order). */
  readonly themes: readonly ThemeCount[];
  /** Quotes said at the conference, in date order. */
  readonly quotes: readonly Quote[];
  readonly stance: Record<Stance, number>;
}

export interface ConferenceComparison {
  readonly a: ConferenceSide;
  readonly b: ConferenceSide;
  readonly changes: {
    /** Themes at the second conference but not the first (dataset theme order). */
    readonly newThemes: readonly string[];
    /** Themes at the first conference but not the second. */
    readonly goneThemes: readonly string[];
    /** Second minus first, per stance. */
    readonly stanceShift: Record<Stance, number>;
  };
}

/** A conference by event id, or by year ("2008" → that year's conference). */
export function resolveConference(data: LoadedDataset, idOrYear: string): DatedEvent | null {
  if (/^\d{4}$/.test(idOrYear)) {
    const year = Number(idOrYear);
    return data.conferences.find((c) => c.startDate.year === year) ?? null;
  }
  const event = data.eventsById.get(idOrYear);
  return event?.kind === 'conference' ? event : null;
}

function side(data: LoadedDataset, conference: DatedEvent): ConferenceSide {
  const events = data.events.filter(
    (e) => e.id !== conference.id && e.kind !== 'conference' && eventAtConference(e, conference),
  );
  const counts = new Map<string, number>();
  for (const e of events)
    for (const t of new Set(e.themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const order = new Map(data.dataset.themes.map((t, i) => [t.id, i]));
  const themes = [...counts]
    .map(([themeId, count]) => ({ themeId, count }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        (order.get(x.themeId) ?? Infinity) - (order.get(y.themeId) ?? Infinity),
    );
  const quotes = quotesInDateOrder(
    data.dataset.quotes.filter((q) => conferenceOfQuote(q, data)?.id === conference.id),
    data,
  );
  return {
    conference,
    label: conferenceLabel(conference),
    events,
    announcements: events.filter((e) => e.kind === 'announcement' || e.kind === 'keynote'),
    themes,
    quotes,
    stance: countStances(quotes),
  };
}

export function compareConferences(
  data: LoadedDataset,
  aId: string,
  bId: string,
): ConferenceComparison | null {
  const ca = resolveConference(data, aId);
  const cb = resolveConference(data, bId);
  if (ca === null || cb === null) return null;
  const a = side(data, ca);
  const b = side(data, cb);
  const inA = new Set(a.themes.map((t) => t.themeId));
  const inB = new Set(b.themes.map((t) => t.themeId));
  const themeOrder = data.dataset.themes.map((t) => t.id);
  const stanceShift = Object.fromEntries(
    STANCES.map((s) => [s, b.stance[s] - a.stance[s]]),
  ) as Record<Stance, number>;
  return {
    a,
    b,
    changes: {
      newThemes: themeOrder.filter((t) => inB.has(t) && !inA.has(t)),
      goneThemes: themeOrder.filter((t) => inA.has(t) && !inB.has(t)),
      stanceShift,
    },
  };
}

/** The "What changed" list in plain words. */
export function describeChanges(
  comparison: ConferenceComparison,
  themeLabel: (themeId: string) => string,
  { t }: Pick<Translator, 't'>,
): string[] {
  const { a, b, changes } = comparison;
  const lines: string[] = [];
  lines.push(
    changes.newThemes.length > 0
      ? t('compare.newAt', {
          conference: b.label,
          themes: changes.newThemes.map(themeLabel).join('; '),
        })
      : t('compare.noneNewAt', { conference: b.label }),
  );
  lines.push(
    changes.goneThemes.length > 0
      ? t('compare.goneSince', {
          conference: a.label,
          themes: changes.goneThemes.map(themeLabel).join('; '),
        })
      : t('compare.noneGoneSince', { conference: a.label }),
  );
  for (const s of STANCES) {
    const d = changes.stanceShift[s];
    if (d === 0) continue;
    lines.push(
      t(d > 0 ? 'compare.more' : 'compare.fewer', {
        count: Math.abs(d),
        stance: t(`compare.stanceWord.${s}`),
        a: a.stance[s],
        confA: a.label,
        b: b.stance[s],
        confB: b.label,
      }),
    );
  }
  if (STANCES.every((s) => changes.stanceShift[s] === 0)) lines.push(t('compare.same'));
  return lines;
}

const PART = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** "2008~2011" or "wpc-2008~wpc-2011" → the pair; anything else → null. */
export function parseComparePair(value: string | null | undefined): [string, string] | null {
  if (value === null || value === undefined) return null;
  const parts = value.split('~');
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (a === undefined || b === undefined || !PART.test(a) || !PART.test(b)) return null;
  return [a, b];
}

export function formatComparePair(pair: readonly [string, string]): string {
  return `${pair[0]}~${pair[1]}`;
}
