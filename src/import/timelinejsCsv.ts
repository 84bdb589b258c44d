/**
 * The TimelineJS Google Sheets template, exported as CSV, → TimelineJS JSON, which then goes
 * through the same conversion as a TimelineJS JSON file (see timelinejs.ts).
 *
 * Columns (matched case-insensitively, in any order; all but Year and Headline optional):
 * Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 * Media, Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background (a
 * colour; an image address there is not shown).
 * Type "title" marks the title slide (the first one; later ones are read as events, as TimelineJS
 * does), "era" an era; anything else is an event. Blank rows are skipped.
 * Problems name `row N, column "Month" (line L)`: the spreadsheet row (the header is row 1)
 * and the line of the CSV file where that row starts.
 */
import type { DatasetProblem } from '../domain/types';
import type { CsvParseResult } from './csv';
import {
  convertTimelineJs,
  type TimelineJsField,
  type TimelineJsLocator,
  type TimelineJsSlide,
  type TimelineJsTimeline,
} from './timelinejs';
import { type Conversion, warning } from './types';

/** The template's columns: normalised key → the header as the template writes it. */
export const TIMELINEJS_COLUMNS = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endyear: 'End Year',
  endmonth: 'End Month',
  endday: 'End Day',
  endtime: 'End Time',
  displaydate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediacredit: 'Media Credit',
  mediacaption: 'Media Caption',
  mediathumbnail: 'Media Thumbnail',
  alttext: 'Alt Text',
  type: 'Type',
  group: 'Group',
  background: 'Background',
} as const;

type ColumnKey = keyof typeof TIMELINEJS_COLUMNS;

const normalise = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

const isColumnKey = (key: string): key is ColumnKey => Object.hasOwn(TIMELINEJS_COLUMNS, key);

/** True for a header row of the template: it has (at least) Year and Headline columns. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(normalise));
  return keys.has('year') && keys.has('headline');
}

const FIELD_COLUMN: Record<TimelineJsField, ColumnKey | null> = {
  start_date: 'year',
  'start_date.year': 'year',
  'start_date.month': 'month',
  'start_date.day': 'day',
  end_date: 'endyear',
  'end_date.year': 'endyear',
  'end_date.month': 'endmonth',
  'end_date.day': 'endday',
  text: 'headline',
  'text.headline': 'headline',
  'text.text': 'text',
  media: 'media',
  'media.url': 'media',
  'media.caption': 'mediacaption',
  'media.credit': 'mediacredit',
  'media.thumbnail': 'mediathumbnail',
  'media.alt': 'alttext',
  group: 'group',
  background: 'background',
  display_date: 'displaydate',
  unique_id: null,
};

export interface TimelineJsCsvResult {
  readonly timeline: TimelineJsTimeline;
  readonly locator: TimelineJsLocator;
  readonly problems: DatasetProblem[];
}

/** Spreadsheet rows → a TimelineJS timeline object, remembering where each slide came from. */
export function timelineJsCsvToJson(csv: CsvParseResult): TimelineJsCsvResult {
  const problems: DatasetProblem[] = [];
  const header = csv.rows[0] ?? [];
  const columnOf = new Map<ColumnKey, number>();
  const headerText = new Map<ColumnKey, string>();
  header.forEach((h, c) => {
    const key = normalise(h);
    if (key === '') return;
    if (!isColumnKey(key)) {
      problems.push(
        warning(`column "${h}"`, 'is not a column of the TimelineJS template; it was ignored'),
      );
    } else if (columnOf.has(key)) {
      problems.push(warning(`column "${h}"`, 'appears twice; the first one is used'));
    } else {
      columnOf.set(key, c);
      headerText.set(key, h.trim());
    }
  });

  const rowLabel = (rowIndex: number, column?: ColumnKey | null) => {
    const line = csv.rowLines[rowIndex] ?? rowIndex + 1;
    const col =
      column === undefined || column === null
        ? ''
        : `, column "${headerText.get(column) ?? TIMELINEJS_COLUMNS[column]}"`;
    return `row ${rowIndex + 1}${col} (line ${line})`;
  };

  let titleRow: number | null = null;
  let title: TimelineJsSlide | undefined;
  const events: TimelineJsSlide[] = [];
  const eventRows: number[] = [];
  const eras: TimelineJsSlide[] = [];
  const eraRows: number[] = [];

  for (let r = 1; r < csv.rows.length; r++) {
    const row = csv.rows[r] ?? [];
    if (row.every((cell) => cell.trim() === '')) continue;
    const get = (key: ColumnKey): string => {
      const c = columnOf.get(key);
      return c === undefined ? '' : (row[c] ?? '').trim();
    };
    if (row.length > header.length && row.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push(
        warning(
          rowLabel(r),
          `has ${row.length} cells but the header has ${header.length} columns; the extra cells were ignored`,
        ),
      );
    }
    const slide: TimelineJsSlide = {
      start_date: { year: get('year'), month: get('month'), day: get('day'), hour: get('time') },
      display_date: get('displaydate'),
      text: { headline: get('headline'), text: get('text') },
      media: {
        url: get('media'),
        credit: get('mediacredit'),
        caption: get('mediacaption'),
        thumbnail: get('mediathumbnail'),
        alt: get('alttext'),
      },
      group: get('group'),
      background: get('background'),
    };
    const endParts = [get('endyear'), get('endmonth'), get('endday'), get('endtime')];
    if (endParts.some((p) => p !== '')) {
      slide.end_date = {
        year: get('endyear'),
        month: get('endmonth'),
        day: get('endday'),
        hour: get('endtime'),
      };
    }
    const type = get('type').toLowerCase();
    if (type === 'title' && titleRow === null) {
      titleRow = r;
      title = slide;
    } else if (type === 'era') {
      eras.push(slide);
      eraRows.push(r);
    } else {
      if (type === 'title') {
        problems.push(
          warning(
            rowLabel(r, 'type'),
            `only the first title row (row ${(titleRow ?? 0) + 1}) is the title; this row is read as an event`,
          ),
        );
      }
      events.push(slide);
      eventRows.push(r);
    }
  }

  const locator: TimelineJsLocator = {
    events: 'rows',
    eras: 'era rows',
    time: columnOf.has('time') ? `column "${headerText.get('time') ?? 'Time'}"` : 'rows',
    at(kind, index, field) {
      const row =
        kind === 'title' ? titleRow : kind === 'event' ? eventRows[index] : eraRows[index];
      if (row === null || row === undefined) return kind === 'title' ? 'title row' : 'rows';
      return rowLabel(row, field === undefined ? undefined : FIELD_COLUMN[field]);
    },
  };

  const timeline: TimelineJsTimeline = { events, eras };
  if (title !== undefined) timeline.title = title;
  return { timeline, locator, problems };
}

/** CSV in the TimelineJS template layout → raw dataset (not yet validated). */
export function convertTimelineJsCsv(
  csv: CsvParseResult,
  fileName?: string,
  baseUrl: string | null = null,
): Conversion {
  const { timeline, locator, problems } = timelineJsCsvToJson(csv);
  const converted = convertTimelineJs(timeline, { fileName, locator, baseUrl });
  return { raw: converted.raw, problems: [...problems, ...converted.problems] };
}
