/**
 * The app's own CSV layout: one file, one row per record, a `record` column saying what the row
 * is, and the union of the records' columns (a row leaves the others empty). Header names are
 * the schema's field names (matched case-insensitively, any order; missing columns are empty).
 *
 *   record    dataset | theme | source | event | quote | era | link
 *   dataset   title, description, descriptionHtml, language, and the media* columns below
 *             (one row; the first one counts)
 *   theme     id, label, description, color, pattern, glyph
 *   source    id, title, outlet, author, authorNote, date, dateCertainty, dateNote, url, kind,
 *             note, standpointRelation, standpointBasis, standpointRepeats, standpointNote (the
 *             standpoint's relation, basis, repeats and note), researchRefs
 *   event     id, kind, title, summary, start, end, dateCertainty, dateNote, conference,
 *             location, themes, people, sources, context ("true"/"false"), researchRefs,
 *             displayDate, summaryHtml, background, mediaUrl, mediaCaption, mediaCredit,
 *             mediaThumbnail, mediaAlt (the media* columns are media.url, .caption, .credit,
 *             .thumbnail, .alt)
 *   quote     id, text, speaker, speakerRole, speakerGroup, eventId, sourceId, themes, stance,
 *             date, dateCertainty, dateNote, setting, note, context (text), researchRefs
 *   era       id, label, start, end
 *   link      from, to, kind, note, sources, reading ("true"/"false")
 *
 * List columns (themes, people, sources, researchRefs) separate items with "~"; inside an item
 * "\~" is a literal "~" and "\\" a literal "\" (any other backslash is literal too).
 * Cells are trimmed; an empty cell is an absent field.
 *
 * exportAppCsv → importAppCsv gives back the same dataset for everything listed above. Not
 * carried: `$schema`, `schemaVersion` (always the current one), event `conflicts` and `dateClaims`, `glossary`,
 * `tours`; an empty `language` string, an empty `eras` or `links` list and empty optional lists (`people`,
 * `researchRefs`) come back absent.
 */
import type { Dataset, DatasetProblem } from '../domain/types';
import { SCHEMA_VERSION } from '../domain/schema';
import { type CsvParseResult, formatCsv, parseCsv } from './csv';
import { failed, finishImport } from './finish';
import { MAX_IMPORT_EVENTS, tooManyEventsMessage } from './limits';
import { baseName } from './timelinejsReader';
import {
  APP_CSV_COLUMNS,
  APP_CSV_FIELDS,
  COLUMN_BY_LOWER,
  joinList,
  RECORD_KINDS,
  type RecordKind,
  splitList,
} from './appCsvLayout';
import {
  type Conversion,
  error,
  hasErrors,
  type ImportOutcome,
  quoteValue,
  warning,
} from './types';

export {
  APP_CSV_COLUMNS,
  APP_CSV_FIELDS,
  isAppCsvHeader,
  joinList,
  RECORD_KINDS,
  type RecordKind,
  splitList,
} from './appCsvLayout';

const COLLECTION: Record<Exclude<RecordKind, 'dataset'>, string> = {
  theme: 'themes',
  source: 'sources',
  event: 'events',
  quote: 'quotes',
  era: 'eras',
  link: 'links',
};

/** CSV rows in this layout → raw dataset (not yet validated), with row-based problem paths. */
export function convertAppCsv(csv: CsvParseResult, fileName?: string): Conversion {
  const problems: DatasetProblem[] = [];
  const header = csv.rows[0] ?? [];
  const columnIndex = new Map<string, number>();
  const headerText = new Map<string, string>();
  header.forEach((h, c) => {
    const name = h.trim();
    if (name === '') return;
    const canonical = COLUMN_BY_LOWER.get(name.toLowerCase());
    if (canonical === undefined) {
      problems.push(warning(`column "${name}"`, 'is not a column of this layout; it was ignored'));
    } else if (columnIndex.has(canonical)) {
      problems.push(warning(`column "${name}"`, 'appears twice; the first one is used'));
    } else {
      columnIndex.set(canonical, c);
      headerText.set(canonical, name);
    }
  });

  const rowLabel = (row: number, column?: string, item?: number) => {
    const line = csv.rowLines[row] ?? row + 1;
    const col = column === undefined ? '' : `, column "${headerText.get(column) ?? column}"`;
    const it = item === undefined ? '' : `, item ${item + 1}`;
    return `row ${row + 1}${col}${it} (line ${line})`;
  };

  const records: Record<Exclude<RecordKind, 'dataset'>, Record<string, unknown>[]> = {
    theme: [],
    source: [],
    event: [],
    quote: [],
    era: [],
    link: [],
  };
  const origins: Record<string, number[]> = {
    themes: [],
    sources: [],
    events: [],
    quotes: [],
    eras: [],
    links: [],
  };
  let datasetRecord: Record<string, unknown> | null = null;
  let datasetRow: number | null = null;

  for (let r = 1; r < csv.rows.length; r++) {
    const row = csv.rows[r] ?? [];
    if (row.every((cell) => cell.trim() === '')) continue;
    const cell = (column: string) => {
      const c = columnIndex.get(column);
      return c === undefined ? '' : (row[c] ?? '').trim();
    };
    const kindText = cell('record').toLowerCase();
    const kind = RECORD_KINDS.find((k) => k === kindText);
    if (kind === undefined) {
      problems.push(
        error(
          rowLabel(r, 'record'),
          kindText === ''
            ? `is empty; say what the row is: ${RECORD_KINDS.join(', ')}`
            : `${quoteValue(cell('record'))} is not a record type; use ${RECORD_KINDS.join(', ')}`,
        ),
      );
      continue;
    }
    const specs = APP_CSV_FIELDS[kind];
    const used = new Set(specs.map((s) => s.column));
    used.add('record');
    for (const [column, c] of columnIndex) {
      if (!used.has(column) && (row[c] ?? '').trim() !== '') {
        problems.push(
          warning(rowLabel(r, column), `is not used for a ${kind} record; it was ignored`),
        );
      }
    }
    if (row.length > header.length && row.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push(
        warning(
          rowLabel(r),
          `has ${row.length} cells but the header has ${header.length} columns; the extra cells were ignored`,
        ),
      );
    }

    const record: Record<string, unknown> = {};
    const m: Record<string, string> = {};
    const sp: Record<string, string> = {};
    for (const spec of specs) {
      const value = cell(spec.column);
      if (spec.type === 'requiredList') {
        record[spec.key] = splitList(value);
        continue;
      }
      if (value === '') continue;
      if (spec.type === 'text') record[spec.key] = value;
      else if (spec.type === 'media') m[spec.key] = value;
      else if (spec.type === 'standpoint') sp[spec.key] = value;
      else if (spec.type === 'list') record[spec.key] = splitList(value);
      else if (/^(true|false)$/i.test(value)) record[spec.key] = value.toLowerCase() === 'true';
      else {
        problems.push(
          error(rowLabel(r, spec.column), `should be "true" or "false", not ${quoteValue(value)}`),
        );
      }
    }
    if (Object.keys(m).length > 0) record.media = m;
    if (Object.keys(sp).length > 0) record.standpoint = sp;

    if (kind === 'dataset') {
      if (datasetRow !== null) {
        problems.push(
          warning(
            rowLabel(r, 'record'),
            `only the first dataset row (row ${datasetRow + 1}) is used; this one was ignored`,
          ),
        );
      } else {
        datasetRecord = record;
        datasetRow = r;
      }
      continue;
    }
    records[kind].push(record);
    origins[COLLECTION[kind]]?.push(r);
  }

  if (records.event.length > MAX_IMPORT_EVENTS) {
    problems.push(error('(file)', tooManyEventsMessage('the file', records.event.length)));
    return { raw: null, problems };
  }

  const raw: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  if (datasetRecord) Object.assign(raw, datasetRecord);
  else {
    const fromName = fileName === undefined ? '' : baseName(fileName);
    raw.title = fromName || 'Imported timeline';
    problems.push(
      warning(
        '(file)',
        `there is no "dataset" row, so the title is "${String(raw.title)}"${fromName ? ' (the file name)' : ''}`,
      ),
    );
  }
  raw.themes = records.theme;
  raw.sources = records.source;
  raw.events = records.event;
  raw.quotes = records.quote;
  if (records.era.length > 0) raw.eras = records.era;
  if (records.link.length > 0) raw.links = records.link;

  const rowOf = (collection: string, index: number) => origins[collection]?.[index];
  const relocate = (p: DatasetProblem): DatasetProblem => {
    const message = p.message.replace(
      /\b(themes|sources|events|quotes|eras|links)\[(\d+)\]/g,
      (whole, coll: string, i: string) => {
        const row = rowOf(coll, Number(i));
        return row === undefined ? whole : `row ${row + 1}`;
      },
    );
    const item =
      /^(themes|sources|events|quotes|eras|links)\[(\d+)\](?: \(id ".*?"\))?((?:\.[A-Za-z$]+|\[\d+\])*)$/.exec(
        p.path,
      );
    if (item) {
      const row = rowOf(item[1] ?? '', Number(item[2]));
      if (row !== undefined) {
        const steps = (item[3] ?? '').match(/\.[A-Za-z$]+|\[\d+\]/g) ?? [];
        let column: string | undefined;
        let index: number | undefined;
        for (const step of steps) {
          if (step.startsWith('.')) {
            const key = step.slice(1);
            column =
              column === 'media' || column === 'standpoint'
                ? `${column}${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`
                : key;
          } else if (index === undefined) {
            index = Number(step.slice(1, -1));
          }
        }
        if (column === 'media') column = 'mediaUrl';
        if (column === 'standpoint') column = 'standpointRelation';
        return { ...p, path: rowLabel(row, column, index), message };
      }
    }
    if (datasetRow !== null && /^(title|description|descriptionHtml|language)$/.test(p.path)) {
      return { ...p, path: rowLabel(datasetRow, p.path), message };
    }
    const datasetMedia = /^media(?:\.([a-z]+))?$/.exec(p.path);
    if (datasetRow !== null && datasetMedia) {
      const key = datasetMedia[1] ?? 'url';
      return {
        ...p,
        path: rowLabel(datasetRow, `media${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`),
        message,
      };
    }
    return { ...p, message };
  };

  return { raw, problems, relocate };
}

/** Parses, converts and validates a CSV file in this layout. */
export function importAppCsv(text: string, fileName?: string): ImportOutcome {
  const csv = parseCsv(text);
  if (hasErrors(csv.problems)) return failed(csv.problems, 'app-csv');
  const converted = convertAppCsv(csv, fileName);
  return finishImport(
    { ...converted, problems: [...csv.problems, ...converted.problems] },
    'app-csv',
  );
}

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return joinList(value.map(String));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A dataset → CSV text in this layout (CRLF line ends). */
export function exportAppCsv(dataset: Dataset): string {
  const rows: string[][] = [[...APP_CSV_COLUMNS]];
  const add = (kind: RecordKind, record: object) => {
    const values = record as Record<string, unknown>;
    const byColumn = new Map<string, string>([['record', kind]]);
    for (const spec of APP_CSV_FIELDS[kind]) {
      const value =
        spec.type === 'media' || spec.type === 'standpoint'
          ? (values[spec.type] as Record<string, unknown> | undefined)?.[spec.key]
          : values[spec.key];
      byColumn.set(spec.column, cellOf(value));
    }
    rows.push(APP_CSV_COLUMNS.map((c) => byColumn.get(c) ?? ''));
  };
  add('dataset', {
    title: dataset.title,
    description: dataset.description,
    descriptionHtml: dataset.descriptionHtml,
    language: dataset.language,
    media: dataset.media,
  });
  dataset.themes.forEach((x) => add('theme', x));
  dataset.sources.forEach((x) => add('source', x));
  dataset.events.forEach((x) => add('event', x));
  dataset.quotes.forEach((x) => add('quote', x));
  dataset.eras?.forEach((x) => add('era', x));
  dataset.links?.forEach((x) => add('link', x));
  return formatCsv(rows);
}
