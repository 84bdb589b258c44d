/**
 * RFC 4180 CSV: comma-separated fields, optionally in double quotes; a quote inside a quoted
 * field is written twice; quoted fields may span lines; records end with CRLF, LF or CR.
 * The parser never throws and keeps, for every row, the 1-based line it starts on, so
 * problems can point at `row N … (line L)` even when quoted fields span lines.
 * Semicolon- and tab-separated files are recognised only to say so.
 */
import type { DatasetProblem } from '../domain/types';
import { error, warning } from './types';

export interface CsvParseResult {
  /** Every record, header included; a blank line is a record with one empty field. */
  readonly rows: string[][];
  /** `rowLines[i]` is the 1-based line on which `rows[i]` starts. */
  readonly rowLines: number[];
  readonly problems: DatasetProblem[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export function parseCsv(text: string): CsvParseResult {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const problems: DatasetProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;

  const endRow = () => {
    rows.push(row);
    rowLines.push(rowLine);
    row = [];
  };

  if (n === 0) return { rows, rowLines, problems };

  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      i++;
      let value = '';
      let segment = i;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(segment, i + 1);
            i += 2;
            segment = i;
            continue;
          }
          value += text.slice(segment, i);
          i++;
          closed = true;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      if (!closed) {
        row.push(value + text.slice(segment, n));
        endRow();
        problems.push(
          error(
            `line ${startLine}`,
            `a quoted field starts on line ${startLine} but is never closed (a closing " is missing)`,
          ),
        );
        break;
      }
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== COMMA && c !== CR && c !== LF) {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === COMMA || d === CR || d === LF) break;
            j++;
          }
          problems.push(
            warning(
              `line ${line}`,
              'text follows the closing quote of a field; it was kept, but a quote inside a quoted field should be written twice ("")',
            ),
          );
          value += text.slice(i, j);
          i = j;
        }
      }
      field = value;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i >= n) {
        row.push('');
        endRow();
        break;
      }
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRow();
    rowLine = line;
    if (i >= n) break;
  }

  const header = rows[0];
  if (header?.length === 1) {
    const cell = header[0] ?? '';
    const kind = cell.includes(';') ? 'semicolons (;)' : cell.includes('\t') ? 'tabs' : null;
    if (kind !== null) {
      problems.push(
        error(
          'line 1',
          `the columns of this file are separated by ${kind}; only comma-separated CSV can be imported (export or save it as "CSV, comma-separated")`,
        ),
      );
    }
  }
  return { rows, rowLines, problems };
}

/** One field, quoted when it has to be (and when spreadsheet tools might trim it). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → RFC 4180 text with CRLF line ends and a final CRLF. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
