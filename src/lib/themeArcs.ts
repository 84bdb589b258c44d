/** How each theme runs through the story: first and last appearance, peak year, key events. */
import { monthName, type PartialDate } from '../domain/dates';
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
  if (d.precision === 'year' || d.month === undefined) return String(d.year);
  return `${monthName(d.month)} ${d.year}`;
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
        summary: `${theme.label}: no events yet.`,
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
    // A loop, not Math.max(...): spreading a large theme's events would overflow the stack.
    let lastMs = -Infinity;
    for (const e of events) if (e.endMs > lastMs) lastMs = e.endMs;
    const n = `${events.length} ${events.length === 1 ? 'event' : 'events'}`;
    const open = opening ?? first;
    const close = closing ?? last;
    const span =
      events.length === 1
        ? `in ${monthYear(open.startDate)} (${open.title})`
        : `from ${monthYear(open.startDate)} (${open.title}) to ${monthYear(close.startDate)} (${close.title})`;
    const summary = `${theme.label}: ${n}, ${span}; busiest in ${peakYear} (${peakCount} ${peakCount === 1 ? 'event' : 'events'}).`;
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
