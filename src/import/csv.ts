/**
 * RFC 4180 CSV, read by Papa Parse: comma-separated fields, optionally in double quotes; a
 * quote inside a quoted field is written twice; quoted fields may span lines; records end with
 * CRLF, LF or CR (the file's first line end outside quotes says which). Never throws, and
 * keeps, for every row, the 1-based line it starts on, so problems can point at
 * `row N … (line L)` even when quoted fields span lines. Files separated by semicolons (what
 * spreadsheet tools write where the comma is the decimal sign, as in German) or tabs are read
 * too: the header row says which (see detectDelimiter). Spaces between a closing quote and the
 * next separator are dropped; other text there is kept, with a warning.
 */
import Papa from 'papaparse';
import type { DatasetProblem } from '../domain/types';
import { error, warning } from './types';

export interface CsvParseResult {
  /** The separator the file uses. */
  readonly delimiter: CsvDelimiter;
  /** Every record, header included; a blank line is a record with one empty field. */
  readonly rows: string[][];
  /** `rowLines[i]` is the 1-based line on which `rows[i]` starts. */
  readonly rowLines: number[];
  readonly problems: DatasetProblem[];
}

const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const CR = 13;
const LF = 10;

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Past this many fields with text after their closing quote, the file is refused rather than
 * mended (each mend reads the rest of the file again).
 */
export const MAX_QUOTE_REPAIRS = 50;

/**
 * The first line end outside quoted fields ("\n" when there is none). A quote opens a quoted
 * field only at the start of a field, as the parser reads it.
 */
export function detectLineEnd(text: string, delimiter = COMMA): '\n' | '\r\n' | '\r' {
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === QUOTE) {
      const close = closingQuote(text, i);
      if (close < 0) return '\n';
      i = close + 1;
    }
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === LF) return '\n';
      if (c === CR) return text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
      i++;
      if (c === delimiter) break;
    }
  }
  return '\n';
}

/**
 * The separator of a file's fields, as its first record (outside quoted fields) shows it: the
 * one of comma, semicolon and tab it holds most of, the comma when there is a tie or none.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { [COMMA]: 0, [SEMICOLON]: 0, [TAB]: 0 } as Record<number, number>;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    if (c === QUOTE && atFieldStart) {
      const close = closingQuote(text, i);
      if (close < 0) break;
      i = close;
      atFieldStart = false;
      continue;
    }
    atFieldStart = c === COMMA || c === SEMICOLON || c === TAB;
    if (atFieldStart) counts[c] = (counts[c] ?? 0) + 1;
  }
  const comma = counts[COMMA] ?? 0;
  const semicolon = counts[SEMICOLON] ?? 0;
  const tab = counts[TAB] ?? 0;
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/** Counts line ends (LF, CRLF, lone CR) in text[from, to). */
function lineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** Where the quoted field opened at `open` closes: the first quote that is not doubled. */
function closingQuote(text: string, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0 || text.charCodeAt(q + 1) !== QUOTE) return q;
    i = q + 2;
  }
}

/** The end of a field's text that follows its closing quote: the next separator or line end. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === CR || c === LF) break;
    j++;
  }
  return j;
}

interface PapaPass {
  rows: string[][];
  rowStarts: number[];
  /** The opening quote of the first field with text after its closing quote. */
  invalidAt: number | null;
  /** The opening quote of a field that is never closed. */
  missingAt: number | null;
}

function papaPass(
  text: string,
  newline: ReturnType<typeof detectLineEnd>,
  delimiter: CsvDelimiter,
): PapaPass {
  const pass: PapaPass = { rows: [], rowStarts: [], invalidAt: null, missingAt: null };
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      for (const e of result.errors) {
        if (e.code === 'InvalidQuotes' && pass.invalidAt === null) pass.invalidAt = e.index ?? 0;
        if (e.code === 'MissingQuotes' && pass.missingAt === null) pass.missingAt = e.index ?? 0;
      }
      if (pass.invalidAt !== null) {
        parser.abort();
        return;
      }
      pass.rows.push(result.data);
      pass.rowStarts.push(start);
      start = result.meta.cursor;
    },
  });
  return pass;
}

export function parseCsv(text: string): CsvParseResult {
  const problems: DatasetProblem[] = [];
  if (text.length === 0) return { rows: [], rowLines: [], problems, delimiter: ',' };
  const delimiter = detectDelimiter(text);
  const code = delimiter.charCodeAt(0);
  const newline = detectLineEnd(text, code);
  // A field with text after its closing quote ("a"b) is mended to one quoted field ("ab") and
  // the file read again, with a warning: the text is kept, as spreadsheet tools keep it.
  let body = text;
  let pass = papaPass(body, newline, delimiter);
  let repairs = 0;
  while (pass.invalidAt !== null) {
    const open = pass.invalidAt;
    const close = closingQuote(body, open);
    const line = 1 + lineEnds(body, 0, close);
    if (close < 0 || ++repairs > MAX_QUOTE_REPAIRS) {
      problems.push(
        error(
          `line ${line}`,
          `more than ${MAX_QUOTE_REPAIRS} fields have text after their closing quote; a quote inside a quoted field should be written twice ("")`,
        ),
      );
      return { rows: [], rowLines: [], problems, delimiter };
    }
    problems.push(
      warning(
        `line ${line}`,
        'text follows the closing quote of a field; it was kept, but a quote inside a quoted field should be written twice ("")',
      ),
    );
    const end = fieldEnd(body, close + 1, code);
    const tail = body.slice(close + 1, end).replace(/"/g, '""');
    body = `${body.slice(0, close)}${tail}"${body.slice(end)}`;
    pass = papaPass(body, newline, delimiter);
  }
  const { rows, rowStarts } = pass;
  // Papa reads the empty text after a final line end as one more (empty) record.
  const last = rows.at(-1);
  const endsWithLineEnd = body.endsWith('\n') || body.endsWith('\r');
  if (pass.missingAt === null && endsWithLineEnd && last?.length === 1 && last[0] === '') {
    rows.pop();
    rowStarts.pop();
  }
  const rowLines: number[] = [];
  let line = 1;
  let at = 0;
  for (const s of rowStarts) {
    line += lineEnds(body, at, s);
    at = s;
    rowLines.push(line);
  }
  if (pass.missingAt !== null) {
    const startLine = 1 + lineEnds(body, 0, pass.missingAt);
    problems.push(
      error(
        `line ${startLine}`,
        `a quoted field starts on line ${startLine} but is never closed (a closing " is missing)`,
      ),
    );
  }

  return { rows, rowLines, problems, delimiter };
}

/**
 * One field, quoted when it has to be, when spreadsheet tools might trim it, and when it holds
 * a semicolon or tab (so a reader never takes those for the separator: see detectDelimiter).
 */
export function csvField(value: string): string {
  return /[",;\t\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → RFC 4180 text with CRLF line ends and a final CRLF. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
