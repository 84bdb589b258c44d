import type { DatedEvent } from '../domain/types';

/** How one event is shown under the current filter. Decided here and nowhere else. */
export type Emphasis = 'normal' | 'dimmed' | 'hidden';

/** null filter = every theme shown. */
export type ThemeFilter = readonly string[] | null;

export function matchesFilter(themes: readonly string[], filter: ThemeFilter): boolean {
  if (filter === null) return true;
  return themes.some((t) => filter.includes(t));
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
    const active = event.themes.find((t) => filter.includes(t));
    if (active !== undefined) return active;
  }
  return event.themes[0] ?? null;
}
