/**
 * Bytes → text, with a plain-words problem for everything that is not text we can read:
 * too large, empty, binary (a spreadsheet workbook, an image…), or not UTF-8.
 * UTF-8 is expected (its BOM is stripped); UTF-16 is read when the file starts with its BOM.
 */
import type { DatasetProblem } from '../domain/types';
import { error } from './types';

import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES } from './limits';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problems: DatasetProblem[] };

const FILE = '(file)';

/**
 * 512 → "512 bytes", 31_457_280 → "30 MB", 32_000_000 → "30.5 MB". With `roundUp`, a size just
 * over a limit never reads as the limit itself (64 MB + 1 byte → "64.1 MB").
 */
export function formatBytes(n: number, roundUp = false): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const kb = n / 1024;
  if (kb < 1024) return `${oneDecimal(kb, roundUp)} KB`;
  return `${oneDecimal(kb / 1024, roundUp)} MB`;
}

function oneDecimal(v: number, roundUp: boolean): string {
  const tenths = roundUp ? Math.ceil(v * 10) : Math.round(v * 10);
  return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (as the WHATWG decoder sees
 * it: stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF,
 * sequences cut short), or -1 when all of it is valid UTF-8.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counting LF bytes; CRLF and LF files alike). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const SPREADSHEET_HINT =
  'save the sheet as CSV (comma-separated values) or export the timeline as JSON, and import that file';

/** Well-known binary formats people pick by mistake, by their first bytes. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; hint?: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (an Excel .xlsx or OpenDocument workbook is one)',
    hint: SPREADSHEET_HINT,
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an Office document (such as an Excel .xls workbook)',
    hint: SPREADSHEET_HINT,
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'unpack it first' },
];

function binaryProblem(what: string, hint = 'import a JSON or CSV file'): DatasetProblem {
  return error(FILE, `this is ${what}, not a text file; ${hint}`);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): DecodeResult {
  const encoding: TextEncodingName = bigEndian ? 'utf-16be' : 'utf-16le';
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    return {
      ok: false,
      problems: [
        error(
          FILE,
          `not UTF-16 text: the file starts with a UTF-16 byte-order mark but has an odd number of bytes (${body.length + 2}); save it as UTF-8`,
        ),
      ],
    };
  }
  let le = body;
  if (bigEndian) {
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1] ?? 0;
      le[i + 1] = body[i] ?? 0;
    }
  }
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      problems: [
        error(FILE, 'not UTF-16 text: it contains a broken character (an unpaired surrogate)'),
      ],
    };
  }
}

/** True when the first bytes look like UTF-16 without a BOM: ASCII with every other byte 0. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero >= pairs * 0.9 && evenZero === 0) || (evenZero >= pairs * 0.9 && oddZero === 0);
}

/**
 * "the file is 256.1 MB, 0.1 MB over the limit; files up to 256 MB can be imported", or null
 * when it is not too large.
 */
export function fileSizeProblem(size: number): DatasetProblem | null {
  if (!(size > MAX_IMPORT_BYTES)) return null;
  return error(
    FILE,
    `the file is ${formatBytes(size, true)}, ${formatBytes(size - MAX_IMPORT_BYTES, true)} over the limit; files up to ${formatBytes(MAX_IMPORT_BYTES)} can be imported`,
  );
}

/**
 * Decodes an imported file. `name` (the file name) is only used to word the problems.
 */
export function decodeBytes(bytes: Uint8Array, name?: string): DecodeResult {
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (bytes.length === 0) return { ok: false, problems: [error(FILE, 'the file is empty')] };

  if (startsWith(bytes, [0xff, 0xfe])) return finish(decodeUtf16(bytes, false));
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeUtf16(bytes, true));

  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) {
      return { ok: false, problems: [binaryProblem(sig.what, sig.hint)] };
    }
  }
  if (name !== undefined && /\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name)) {
    return { ok: false, problems: [binaryProblem('a spreadsheet workbook', SPREADSHEET_HINT)] };
  }

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (looksLikeBomlessUtf16(body)) {
      return {
        ok: false,
        problems: [
          error(
            FILE,
            'this looks like UTF-16 text without a byte-order mark; save it as UTF-8 and import it again',
          ),
        ],
      };
    }
    const at = findInvalidUtf8(body);
    const offset = at < 0 ? 0 : at + (bytes.length - body.length);
    return {
      ok: false,
      problems: [
        error(
          `byte ${offset} (line ${lineOfByte(bytes, offset)})`,
          `not UTF-8 text: the byte at offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}) does not belong to a UTF-8 character. The file may be in Latin-1 or Windows-1252; save it as UTF-8 and import it again`,
        ),
      ],
    };
  }
  return finish({ ok: true, text, encoding: 'utf-8' }, body);
}

/** Checks decoded text for the signs of a binary file or an empty one. */
function finish(result: DecodeResult, bytes?: Uint8Array): DecodeResult {
  if (!result.ok) return result;
  const { text } = result;
  if (text.length === 0) return { ok: false, problems: [error(FILE, 'the file is empty')] };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    if (bytes !== undefined && looksLikeBomlessUtf16(bytes)) {
      return {
        ok: false,
        problems: [
          error(
            FILE,
            'this looks like UTF-16 text without a byte-order mark; save it as UTF-8 and import it again',
          ),
        ],
      };
    }
    return {
      ok: false,
      problems: [binaryProblem('a binary file (it contains NUL bytes)')],
    };
  }
  return result;
}
