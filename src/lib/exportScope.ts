/**
 * What an export covers, shared by the CSV, the SVG and slide exports' source line and the
 * printed source list (see exportCsv.ts for the scope in words). Pure: no React, no DOM.
 * Kept apart from the CSV writer so the print list, which must be ready from page load,
 * does not bring the CSV code into the first visit's JavaScript.
 */
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent, Source } from '../domain/types';
import { parsePartialDate } from '../domain/dates';
import { emphasisFor } from './emphasis';
import { formatDateLabel } from './formatDate';
import { paddedBounds, type Domain } from './viewport';
import type { Translator } from '../i18n/i18n';

/**
 * The choices an export depends on: the store's TimelineChoices (or its whole state) fits;
 * the rest of the state is irrelevant to an export.
 */
export interface ExportChoices {
  /** Themes switched on; null means every theme. */
  readonly themeFilter: readonly string[] | null;
  /** Filtered-out events drawn faint (the chart) instead of left out. */
  readonly dimFiltered: boolean;
  readonly selectedEventId: string | null;
  /** The visible window; null means the whole dataset. */
  readonly viewport: Domain | null;
}

/** The window the chart shows: the reader's zoom, or the padded span of the whole dataset. */
export function exportWindow(
  data: LoadedDataset,
  choices: Pick<ExportChoices, 'viewport'>,
): Domain {
  return choices.viewport ?? paddedBounds(data.span);
}

function overlapsWindow(e: DatedEvent, domain: Domain): boolean {
  return e.endMs > domain[0] && e.startMs < domain[1];
}

/** Events that pass the filter (dimmed ones excluded) and overlap the window, in date order. */
export function selectExportEvents(data: LoadedDataset, choices: ExportChoices): DatedEvent[] {
  const domain = exportWindow(data, choices);
  return data.events.filter(
    (e) => overlapsWindow(e, domain) && emphasisFor(e, choices.themeFilter, false) === 'normal',
  );
}

/**
 * Every source cited by the events (their own sources, then the sources of their quotes), in
 * order of first citation; ids the dataset lacks are skipped.
 */
export function citedSources(data: LoadedDataset, events: readonly DatedEvent[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (id: string) => {
    if (seen.has(id)) return;
    const s = data.sourcesById.get(id);
    if (s === undefined) return;
    seen.add(id);
    out.push(s);
  };
  for (const e of events) {
    for (const id of e.sources) add(id);
    for (const q of data.quotesByEventId.get(e.id) ?? []) add(q.sourceId);
  }
  return out;
}

function sourceDateText(s: Source, i18n: Translator): string | null {
  if (s.date === undefined) return null;
  return formatDateLabel(parsePartialDate(s.date), null, s.dateCertainty ?? 'exact', i18n);
}

/**
 * A source's full citation as one line of text, for print: `Outlet, “Title”, Author,
 * 9 July 2008. https://…` (author, date and URL only when known; the URL in full).
 */
export function formatSourceCitation(s: Source, i18n: Translator): string {
  const parts = [s.outlet, `“${s.title}”`];
  if (s.author !== undefined) parts.push(s.author);
  const date = sourceDateText(s, i18n);
  if (date !== null) parts.push(date);
  const head = `${parts.join(', ')}.`;
  return s.url === undefined ? head : `${head} ${s.url}`;
}

/** The theme filter in words: "all themes", "no themes", "2 of 8 themes (A, B)". */
export function describeFilter(
  data: LoadedDataset,
  choices: ExportChoices,
  { t }: Pick<Translator, 't'>,
): string {
  const themes = data.dataset.themes;
  if (choices.themeFilter === null) return t('print.allThemes');
  const on = themes.filter((th) => choices.themeFilter?.includes(th.id));
  if (on.length === 0) return t('print.noThemes');
  const list = on.map((th) => th.label).join(', ');
  return t('print.someThemes', { on: on.length, total: themes.length, list });
}
