import type { ViewName } from '../store/createTimelineStore';

/**
 * The views, as a table: what each one puts on the first screen. The chart and the table
 * share the theme chips and the side panel (details and quote cards); the reading views
 * (sources, glossary, compare, people) take the full width.
 */
export interface ViewLayout {
  /** The theme chips above the main area. */
  readonly chips: boolean;
  /** The side panel with the selected event's details and the quote cards. */
  readonly panel: boolean;
  /** The mood band under the chart, on its time scale. */
  readonly moodBand: boolean;
  /** Theme arcs below the first screen. */
  readonly arcs: boolean;
}

export const VIEW_LAYOUT: Readonly<Record<ViewName, ViewLayout>> = {
  chart: { chips: true, panel: true, moodBand: true, arcs: true },
  table: { chips: true, panel: true, moodBand: false, arcs: false },
  sources: { chips: false, panel: false, moodBand: false, arcs: false },
  glossary: { chips: false, panel: false, moodBand: false, arcs: false },
  compare: { chips: false, panel: false, moodBand: false, arcs: false },
  people: { chips: false, panel: false, moodBand: false, arcs: false },
};

/** The views in tab order. */
export const VIEW_ORDER: readonly ViewName[] = [
  'chart',
  'table',
  'sources',
  'glossary',
  'compare',
  'people',
];
