/**
 * JSON text → value, with problems a person can act on: where the syntax breaks
 * (line and column), and a refusal of absurdly deep nesting before anything recurses into it.
 */
import type { DatasetProblem } from '../domain/types';
import { error } from './types';

/** No timeline file nests deeper than a handful of levels; this leaves plenty of room. */
export const MAX_JSON_DEPTH = 200;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: DatasetProblem };

/** 1-based line and column of a UTF-16 offset (LF, CRLF and CR all end a line). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function at(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * Offset where nesting first exceeds `max` levels, or -1. Strings are skipped (with indexOf,
 * which is much faster than looking at every character of a 25 MB file).
 */
export function findExcessiveNesting(text: string, max = MAX_JSON_DEPTH): number {
  const structural = /["[\]{}]/g;
  let depth = 0;
  let i = 0;
  for (;;) {
    structural.lastIndex = i;
    const m = structural.exec(text);
    if (m === null) return -1;
    const j = m.index;
    const c = text.charCodeAt(j);
    if (c === 34) {
      // Find the closing quote: one not preceded by an odd number of backslashes.
      let k = j + 1;
      for (;;) {
        k = text.indexOf('"', k);
        if (k < 0) return -1; // an unterminated string: JSON.parse will say so
        let backslashes = 0;
        while (text.charCodeAt(k - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
        k++;
      }
      i = k + 1;
    } else {
      if (c === 91 || c === 123) {
        depth++;
        if (depth > max) return j;
      } else {
        depth--;
      }
      i = j + 1;
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first JSON syntax error, or -1 when the text is valid JSON. Used when the
 * engine's SyntaxError does not say where (V8 omits it for some errors, Safari always).
 * Recursive, so call it only on text that passed findExcessiveNesting.
 */
export function findJsonSyntaxError(text: string): number {
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
        continue;
      }
      i++;
    }
    return false;
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"' || !string()) return false;
          ws();
          if (text[i] !== ':') return false;
          i++;
        }
        if (!value()) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };
  if (!value()) return Math.min(i, n);
  ws();
  return i < n ? i : -1;
}

/** The engine's message without its position and without the echo of the input. */
function cleanMessage(message: string): string {
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/^JSON Parse error: /, '')
    .trim();
}

/** Where the engine says the error is, when it says so. */
function enginePosition(text: string, message: string): number | null {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const line = Number(lc[1]);
    let offset = 0;
    for (let l = 1; l < line; l++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) break;
      offset = next + 1;
    }
    return offset + Number(lc[2]) - 1;
  }
  return null;
}

export function parseJsonText(text: string): JsonParseResult {
  const deep = findExcessiveNesting(text);
  if (deep >= 0) {
    return {
      ok: false,
      problem: error(
        at(text, deep),
        `values are nested more than ${MAX_JSON_DEPTH} levels deep; a timeline file is never nested that deeply`,
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    if (e instanceof RangeError) {
      return {
        ok: false,
        problem: error('(file)', 'the file is nested too deeply to be read'),
      };
    }
    const message = e instanceof Error ? e.message : String(e);
    const offset = enginePosition(text, message) ?? findJsonSyntaxError(text);
    const where = offset >= 0 ? at(text, offset) : '(file)';
    const what = cleanMessage(message);
    return { ok: false, problem: error(where, `not JSON: ${what === '' ? 'syntax error' : what}`) };
  }
}
