/**
 * Text folding for search: lower case, diacritics removed (NFD, then combining marks dropped),
 * typographic quotes and dashes read as their ASCII forms, with a map back to the original
 * text for highlighting. Also what a word is (letters and digits).
 */

/** A run of letters and digits: a word. */
export const WORD = /[\p{L}\p{N}]+/gu;
export const WORD_CHAR = /[\p{L}\p{N}]/u;

const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  ς: 'σ',
};

const NOT_ASCII = /[\u0080-\uffff]/;
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f =
      TYPOGRAPHIC[ch] ??
      ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');
    charCache.set(ch, f);
  }
  return f;
}

/** Lower case, no diacritics, ASCII quotes and dashes. */
export function foldText(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
  return out;
}

/** foldText plus, for each folded character, where it came from in the original text. */
export interface FoldMap {
  readonly folded: string;
  /** starts[k]: index in the original of the character that gave folded character k. */
  readonly starts: readonly number[] | null;
  /** ends[k]: index just after it (and after any combining marks that followed it). */
  readonly ends: readonly number[] | null;
}

export function foldWithMap(text: string): FoldMap {
  if (!NOT_ASCII.test(text)) return { folded: text.toLowerCase(), starts: null, ends: null };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
    const next = i + ch.length;
    if (f === '') {
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else {
      folded += f;
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(next);
      }
    }
    i = next;
  }
  return { folded, starts, ends };
}

export function toOriginal(map: FoldMap, start: number, end: number): [number, number] {
  if (map.starts === null || map.ends === null) return [start, end];
  return [map.starts[start] ?? 0, map.ends[end - 1] ?? 0];
}
