import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Domain } from '../lib/viewport';

/**
 * What the user chose — never the dataset. Ids and primitives only, so the state
 * serialises to the URL and compares cheaply.
 */
export interface TimelineChoices {
  /** Themes switched on; null means every theme (so new themes show by default). */
  themeFilter: readonly string[] | null;
  /** Keep filtered-out events as faint context instead of removing them. */
  dimFiltered: boolean;
  selectedEventId: string | null;
  /** Visible time window; null means the whole dataset. */
  viewport: Domain | null;
  /** The tour being presented and its stop (0-based), or null outside presenter mode. */
  presenting: Presenting | null;
  /** Which view is shown: the chart, the table, the sources or the glossary. */
  view: ViewName;
  /** The search box's text. */
  query: string;
  /** A source whose events are highlighted on the timeline (the others dimmed). */
  highlightedSourceId: string | null;
  /** Two conferences to compare, as "2008~2011" (ids or years). */
  comparePair: string | null;
  /** The person chosen in the people view. */
  person: string | null;
  /** Whose quotes the mood band counts: all, microsoft, partner+other, press+analyst. */
  speakers: string;
}

export const VIEW_NAMES = ['chart', 'table', 'sources', 'glossary', 'compare', 'people'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface Presenting {
  readonly tourId: string;
  readonly step: number;
}

/** What a tour stop sets, all at once (one history entry). */
export interface StopChoices {
  readonly themeFilter: readonly string[] | null;
  readonly selectedEventId: string | null;
  readonly viewport: Domain | null;
}

export interface TimelineActions {
  /** Flips one theme; `allThemeIds` resolves the "all themes" (null) state. */
  toggleTheme: (themeId: string, allThemeIds: readonly string[]) => void;
  setThemeFilter: (filter: readonly string[] | null) => void;
  showAllThemes: () => void;
  showNoThemes: () => void;
  setDimFiltered: (dim: boolean) => void;
  selectEvent: (eventId: string | null) => void;
  setViewport: (viewport: Domain | null) => void;
  /** Replaces every choice at once (URL restore, Back/Forward). */
  applyChoices: (choices: Partial<TimelineChoices>) => void;
  /** Shows a tour stop: its view and the presenter position, in one update. */
  presentStop: (presenting: Presenting, view: StopChoices) => void;
  stopPresenting: () => void;
  setView: (view: ViewName) => void;
  setQuery: (query: string) => void;
  highlightSource: (sourceId: string | null) => void;
  setComparePair: (pair: string | null) => void;
  choosePerson: (person: string | null) => void;
  setSpeakers: (group: string) => void;
}

export type TimelineState = TimelineChoices & TimelineActions;
export type TimelineStore = StoreApi<TimelineState>;

export const DEFAULT_CHOICES: TimelineChoices = {
  themeFilter: null,
  dimFiltered: false,
  selectedEventId: null,
  viewport: null,
  presenting: null,
  view: 'chart',
  query: '',
  highlightedSourceId: null,
  comparePair: null,
  person: null,
  speakers: 'all',
};

function normaliseFilter(
  filter: readonly string[] | null,
  allThemeIds?: readonly string[],
): readonly string[] | null {
  if (filter === null) return null;
  const unique = [...new Set(filter)];
  if (allThemeIds && allThemeIds.length > 0 && allThemeIds.every((id) => unique.includes(id))) {
    return null;
  }
  return unique;
}

export function createTimelineStore(initial: Partial<TimelineChoices> = {}): TimelineStore {
  return createStore<TimelineState>()((set) => ({
    ...DEFAULT_CHOICES,
    ...initial,
    toggleTheme: (themeId, allThemeIds) =>
      set((s) => {
        const current = s.themeFilter ?? allThemeIds;
        const next = current.includes(themeId)
          ? current.filter((t) => t !== themeId)
          : [...current, themeId];
        return { themeFilter: normaliseFilter(next, allThemeIds) };
      }),
    setThemeFilter: (filter) => set({ themeFilter: normaliseFilter(filter) }),
    showAllThemes: () => set({ themeFilter: null }),
    showNoThemes: () => set({ themeFilter: [] }),
    setDimFiltered: (dimFiltered) => set({ dimFiltered }),
    selectEvent: (selectedEventId) => set({ selectedEventId }),
    setViewport: (viewport) => set({ viewport }),
    applyChoices: (choices) => set({ ...DEFAULT_CHOICES, ...choices }),
    presentStop: (presenting, view) =>
      set({
        presenting,
        themeFilter: normaliseFilter(view.themeFilter),
        selectedEventId: view.selectedEventId,
        viewport: view.viewport,
      }),
    stopPresenting: () => set({ presenting: null }),
    setView: (view) => set({ view }),
    setQuery: (query) => set({ query }),
    highlightSource: (highlightedSourceId) => set({ highlightedSourceId }),
    setComparePair: (comparePair) => set({ comparePair }),
    choosePerson: (person) => set({ person }),
    setSpeakers: (speakers) => set({ speakers }),
  }));
}

/** The choices alone, without the actions (for the URL, exports and comparisons). */
export function choicesOf(s: TimelineChoices): TimelineChoices {
  return {
    themeFilter: s.themeFilter,
    dimFiltered: s.dimFiltered,
    selectedEventId: s.selectedEventId,
    viewport: s.viewport,
    presenting: s.presenting,
    view: s.view,
    query: s.query,
    highlightedSourceId: s.highlightedSourceId,
    comparePair: s.comparePair,
    person: s.person,
    speakers: s.speakers,
  };
}
