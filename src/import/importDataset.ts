/**
 * "Bring your own timeline": any of the supported files → a validated dataset, or the list of
 * what is wrong with it. Formats are told apart by content:
 * - JSON (starts with `{` or `[`, or the name ends in .json): the app's own format when it has
 *   `schemaVersion` (or app collections such as `themes`), TimelineJS3 when it has `events`
 *   (or `timeline.events` / `timeline.slides`), TimelineJS 2 when it has `timeline.date`;
 * - CSV otherwise: the app's layout when the header has a `record` column (see appCsv.ts), the
 *   TimelineJS template when it has Year and Headline (see timelinejsCsv.ts).
 * Every path ends in the app's own validateDataset. Nothing here throws.
 */
import { validateDataset } from '../domain/validateDataset';
import type { DatasetProblem } from '../domain/types';
import { convertAppCsv, isAppCsvHeader } from './appCsv';
import { parseCsv } from './csv';
import { decodeBytes, fileSizeProblem } from './decode';
import { tooManyEventsMessage } from './limits';
import { failed, finishImport, orderProblems } from './finish';
import { parseJsonText } from './jsonText';
import { convertTimelineJs, looksLikeTimelineJs, MAX_IMPORT_EVENTS } from './timelinejs';
import { convertTimelineJs2, isTimelineJs2 } from './timelinejs2';
import { convertTimelineJsCsv, isTimelineJsHeader } from './timelinejsCsv';
import {
  describeType,
  error,
  hasErrors,
  type ImportFormat,
  type ImportOptions,
  type ImportOutcome,
  type ImportProgress,
  isRecord,
} from './types';

export type {
  ImportFormat,
  ImportOptions,
  ImportOutcome,
  ImportPhase,
  ImportProgress,
} from './types';
export { MAX_IMPORT_BYTES, MAX_IMPORT_EVENTS } from './limits';

const FILE = '(file)';

function internalError(e: unknown): ImportOutcome {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const problem: DatasetProblem =
    e instanceof RangeError
      ? error(FILE, `the file is nested too deeply or is too large to be read (${detail})`)
      : error(FILE, `internal error while reading the file: ${detail}`);
  return { ok: false, problems: [problem], format: null };
}

function importAppJson(value: Record<string, unknown>, onProgress?: ImportProgress): ImportOutcome {
  const events = value.events;
  if (Array.isArray(events) && events.length > MAX_IMPORT_EVENTS) {
    return failed([error('events', tooManyEventsMessage('the file', events.length))], 'app-json');
  }
  onProgress?.('validating', 0.7);
  const result = validateDataset(value);
  if (!result.ok) return failed(result.problems, 'app-json');
  return {
    ok: true,
    dataset: result.dataset,
    warnings: orderProblems(result.warnings),
    format: 'app-json',
  };
}

function importJson(
  text: string,
  fileName: string | undefined,
  onProgress: ImportProgress | undefined,
  options: ImportOptions,
): ImportOutcome {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem], format: null };
  return importJsonValue(parsed.value, fileName, onProgress, options);
}

function importJsonValue(
  value: unknown,
  fileName: string | undefined,
  onProgress: ImportProgress | undefined,
  options: ImportOptions,
): ImportOutcome {
  if (!isRecord(value)) {
    return failed(
      [error('(top level)', `a timeline file is a JSON object, not ${describeType(value)}`)],
      null,
    );
  }
  // TimelineJS has no themes, sources or quotes: a file with them is meant to be a dataset.
  const isApp =
    'schemaVersion' in value || 'themes' in value || 'sources' in value || 'quotes' in value;
  if (isApp) return importAppJson(value, onProgress);
  if (looksLikeTimelineJs(value)) {
    const converted = isTimelineJs2(value)
      ? convertTimelineJs2(value, fileName, options.baseUrl ?? null)
      : convertTimelineJs(value, { fileName, baseUrl: options.baseUrl });
    return finishImport(
      converted,
      isTimelineJs2(value) ? 'timelinejs2-json' : 'timelinejs-json',
      onProgress,
    );
  }
  return failed(
    [
      error(
        '(top level)',
        'this JSON is neither a dataset of this app (it has no "schemaVersion") nor a TimelineJS timeline (it has no "events")',
      ),
    ],
    null,
  );
}

function importCsv(
  text: string,
  fileName: string | undefined,
  onProgress: ImportProgress | undefined,
  options: ImportOptions,
): ImportOutcome {
  const csv = parseCsv(text);
  const header = csv.rows[0] ?? [];
  const format: ImportFormat | null = isAppCsvHeader(header)
    ? 'app-csv'
    : isTimelineJsHeader(header)
      ? 'timelinejs-csv'
      : null;
  if (hasErrors(csv.problems)) return failed(csv.problems, format);
  if (format === null) {
    return failed(
      [
        error(
          'line 1',
          'the first row should name the columns: a "record" column for the app\'s own CSV layout, or "Year" and "Headline" for the TimelineJS template',
        ),
        ...csv.problems,
      ],
      null,
    );
  }
  onProgress?.('parsing', 0.4);
  const converted =
    format === 'app-csv'
      ? convertAppCsv(csv, fileName)
      : convertTimelineJsCsv(csv, fileName, options.baseUrl ?? null);
  return finishImport(
    { ...converted, problems: [...csv.problems, ...converted.problems] },
    format,
    onProgress,
  );
}

/** Reads a file's text (already decoded) in whichever supported format it is in. */
export function importText(
  text: string,
  fileName?: string,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): ImportOutcome {
  try {
    onProgress?.('parsing', 0.1);
    const tooLarge = fileSizeProblem(text.length);
    if (tooLarge) return failed([tooLarge], null);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return failed([error(FILE, 'the file is empty')], null);
    const first = body.trimStart()[0];
    const isJson =
      first === '{' || first === '[' || (fileName !== undefined && /\.json$/i.test(fileName));
    return isJson
      ? importJson(body, fileName, onProgress, options)
      : importCsv(body, fileName, onProgress, options);
  } catch (e) {
    return internalError(e);
  }
}

/**
 * Imports a JSON object already parsed from a file's bytes (by JsonObjectStream, which reads
 * only what JSON.parse would): the same outcome as importBytes on those bytes.
 */
export function importParsedJson(
  value: Record<string, unknown>,
  fileName?: string,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): ImportOutcome {
  try {
    return importJsonValue(value, fileName, onProgress, options);
  } catch (e) {
    return internalError(e);
  }
}

/** Decodes a file's bytes (UTF-8, or UTF-16 with a BOM), then imports it like importText. */
export function importBytes(
  bytes: Uint8Array,
  fileName?: string,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): ImportOutcome {
  try {
    onProgress?.('decoding', 0);
    const decoded = decodeBytes(bytes, fileName);
    if (!decoded.ok) return { ok: false, problems: decoded.problems, format: null };
    return importText(decoded.text, fileName, onProgress, options);
  } catch (e) {
    return internalError(e);
  }
}
