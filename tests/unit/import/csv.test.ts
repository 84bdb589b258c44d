import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  detectDelimiter,
  detectLineEnd,
  formatCsv,
  MAX_QUOTE_REPAIRS,
  parseCsv,
} from '../../../src/import/csv';

describe('parseCsv', () => {
  it('reads plain and quoted fields, with escaped quotes', () => {
    const r = parseCsv('a,b,c\n1,"two, with comma","say ""hi"""\n');
    expect(r.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, with comma', 'say "hi"'],
    ]);
    expect(r.rowLines).toEqual([1, 2]);
    expect(r.problems).toEqual([]);
  });

  it('keeps line breaks inside quoted fields and tracks the line each row starts on', () => {
    const text = 'h1,h2\r\n"multi\r\nline\r\nvalue",x\r\nnext,"a\nb"\r\nlast,row';
    const r = parseCsv(text);
    expect(r.rows).toEqual([
      ['h1', 'h2'],
      ['multi\r\nline\r\nvalue', 'x'],
      ['next', 'a\nb'],
      ['last', 'row'],
    ]);
    expect(r.rowLines).toEqual([1, 2, 5, 7]);
  });

  it('accepts LF, CRLF and lone CR line ends, with or without a final newline', () => {
    for (const text of ['a,b\n1,2', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r', 'a,b\n1,2\n']) {
      expect(parseCsv(text).rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
    }
  });

  it('keeps empty fields, trailing commas and blank lines', () => {
    expect(parseCsv('a,,c,\n\n,\n').rows).toEqual([['a', '', 'c', ''], [''], ['', '']]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('""').rows).toEqual([['']]);
    expect(parseCsv('x,').rows).toEqual([['x', '']]);
  });

  it('reports an unterminated quote on the line where the field started', () => {
    const r = parseCsv('a,b\n1,2\n3,"starts here\nand runs\nto the end');
    expect(r.problems).toEqual([
      {
        path: 'line 3',
        message: 'a quoted field starts on line 3 but is never closed (a closing " is missing)',
        severity: 'error',
      },
    ]);
    expect(r.rows.at(-1)).toEqual(['3', 'starts here\nand runs\nto the end']);
  });

  it('keeps text after a closing quote, with a warning', () => {
    const r = parseCsv('a\n"quoted"tail,next\n');
    expect(r.rows[1]).toEqual(['quotedtail', 'next']);
    expect(r.problems).toEqual([
      {
        path: 'line 2',
        message:
          'text follows the closing quote of a field; it was kept, but a quote inside a quoted field should be written twice ("")',
        severity: 'warning',
      },
    ]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(parseCsv('5" floppy,x').rows).toEqual([['5" floppy', 'x']]);
  });

  it('reads semicolon- and tab-separated files, as spreadsheet tools write them', () => {
    // Excel writes semicolons where the comma is the decimal sign (German, French, …).
    const semi = parseCsv('Year;Headline;Text\r\n2001;x;"a, b; c"\r\n2002;y;"two\r\nlines"\r\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.rows).toEqual([
      ['Year', 'Headline', 'Text'],
      ['2001', 'x', 'a, b; c'],
      ['2002', 'y', 'two\r\nlines'],
    ]);
    expect(semi.rowLines).toEqual([1, 2, 3]);
    expect(semi.problems).toEqual([]);
    const tabs = parseCsv('Year\tHeadline\n2001\tx, y');
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.rows).toEqual([
      ['Year', 'Headline'],
      ['2001', 'x, y'],
    ]);
    // A comma-separated file with semicolons in its text stays comma-separated.
    const commas = parseCsv('Year,Headline\n2001,"a; b"');
    expect(commas.delimiter).toBe(',');
    expect(commas.rows[1]).toEqual(['2001', 'a; b']);
    expect(commas.problems).toEqual([]);
  });

  it('mends text after a closing quote in a semicolon-separated file at the semicolon', () => {
    const r = parseCsv('A;B\n"x"y;z');
    expect(r.rows[1]).toEqual(['xy', 'z']);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('detectDelimiter', () => {
  it('reads the separator from the first record, outside quoted fields', () => {
    expect(detectDelimiter('Year,Headline')).toBe(',');
    expect(detectDelimiter('Year;Month;Headline')).toBe(';');
    expect(detectDelimiter('Year\tHeadline')).toBe('\t');
    // Commas inside a quoted header field do not count.
    expect(detectDelimiter('"Start, year";"Headline, short"\n1,2,3,4')).toBe(';');
    // Only the first line counts, and a one-column file is comma-separated.
    expect(detectDelimiter('Headline\na;b;c')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
    // A tie goes to the comma.
    expect(detectDelimiter('a,b;c')).toBe(',');
  });
});

describe('formatCsv', () => {
  it('quotes only what needs quoting and ends lines with CRLF', () => {
    expect(
      formatCsv([
        ['a', 'b,c', 'd"e'],
        ['line\nbreak', ' padded', ''],
      ]),
    ).toBe('a,"b,c","d""e"\r\n"line\nbreak"," padded",\r\n');
    expect(csvField('plain')).toBe('plain');
    expect(formatCsv([])).toBe('');
  });

  it('round-trips any table through parseCsv', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '~', 'é', '😀', ';', '\t'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(formatCsv(rows));
          expect(parsed.rows).toEqual(rows);
          expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
        },
      ),
    );
  });
});

describe('parseCsv line ends and quotes (Papa Parse)', () => {
  it('takes the line end from the first one outside a quoted field', () => {
    expect(detectLineEnd('"a\rb",c\nd,e\n')).toBe('\n');
    expect(detectLineEnd('5" floppy,x\r\ny,z')).toBe('\r\n');
    expect(detectLineEnd('a,"b\n"\rc')).toBe('\r');
    expect(detectLineEnd('no line end')).toBe('\n');
    expect(parseCsv('"a\rb",c\nd,e\n').rows).toEqual([
      ['a\rb', 'c'],
      ['d', 'e'],
    ]);
    expect(parseCsv('5" floppy,x\r\ny,z').rows).toEqual([
      ['5" floppy', 'x'],
      ['y', 'z'],
    ]);
  });

  it('mends every field with text after its closing quote, each with a located warning', () => {
    const r = parseCsv('a,b\n"x"y,"p""q"r\n"multi\nline"tail,z\n');
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['xy', 'p"qr'],
      ['multi\nlinetail', 'z'],
    ]);
    expect(r.rowLines).toEqual([1, 2, 3]);
    expect(r.problems.map((p) => `${p.severity} ${p.path}`)).toEqual([
      'warning line 2',
      'warning line 2',
      'warning line 4',
    ]);
  });

  it(`refuses a file with more than ${MAX_QUOTE_REPAIRS} such fields, saying where`, () => {
    const text = `h\n${'"a"b\n'.repeat(MAX_QUOTE_REPAIRS + 1)}`;
    const r = parseCsv(text);
    expect(r.rows).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        path: `line ${MAX_QUOTE_REPAIRS + 2}`,
        message: `more than ${MAX_QUOTE_REPAIRS} fields have text after their closing quote; a quote inside a quoted field should be written twice ("")`,
        severity: 'error',
      },
    ]);
  });
});
