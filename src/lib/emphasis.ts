import type { DatedEvent } from '../domain/types';

/** How one event is shown under the current filter. Decided here and nowhere else. */
export type Emphasis = 'normal' | 'dimmed' | 'hidden';

/** null filter = every theme shown. */
export type ThemeFilter = readonly string[] | null;

export function matchesFilter(themes: readonly string[], filter: ThemeFilter): boolean {
  if (filter === null) return true;
  // Plain loops: this runs for every event on every filter change (100,000 at a time).
  for (const t of themes) if (filter.includes(t)) return true;
  return false;
}

export function emphasisFor(
  event: DatedEvent,
  filter: ThemeFilter,
  dimFiltered: boolean,
): Emphasis {
  // Conferences frame the story (shaded bands); they are never filtered away.
  if (event.kind === 'conference') return 'normal';
  if (matchesFilter(event.themes, filter)) return 'normal';
  return dimFiltered ? 'dimmed' : 'hidden';
}

/** The theme an event is filed under: its first theme that is switched on, else its first. */
export function laneThemeFor(event: DatedEvent, filter: ThemeFilter): string | null {
  if (filter !== null) {
    for (const t of event.themes) if (filter.includes(t)) return t;
  }
  return event.themes[0] ?? null;
}

/**
 * A filter made ready for checking many events at once (a whole dataset on every toggle):
 * membership in constant time. null = every theme shown.
 */
export type CompiledFilter = ReadonlySet<string> | null;

export function compileFilter(filter: ThemeFilter): CompiledFilter {
  return filter === null ? null : new Set(filter);
}

/** Whether a compiled filter shows an event at full strength (conferences always). */
export function matchesWith(event: DatedEvent, active: CompiledFilter): boolean {
  if (event.kind === 'conference' || active === null) return true;
  const themes = event.themes;
  for (let i = 0; i < themes.length; i++) if (active.has(themes[i] as string)) return true;
  return false;
}

/** `emphasisFor` with a compiled filter: the same answers, for loops over every event. */
export function emphasisWith(
  event: DatedEvent,
  active: CompiledFilter,
  dimFiltered: boolean,
): Emphasis {
  if (matchesWith(event, active)) return 'normal';
  return dimFiltered ? 'dimmed' : 'hidden';
}

/** `laneThemeFor` with a compiled filter. */
export function laneThemeWith(event: DatedEvent, active: CompiledFilter): string | null {
  const themes = event.themes;
  if (active !== null) {
    for (let i = 0; i < themes.length; i++) {
      const t = themes[i] as string;
      if (active.has(t)) return t;
    }
  }
  return themes[0] ?? null;
}

/** An event the chart shows, with how (filtered-out events are dimmed or left out). */
export interface ShownEvent {
  readonly event: DatedEvent;
  readonly emphasis: Exclude<Emphasis, 'hidden'>;
}

/**
 * How an event is shown: whether the filter matches it, whether filtered-out events are
 * dimmed, and whether it is in the spotlight (cites the highlighted source, or none is).
 */
export function shownEmphasis(matches: boolean, dimFiltered: boolean, spotlit: boolean): Emphasis {
  if (!matches) return dimFiltered ? 'dimmed' : 'hidden';
  // With a source highlighted, the events that do not cite it step back.
  return spotlit ? 'normal' : 'dimmed';
}

/** The events that cite a source, directly or through one of their quotes. */
export function eventsCitingSource(
  data: {
    readonly events: readonly DatedEvent[];
    readonly dataset: { readonly quotes: readonly { eventId: string; sourceId: string }[] };
  },
  sourceId: string,
): Set<string> {
  const ids = new Set<string>();
  for (const e of data.events) if (e.sources.includes(sourceId)) ids.add(e.id);
  for (const q of data.dataset.quotes) if (q.sourceId === sourceId) ids.add(q.eventId);
  return ids;
}
