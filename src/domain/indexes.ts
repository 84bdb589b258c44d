import { DATE_MAX_YEAR, DATE_MIN_YEAR, type PartialDate, type TimeScaleKind } from './dates';
import type { EdtfDate } from './edtf';
import { eventDates, type EventDates } from './eventDates';
import type {
  Dataset,
  DatedEvent,
  DatasetProblem,
  Quote,
  Source,
  Theme,
  TimelineEvent,
} from './types';

/** A validated dataset plus the lookups every feature needs, built once per load. */
export interface LoadedDataset {
  /** Everything but the raw events (use `events`: parsed, dated and sorted). */
  readonly dataset: Omit<Dataset, 'events'>;
  /** All events, dates parsed, in date order (start, then end, then id). */
  readonly events: readonly DatedEvent[];
  /** Conference events (drawn as shaded bands), in date order. */
  readonly conferences: readonly DatedEvent[];
  /** The dataset's eras (TimelineJS's), dated, in date order: drawn as labelled spans. */
  readonly eras: readonly DatedEra[];
  readonly eventsById: ReadonlyMap<string, DatedEvent>;
  readonly themesById: ReadonlyMap<string, Theme>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly quotesById: ReadonlyMap<string, Quote>;
  readonly quotesByEventId: ReadonlyMap<string, readonly Quote[]>;
  /** Number of events carrying each theme id. */
  readonly themeCounts: ReadonlyMap<string, number>;
  /** [first ms, last ms] covered by any event; a one-year span for an empty dataset. */
  readonly span: readonly [number, number];
  /** Calendar dates, or years ago when a year lies beyond JavaScript's Date (deep time). */
  readonly timeScale: TimeScaleKind;
  readonly warnings: readonly DatasetProblem[];
  /** Where it came from: null for the built-in dataset, else the URL it was loaded from. */
  readonly origin: string | null;
  /**
   * Set when this is the copy kept of `origin` (a live sheet offline), shown because loading
   * it failed: when it was fetched (ISO 8601), and why the load failed.
   */
  readonly snapshot?: { readonly savedAt: string; readonly url: string; readonly reason: string };
}

/** Which scale (kept here, not in dates.ts: only loading needs it) a set of astronomical years needs: cosmological when one lies beyond Date. */
export function chooseTimeScale(years: Iterable<number>): TimeScaleKind {
  for (const y of years) if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR) return 'cosmological';
  return 'human';
}

/** An era with its extent in ms (from its first day to its end's last, as an event's). */
export interface DatedEra {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly startDate: PartialDate;
  readonly endDate: PartialDate;
  readonly startMs: number;
  readonly endMs: number;
}

function datedEras(eras: readonly { label: string; start: string; end: string }[]): DatedEra[] {
  return eras
    .map((era) => {
      const d = eventDates(era);
      return {
        label: era.label,
        start: era.start,
        end: era.end,
        startDate: d.startDate,
        endDate: d.endDate ?? d.startDate,
        startMs: d.startMs,
        endMs: d.endMs,
      };
    })
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

function* eventYears(events: readonly DatedEvent[]): Generator<number> {
  for (const e of events) {
    yield e.startDate.year;
    if (e.endDate) yield e.endDate.year;
  }
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** What dating adds to an event (after it, `order`). */
export function dateFields(d: EventDates): Omit<DatedEvent, keyof TimelineEvent | 'order'> {
  const fields: Omit<DatedEvent, keyof TimelineEvent | 'order'> & { edtf?: EdtfDate } = {
    startDate: d.startDate,
    endDate: d.endDate,
    startMs: d.startMs,
    endMs: d.endMs,
    isRange: d.isRange,
  };
  if (d.edtf) fields.edtf = d.edtf;
  return fields;
}

/**
 * An event with its dates, `order`-th in date order. Object.assign, not spread: spreading events
 * of differing shapes is ten times slower.
 */
export function datedEvent(e: TimelineEvent, d: EventDates, order: number): DatedEvent {
  return Object.assign({}, e, dateFields(d), { order });
}

/**
 * The events' dates, and their indices in date order (start, then end, then id): sorted by
 * index over typed arrays (spreading every event twice and sorting the copies took 42 s for
 * 1,000,000 events).
 */
export function dateOrder(raw: readonly TimelineEvent[]): {
  byDate: Uint32Array;
  dates: EventDates[];
} {
  const n = raw.length;
  const dates = raw.map((e) => eventDates(e));
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  dates.forEach((d, i) => {
    startMs[i] = d.startMs;
    endMs[i] = d.endMs;
  });
  const byDate = new Uint32Array(n).map((_, i) => i);
  byDate.sort(
    (a, b) =>
      (startMs[a] ?? 0) - (startMs[b] ?? 0) ||
      (endMs[a] ?? 0) - (endMs[b] ?? 0) ||
      ((raw[a]?.id ?? '') < (raw[b]?.id ?? '') ? -1 : 1),
  );
  return { byDate, dates };
}

export function prepareDataset(
  dataset: Dataset,
  warnings: readonly DatasetProblem[] = [],
  origin: string | null = null,
): LoadedDataset {
  const raw = dataset.events;
  const { byDate, dates } = dateOrder(raw);
  const events: DatedEvent[] = new Array<DatedEvent>(raw.length);
  byDate.forEach((i, order) => {
    events[order] = datedEvent(raw[i] as TimelineEvent, dates[i] as EventDates, order);
  });
  // The raw events are not kept: `events` holds them, dated. (Also halves what the import
  // worker has to clone across to the page.)
  const { events: _events, ...rest } = dataset;
  return withLookups(rest, events, warnings, origin);
}

/** A dataset whose events are dated and in date order, with the lookups built. */
export function withLookups(
  dataset: Omit<Dataset, 'events'>,
  events: DatedEvent[],
  warnings: readonly DatasetProblem[],
  origin: string | null,
): LoadedDataset {
  const quotesByEventId = new Map<string, Quote[]>();
  for (const q of dataset.quotes) {
    const list = quotesByEventId.get(q.eventId);
    if (list) list.push(q);
    else quotesByEventId.set(q.eventId, [q]);
  }
  const themeCounts = new Map<string, number>(dataset.themes.map((t) => [t.id, 0]));
  for (const e of events) {
    const themes = e.themes.length > 1 ? new Set(e.themes) : e.themes;
    for (const t of themes) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.startMs < lo) lo = e.startMs;
    if (e.endMs > hi) hi = e.endMs;
  }
  if (!Number.isFinite(lo)) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    lo = now;
    hi = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
  }
  return {
    dataset,
    events,
    conferences: events.filter((e) => e.kind === 'conference'),
    eras: datedEras(dataset.eras ?? []),
    eventsById: byId(events),
    themesById: byId(dataset.themes),
    sourcesById: byId(dataset.sources),
    quotesById: byId(dataset.quotes),
    quotesByEventId,
    themeCounts,
    span: [lo, hi],
    timeScale: chooseTimeScale(eventYears(events)),
    warnings,
    origin,
  };
}

/** The dataset as a file holds it (for export): events without their derived fields, by date. */
export function rawDataset(loaded: LoadedDataset): Dataset {
  const events = loaded.events.map(
    ({
      startDate: _sd,
      endDate: _ed,
      startMs: _s,
      endMs: _e,
      isRange: _r,
      order: _o,
      edtf: _x,
      ...event
    }) => event,
  );
  return { ...loaded.dataset, events };
}
