/**
 * What an export covers (computed in exportScope.ts), and the CSV export of it. Pure: no React,
 * no DOM.
 *
 * Scope (shared by the CSV, the SVG's source line and the printed source list):
 *   - the window: the visible time window (`viewport`), or the padded span of the whole
 *     dataset when the reader has not zoomed — exactly what the chart shows;
 *   - the events that pass the theme filter and overlap that window. Filtered-out events are
 *     left out even when "dim instead of hide" shows them faintly on the chart; conferences
 *     are never filtered (the chart always draws them). The selection does not narrow the
 *     export: a selected event is just one of the rows.
 *   - the quotes of those events (a quote follows its event through the filter, as in the
 *     quote panel).
 *
 * CSV layout: ONE file, one row per record, its kind in the first column (`record` = `event`
 * or `quote`), each event followed by its quotes, events in date order. Columns:
 *
 *   record       "event" or "quote"
 *   id           the event's or the quote's id
 *   event id     the event's own id on an event row; the quote's event on a quote row
 *   date         as the app shows it, with its precision: "c. July 2007", "10–12 July 2007"
 *                (a quote's own date when it has one, else its event's)
 *   start, end   the dates as written in the dataset (YYYY, YYYY-MM or YYYY-MM-DD); empty when
 *                there is none (quotes: `start` is the quote's own date, `end` is empty)
 *   title        the event's title (on a quote row: the title of the quote's event)
 *   themes       theme labels, separated by " | "
 *   conference, location, summary   events only
 *   quote count  events only: how many quotes the event has
 *   speaker, role, stance, text     quotes only (text verbatim, line breaks kept)
 *   sources      "outlet — title — url" per source (url left out when there is none),
 *                separated by " | "; a quote has exactly one
 *   my note      only when the reader asks for their notes: their private note on the event
 *                or the quote (plain text, line breaks kept), empty where there is none
 *
 * Encoding: RFC 4180 — comma-separated, CRLF after every record (the last one too), a field
 * in double quotes when it holds a comma, a double quote, CR or LF, with inner double quotes
 * doubled. UTF-8 WITHOUT a byte-order mark: the file is plain RFC 4180 for scripts and
 * importers (a BOM would end up in the first header name); spreadsheets that guess the
 * encoding should be told "UTF-8" on import. Against spreadsheet formula injection (the
 * dataset may be an import from anywhere), a text field that starts with "=", "+", "-", "@",
 * a tab or a CR gets a leading apostrophe, as OWASP recommends; ids and dates never do.
 */
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent, Quote, Source } from '../domain/types';
import { parsePartialDate } from '../domain/dates';
import { formatDateLabel, formatEventDate } from './formatDate';
import { selectExportEvents, type ExportChoices } from './exportScope';
import type { Translator } from '../i18n/i18n';

/** "outlet — title — url" (the CSV's sources column). */
export function formatSourceShort(s: Source): string {
  return [s.outlet, s.title, s.url].filter((x): x is string => x !== undefined).join(' — ');
}

export const CSV_COLUMNS = [
  'record',
  'id',
  'event id',
  'date',
  'start',
  'end',
  'title',
  'themes',
  'conference',
  'location',
  'summary',
  'quote count',
  'speaker',
  'role',
  'stance',
  'text',
  'sources',
] as const;

/** The reader's own notes, as a last column (a choice; left out by default). */
export const NOTES_COLUMN = 'my note';

type CsvColumn = (typeof CSV_COLUMNS)[number] | typeof NOTES_COLUMN;
type CsvRow = Partial<Record<CsvColumn, string>>;

const LIST_SEPARATOR = ' | ';
const CRLF = '\r\n';
/** Fields that hold only ids, dates and counts: never neutralised. */
const RAW_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  'record',
  'id',
  'event id',
  'start',
  'end',
  'quote count',
]);

/** One RFC 4180 field: quoted when needed, formula-looking text neutralised. */
export function csvField(value: string, neutralise = true): string {
  const text = neutralise && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRecord(row: CsvRow, columns: readonly CsvColumn[]): string {
  return columns.map((c) => csvField(row[c] ?? '', !RAW_COLUMNS.has(c))).join(',');
}

function themeLabels(data: LoadedDataset, ids: readonly string[]): string {
  return ids
    .map((id) => data.themesById.get(id)?.label)
    .filter((l): l is string => l !== undefined)
    .join(LIST_SEPARATOR);
}

function eventRow(data: LoadedDataset, e: DatedEvent, i18n: Translator): CsvRow {
  const sources = e.sources
    .map((id) => data.sourcesById.get(id))
    .filter((s): s is Source => s !== undefined)
    .map(formatSourceShort)
    .join(LIST_SEPARATOR);
  return {
    record: 'event',
    id: e.id,
    'event id': e.id,
    date: formatEventDate(e, i18n),
    start: e.start,
    end: e.end ?? '',
    title: e.title,
    themes: themeLabels(data, e.themes),
    conference: e.conference ?? '',
    location: e.location ?? '',
    summary: e.summary ?? '',
    'quote count': String(data.quotesByEventId.get(e.id)?.length ?? 0),
    sources,
  };
}

function quoteRow(data: LoadedDataset, q: Quote, e: DatedEvent, i18n: Translator): CsvRow {
  const source = data.sourcesById.get(q.sourceId);
  const date =
    q.date !== undefined
      ? formatDateLabel(parsePartialDate(q.date), null, q.dateCertainty ?? 'exact', i18n)
      : formatEventDate(e, i18n);
  return {
    record: 'quote',
    id: q.id,
    'event id': e.id,
    date,
    start: q.date ?? '',
    title: e.title,
    themes: themeLabels(data, q.themes),
    speaker: q.speaker,
    role: q.speakerRole ?? '',
    stance: q.stance,
    text: q.text,
    sources: source ? formatSourceShort(source) : q.sourceId,
  };
}

/**
 * The CSV of the export's events and their quotes (see the top of this file); with `noteOf`
 * (the reader's note on `event:<id>` or `quote:<id>`), the "my note" column too.
 */
export function exportTimelineCsv(
  data: LoadedDataset,
  choices: ExportChoices,
  i18n: Translator,
  noteOf?: (key: string) => string | undefined,
): string {
  const columns: readonly CsvColumn[] = noteOf ? [...CSV_COLUMNS, NOTES_COLUMN] : CSV_COLUMNS;
  const row = (r: CsvRow, key: string) =>
    csvRecord(noteOf ? { ...r, [NOTES_COLUMN]: noteOf(key) ?? '' } : r, columns);
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const e of selectExportEvents(data, choices)) {
    lines.push(row(eventRow(data, e, i18n), `event:${e.id}`));
    for (const q of data.quotesByEventId.get(e.id) ?? [])
      lines.push(row(quoteRow(data, q, e, i18n), `quote:${q.id}`));
  }
  return lines.join(CRLF) + CRLF;
}
