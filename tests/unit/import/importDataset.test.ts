import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBytes, importText, type ImportPhase } from '../../../src/import/importDataset';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  lineAndColumn,
  parseJsonText,
} from '../../../src/import/jsonText';
import { exportAppCsv } from '../../../src/import/appCsv';
import { exportAppJson } from '../../../src/import/appJson';
import { MAX_REPORTED_PROBLEMS } from '../../../src/import/finish';
import { miniRaw } from '../../setup/fixtures';
import { KNOWN_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

const lines = (o: ReturnType<typeof importText>) =>
  (o.ok ? o.warnings : o.problems).map((p) => `${p.severity}: ${p.path}: ${p.message}`);

const TIMELINEJS = JSON.stringify({
  title: { text: { headline: 'T' } },
  events: [{ start_date: { year: 2001 }, text: { headline: 'E' } }],
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('format detection', () => {
  it('tells the four formats apart by content', () => {
    const app = JSON.stringify(miniRaw());
    expect(importText(app).format).toBe('app-json');
    expect(importText(TIMELINEJS).format).toBe('timelinejs-json');
    expect(importText(JSON.stringify({ timeline: { events: [] } })).format).toBe('timelinejs-json');
    expect(importText('Year,Headline\n2001,E\n').format).toBe('timelinejs-csv');
    expect(importText('record,title\ndataset,T\n').format).toBe('app-csv');
    const fromJson = importText(app);
    if (!fromJson.ok) throw new Error('mini');
    expect(importText(exportAppCsv(fromJson.dataset)).format).toBe('app-csv');
    expect(importText(exportAppJson(fromJson.dataset)).format).toBe('app-json');
  });

  it('reads a dataset without schemaVersion as the app format, and says what is missing', () => {
    const raw = miniRaw();
    delete (raw as Record<string, unknown>).schemaVersion;
    const o = importText(JSON.stringify(raw));
    expect(o.format).toBe('app-json');
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.problems.map((p) => p.path)).toEqual(['schemaVersion']);
    expect(o.problems[0]?.message).toBe(
      `schemaVersion is missing (this app reads versions ${KNOWN_SCHEMA_VERSIONS.join(', ')})`,
    );
  });

  it('migrates a version 1 file', () => {
    const o = importText(JSON.stringify(miniRaw()));
    expect(o.ok && o.dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses JSON that is not an object', () => {
    expect(lines(importText('[1, 2]'))).toEqual([
      'error: (top level): a timeline file is a JSON object, not a list',
    ]);
    expect(lines(importText('null', 'x.json'))).toEqual([
      'error: (top level): a timeline file is a JSON object, not null',
    ]);
  });

  it('ignores a BOM left in the text, and refuses blank text', () => {
    expect(importText(`\uFEFF${TIMELINEJS}`).ok).toBe(true);
    expect(lines(importText(' \n\t '))).toEqual(['error: (file): the file is empty']);
    expect(lines(importText(''))).toEqual(['error: (file): the file is empty']);
  });

  it('reads UTF-16 files through importBytes', () => {
    const text = 'Year,Headline\r\n2001,Café\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const o = importBytes(bytes, 'sheet.csv');
    expect(o.ok && o.dataset.events[0]?.title).toBe('Café');
  });
});

describe('not JSON', () => {
  it('gives the line and column of the syntax error', () => {
    expect(lines(importText('{\n  "title": "x",\n  "events": [1,]\n}'))).toEqual([
      "error: line 3, column 16: not JSON: Unexpected token ']'",
    ]);
    expect(lines(importText('{\r\n  "a": 1\r\n  "b": 2\r\n}'))).toEqual([
      "error: line 3, column 3: not JSON: Expected ',' or '}' after property value",
    ]);
    // V8 gives no position for these: the importer finds it.
    expect(lines(importText('{\n  "title":'))).toEqual([
      'error: line 2, column 11: not JSON: Unexpected end of JSON input',
    ]);
    expect(lines(importText('Year,Headline', 'timeline.json'))).toEqual([
      "error: line 1, column 1: not JSON: Unexpected token 'Y'",
    ]);
  });

  it('finds syntax errors itself when the engine does not say where', () => {
    const cases: [string, number][] = [
      ['{"a": 1}', -1],
      ['  [1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]  ', -1],
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['"unterminated', 13],
      ['"bad \\q escape"', 5],
      ['[01]', 2],
      ['{"a": tru}', 6],
      ['[1] x', 4],
      ['', 0],
      ['{"a":"line\nbreak"}', 10],
    ];
    for (const [text, offset] of cases)
      expect([text, findJsonSyntaxError(text)]).toEqual([text, offset]);
  });

  it('counts lines and columns across LF, CRLF and CR', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\rcd\re', 6)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('abc', 99)).toEqual({ line: 1, column: 4 });
  });
});

describe('deep nesting', () => {
  it('refuses 100,000 nested arrays with a problem, not a crash', () => {
    const deep = `{"events": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(lines(importText(deep))).toEqual([
      'error: line 1, column 211: values are nested more than 200 levels deep; a timeline file is never nested that deeply',
    ]);
    expect(importText('['.repeat(100_000)).ok).toBe(false);
    expect(importText('{"a":'.repeat(50_000)).ok).toBe(false);
  });

  it('does not count brackets inside strings', () => {
    const text = JSON.stringify({ s: '['.repeat(1000), t: '\\"[[[', u: [[[]]] });
    expect(findExcessiveNesting(text)).toBe(-1);
    expect(findExcessiveNesting('[[[', 2)).toBe(2);
  });

  it('turns a stack overflow anywhere into a problem', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(parseJsonText('{}')).toEqual({
      ok: false,
      problem: {
        path: '(file)',
        message: 'the file is nested too deeply to be read',
        severity: 'error',
      },
    });
    vi.restoreAllMocks();
    vi.spyOn(String.prototype, 'trimStart').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(lines(importText('{}'))).toEqual([
      'error: (file): the file is nested too deeply or is too large to be read (RangeError: Maximum call stack size exceeded)',
    ]);
  });
});

describe('never throws', () => {
  it('reports an unexpected exception as an internal error', () => {
    expect(lines(importText(42 as unknown as string))).toEqual([
      'error: (file): internal error while reading the file: TypeError: text.charCodeAt is not a function',
    ]);
    expect(lines(importBytes(null as unknown as Uint8Array))).toEqual([
      "error: (file): internal error while reading the file: TypeError: Cannot read properties of null (reading 'length')",
    ]);
  });
});

describe('progress', () => {
  it('reports decoding, parsing and validating, in order', () => {
    const phases: [ImportPhase, number][] = [];
    importBytes(new TextEncoder().encode('Year,Headline\n2001,E\n'), 'x.csv', (phase, f) =>
      phases.push([phase, f]),
    );
    expect(phases).toEqual([
      ['decoding', 0],
      ['parsing', 0.1],
      ['parsing', 0.4],
      ['validating', 0.7],
    ]);
  });
});

describe('many problems', () => {
  it(`lists at most ${MAX_REPORTED_PROBLEMS} problems, then how many more`, () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `${2001 + i},13,E${i}`);
    const o = importText(`Year,Month,Headline\n${rows.join('\n')}\n`);
    if (o.ok) throw new Error('expected errors');
    expect(o.problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(o.problems.at(-1)).toEqual({
      path: '(file)',
      message: '… and 500 more problems not listed',
      severity: 'error',
    });
  });
});
