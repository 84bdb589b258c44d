import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  findInvalidUtf8,
  formatBytes,
  MAX_IMPORT_BYTES,
} from '../../../src/import/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out[2 + i * 2] = bigEndian ? hi : lo;
    out[3 + i * 2] = bigEndian ? lo : hi;
  }
  return out;
}

function problems(b: Uint8Array, name?: string) {
  const r = decodeBytes(b, name);
  if (r.ok) throw new Error('expected the bytes to be refused');
  return r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeBytes(utf8('Year,Headline\nÄ'))).toEqual({
      ok: true,
      text: 'Year,Headline\nÄ',
      encoding: 'utf-8',
    });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '{"a":"é"}'))).toEqual({
      ok: true,
      text: '{"a":"é"}',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE when the file starts with their BOM', () => {
    const text = 'Year,Headline\r\n2001,Café “quoted” 😀';
    expect(decodeBytes(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses broken UTF-16', () => {
    expect(problems(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual([
      '(file): not UTF-16 text: the file starts with a UTF-16 byte-order mark but has an odd number of bytes (3); save it as UTF-8',
    ]);
    expect(problems(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual([
      '(file): not UTF-16 text: it contains a broken character (an unpaired surrogate)',
    ]);
  });

  it('says where the first byte that is not UTF-8 is', () => {
    // A Latin-1 é (0xe9) on line 2, after "Year\n" (5 bytes) and "Café " (6 bytes).
    expect(problems(bytes('Year\nCafé ', [0xe9], '\n'))).toEqual([
      'byte 11 (line 2): not UTF-8 text: the byte at offset 11 (0xe9) does not belong to a UTF-8 character. The file may be in Latin-1 or Windows-1252; save it as UTF-8 and import it again',
    ]);
    // The offset counts the BOM: it is a byte of the file.
    expect(problems(bytes([0xef, 0xbb, 0xbf], 'ab', [0x80])).at(0)).toMatch(/^byte 5 \(line 1\)/);
  });

  it('finds invalid UTF-8 the way the WHATWG decoder does', () => {
    expect(findInvalidUtf8(utf8('plain ASCII and ünïcødé 😀'))).toBe(-1);
    expect(findInvalidUtf8(bytes('ab', [0x80]))).toBe(2); // stray continuation byte
    expect(findInvalidUtf8(bytes('a', [0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(findInvalidUtf8(bytes([0xe0, 0x80, 0xaf]))).toBe(0); // overlong 3-byte
    expect(findInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(findInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3); // cut short at the end
    expect(findInvalidUtf8(bytes([0xf5]))).toBe(0);
  });

  it('refuses empty and too-large files with their size', () => {
    expect(problems(new Uint8Array(0))).toEqual(['(file): the file is empty']);
    expect(problems(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual(['(file): the file is empty']);
    expect(problems(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual([
      '(file): the file is 384.1 MB, 1 byte over the limit; files up to 384 MB can be imported',
    ]);
    expect(problems(new Uint8Array(400 * 1024 * 1024 + 600 * 1024))).toEqual([
      '(file): the file is 400.6 MB, 16.6 MB over the limit; files up to 384 MB can be imported',
    ]);
  });

  it('recognises binary files people pick by mistake', () => {
    expect(problems(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual([
      '(file): this is a PNG image, not a text file; import a JSON or CSV file',
    ]);
    expect(problems(bytes('%PDF-1.7\n'))).toEqual([
      '(file): this is a PDF document, not a text file; import a JSON or CSV file',
    ]);
    expect(problems(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))[0]).toMatch(
      /an Office document \(such as an Excel \.xls workbook\).*save the sheet as CSV/,
    );
    expect(problems(bytes('plain text'), 'timeline.xlsx')[0]).toMatch(/a spreadsheet workbook/);
    expect(problems(bytes('Year,Headline\n\u0000\u0001'))).toEqual([
      '(file): this is a binary file (it contains NUL bytes), not a text file; import a JSON or CSV file',
    ]);
    const bomless = utf16('Year,Headline\r\n2001,A', false).subarray(2);
    expect(problems(bomless)).toEqual([
      '(file): this looks like UTF-16 text without a byte-order mark; save it as UTF-8 and import it again',
    ]);
  });
});

describe('formatBytes', () => {
  it('reads naturally', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(MAX_IMPORT_BYTES)).toBe('384 MB');
    expect(formatBytes(MAX_IMPORT_BYTES + 1, true)).toBe('384.1 MB');
  });
});
