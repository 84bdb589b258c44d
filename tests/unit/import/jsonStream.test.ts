/**
 * Parsing a JSON object as its bytes arrive: the same value as JSON.parse however the bytes are
 * cut, and a refusal (so the whole-file path can say what is wrong) for anything JSON.parse
 * would not read.
 */
import { describe, expect, it } from 'vitest';
import { JsonObjectStream } from '../../../src/import/jsonStream';

const encode = (s: string) => new TextEncoder().encode(s);

/** Pushes `bytes` in pieces of `size` bytes; the value, or null when refused. */
function parseInPieces(bytes: Uint8Array, size: number): unknown {
  const stream = new JsonObjectStream();
  for (let i = 0; i < bytes.length; i += size) {
    if (!stream.push(bytes.subarray(i, i + size))) return null;
  }
  return stream.end()?.value ?? null;
}

const SAMPLES = [
  '{"events":[{"start_date":{"year":"2007"},"text":{"headline":"Zürich – 東京 \\"quoted\\" [not an array] {nor an object}"}}]}',
  '\uFEFF  {"title":{"text":{"headline":"A \\\\"}},"events":[1, "two", [3], {"four":[4]}, null, true],"eras":[]}',
  '{"timeline":{"slides":[{"a":"\\u005b"}],"events":[],"date":[{"x":1}]},"events":[{"b":2}]}',
  '{"schemaVersion":2,"events":[{"id":"a"}],"quotes":[{"id":"q"}],"themes":[{"id":"t","x":[[1,2],[3]]}]}',
  // A repeated key: JSON.parse keeps the last, array or not.
  '{"events":[1],"events":[2,3],"eras":[4],"eras":"none"}',
  '{"deep":{"deeper":{"list":[1,2]}}, "n": -1.5e3 }\r\n',
];

describe('JsonObjectStream', () => {
  it('reads what JSON.parse reads, the bytes cut anywhere (inside characters, strings and escapes)', () => {
    for (const text of SAMPLES) {
      const bytes = encode(text);
      const expected: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      for (const size of [1, 2, 3, 5, 7, 64, bytes.length]) {
        expect(parseInPieces(bytes, size), `${text} in pieces of ${size}`).toEqual(expected);
      }
    }
  });

  it('reads a large list in batches to the same elements, in order', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      text: { headline: `Event ${i}`, text: `${'x'.repeat(i % 300)}, [${i}] "é"` },
      group: i % 2 ? null : `G${i % 5}`,
    }));
    const text = JSON.stringify({ title: { text: { headline: 'Big' } }, events });
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20); // several batches
    const value = parseInPieces(encode(text), 65_536) as { events: unknown[] };
    expect(value.events).toHaveLength(20_000);
    expect(value).toEqual(JSON.parse(text));
  });

  it('refuses what is not a JSON object, or not JSON, or too deeply nested', () => {
    const refused = [
      '',
      '   ',
      '[{"a":1}]',
      '"text"',
      'Year,Headline\n2001,x\n',
      '\uFEFF\uFEFF{}',
      '{"events":[1,,2]}',
      '{"events":[1,]}',
      '{"events":[,1]}',
      '{"events":[1 2]}',
      '{"events":[{"a":1}}',
      '{"events":[1]]',
      '{"a":1}}',
      '{"a":1} x',
      '{"a":1}{"b":2}',
      '{["a"]:1}',
      '{"events":[1],}',
      '{"a":"unterminated}',
      '{"a":"raw\u0000nul"}',
      `{"a":${'['.repeat(250)}${']'.repeat(250)}}`,
    ];
    for (const text of refused) {
      for (const size of [1, 4, 1000]) {
        expect(parseInPieces(encode(text), size), `${JSON.stringify(text)} in ${size}`).toBeNull();
      }
    }
    const invalidUtf8 = new Uint8Array([...encode('{"events":[{"a":"'), 0xe9, ...encode('"}]}')]);
    expect(parseInPieces(invalidUtf8, 3)).toBeNull();
    const invalidUtf8OutsideLists = new Uint8Array([...encode('{"a":"'), 0xff, ...encode('"}')]);
    expect(parseInPieces(invalidUtf8OutsideLists, 2)).toBeNull();
  });
});
