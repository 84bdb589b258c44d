/** How each theme runs through the story: first and last appearance, peak year, key events. */
import type { PartialDate } from '../domain/dates';
import { t } from '../i18n/i18n';
import { formatMonthYear } from './formatDate';
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

/** "July 2007", or "2007" for a date known to the year. */
export function monthYear(d: PartialDate): string {
  return formatMonthYear(d);
}

export function themeArcs(data: LoadedDataset): ThemeArc[] {
  return data.dataset.themes.map((theme) => {
    // data.events is already in date order.
    const events = data.events.filter((e) => e.themes.includes(theme.id));
    const first = events[0];
    const last = events[events.length - 1];
    if (first === undefined || last === undefined) {
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
    const opening = pickKey(events.filter((e) => e.startMs === first.startMs));
    const closing = pickKey(events.filter((e) => e.startMs === last.startMs));
    const byYear = new Map<number, number>();
    for (const e of events) byYear.set(e.startDate.year, (byYear.get(e.startDate.year) ?? 0) + 1);
    let peakYear = first.startDate.year;
    let peakCount = 0;
    for (const [year, n] of [...byYear].sort((a, b) => a[0] - b[0])) {
      if (n > peakCount) {
        peakYear = year;
        peakCount = n;
      }
    }
    const lastMs = Math.max(...events.map((e) => e.endMs));
    const open = opening ?? first;
    const close = closing ?? last;
    const span =
      events.length === 1
        ? t('arcs.in', { when: monthYear(open.startDate), title: open.title })
        : t('arcs.fromTo', {
            first: monthYear(open.startDate),
            firstTitle: open.title,
            last: monthYear(close.startDate),
            lastTitle: close.title,
          });
    const summary = t('arcs.summary', {
      theme: theme.label,
      events: t('arcs.events', { count: events.length }),
      span,
      peak: String(peakYear),
      peakEvents: t('arcs.events', { count: peakCount }),
    });
    return {
      themeId: theme.id,
      label: theme.label,
      count: events.length,
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
