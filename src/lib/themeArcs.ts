/** How each theme runs through the story: first and last appearance, peak year, key events. */
import type { PartialDate } from '../domain/dates';
import type { Translator } from '../i18n/i18n';
import { DATE_MIN_YEAR } from '../domain/dates';
import { formatAnyYear, formatMonthYear } from './formatDate';
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent } from '../domain/types';

export interface ThemeArc {
  readonly themeId: string;
  readonly label: string;
  readonly count: number;
  /** Start of the first event with the theme; null when no event carries it. */
  readonly firstMs: number | null;
  /** End of the latest-ending event with the theme. */
  readonly lastMs: number | null;
  /** The calendar year with most events of the theme (ties: earliest). */
  readonly peakYear: number | null;
  readonly peakCount: number;
  /** First event by date; on a shared start, announcements and keynotes before reactions. */
  readonly opening: DatedEvent | null;
  /** Last event by date, with the same preference. */
  readonly closing: DatedEvent | null;
  readonly summary: string;
}

/** Lower ranks are preferred as the key event when several start together. */
export function kindRank(event: DatedEvent): number {
  switch (event.kind) {
    case 'announcement':
    case 'keynote':
      return 0;
    case 'milestone':
    case undefined:
      return 1;
    case 'conference':
      return 2;
    case 'reaction':
      return 3;
  }
}

function pickKey(candidates: readonly DatedEvent[]): DatedEvent | null {
  let best: DatedEvent | null = null;
  for (const e of candidates) if (best === null || kindRank(e) < kindRank(best)) best = e;
  return best;
}

interface Acc {
  count: number;
  first: DatedEvent | null;
  last: DatedEvent | null;
  opening: DatedEvent | null;
  closing: DatedEvent | null;
  lastMs: number;
  byYear: Map<number, number>;
}

/**
 * One pass over the events (already in date order) for every theme at once: at 100,000
 * events a pass per theme cost the page half a second.
 */
export function themeArcs(data: LoadedDataset, i18n: Translator): ThemeArc[] {
  const { t } = i18n;
  const monthYear = (d: PartialDate) => formatMonthYear(d, i18n.locale);
  const accs = new Map<string, Acc>();
  for (const t of data.dataset.themes) {
    accs.set(t.id, {
      count: 0,
      first: null,
      last: null,
      opening: null,
      closing: null,
      lastMs: -Infinity,
      byYear: new Map(),
    });
  }
  for (const e of data.events) {
    const themes = e.themes.length > 1 ? new Set(e.themes) : e.themes;
    for (const t of themes) {
      const acc = accs.get(t);
      if (acc === undefined) continue;
      acc.count++;
      // Opening: on the first start date, announcements and keynotes before reactions.
      if (acc.first === null) {
        acc.first = e;
        acc.opening = e;
      } else if (
        e.startMs === acc.first.startMs &&
        pickKey([acc.opening ?? e, e]) !== acc.opening
      ) {
        acc.opening = e;
      }
      // Closing: the same preference among the events on the last start date.
      if (acc.last === null || e.startMs !== acc.last.startMs) acc.closing = e;
      else if (pickKey([acc.closing ?? e, e]) !== acc.closing) acc.closing = e;
      acc.last = e;
      if (e.endMs > acc.lastMs) acc.lastMs = e.endMs;
      const year = e.startDate.year;
      acc.byYear.set(year, (acc.byYear.get(year) ?? 0) + 1);
    }
  }
  return data.dataset.themes.map((theme) => {
    const acc = accs.get(theme.id);
    const first = acc?.first;
    const last = acc?.last;
    if (acc === undefined || first == null || last == null) {
      return {
        themeId: theme.id,
        label: theme.label,
        count: 0,
        firstMs: null,
        lastMs: null,
        peakYear: null,
        peakCount: 0,
        opening: null,
        closing: null,
        summary: t('arcs.noEvents', { theme: theme.label }),
      };
    }
    const { opening, closing, byYear, lastMs } = acc;
    const count = acc.count;
    let peakYear = first.startDate.year;
    let peakCount = 0;
    for (const [year, n] of [...byYear].sort((a, b) => a[0] - b[0])) {
      if (n > peakCount) {
        peakYear = year;
        peakCount = n;
      }
    }
    const open = opening ?? first;
    const close = closing ?? last;
    // "in July 2009", "in 2009" (German "im Jahr 2009"), or a deep year as it reads alone
    // ("13.8 billion years ago").
    const inKey =
      open.startDate.year < DATE_MIN_YEAR
        ? 'arcs.at'
        : open.startDate.precision === 'year'
          ? 'arcs.inYear'
          : 'arcs.in';
    const span =
      count === 1
        ? t(inKey, { when: monthYear(open.startDate), title: open.title })
        : t('arcs.fromTo', {
            first: monthYear(open.startDate),
            firstTitle: open.title,
            last: monthYear(close.startDate),
            lastTitle: close.title,
          });
    // A busiest year only where one year holds more than one event (never on a scale of
    // billions of years, where every event has a year of its own).
    const summary =
      peakCount < 2
        ? t('arcs.summaryNoPeak', { theme: theme.label, events: t('arcs.events', { count }), span })
        : t('arcs.summary', {
            theme: theme.label,
            events: t('arcs.events', { count }),
            span,
            peak: formatAnyYear(peakYear, i18n.locale),
            peakEvents: t('arcs.events', { count: peakCount }),
          });
    return {
      themeId: theme.id,
      label: theme.label,
      count,
      firstMs: first.startMs,
      lastMs,
      peakYear,
      peakCount,
      opening,
      closing,
      summary,
    };
  });
}
