/**
 * Pseudo-localisation, generated from the English catalogue: every letter accented, text about
 * 40 % longer and wrapped in brackets, so untranslated strings, clipped labels and
 * concatenated fragments stand out. {params} and the plural `#` are kept intact.
 */
import {
  isPluralMessage,
  type CatalogueShape,
  type Message,
  type PluralMessage,
} from './catalogue';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ḿ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ḿ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Filler that lengthens the text: pronounceable, accented, clearly not a translation. */
const FILLER = 'ļöŕéḿ íþšûḿ đöļöŕ šíţ áḿéţ çöñšéçţéţûŕ áđíþíšçíñĝ éļíţ šéđ đö éíûšḿöđ';

/** How much longer a pseudo-localised string is than the English one. */
export const PSEUDO_EXPANSION = 0.4;

const TOKEN = /(\{[A-Za-z0-9_]+\}|#)/;

/** One string, pseudo-localised: accented, ~40 % longer, in brackets; {params} kept. */
export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(TOKEN)
    .map((part) => (TOKEN.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  // Count only the visible letters of the English text, not the parameter names.
  const visible = text.replace(/\{[A-Za-z0-9_]+\}/g, '').length;
  const extra = Math.max(1, Math.ceil(visible * PSEUDO_EXPANSION) - 3);
  let pad = '';
  while (pad.length < extra) pad += FILLER;
  return `[${accented} ${pad.slice(0, extra).trimEnd()}]`;
}

function pseudoMessage(m: Message): Message {
  if (!isPluralMessage(m)) return pseudoLocalize(m);
  const out: Record<string, string> = {};
  for (const [form, text] of Object.entries(m)) out[form] = pseudoLocalize(text);
  return out as PluralMessage;
}

/** The whole catalogue, pseudo-localised, with the same keys and parameters. */
export function pseudoCatalogue<C extends CatalogueShape>(source: C): C {
  const out: Record<string, Message> = {};
  for (const [key, m] of Object.entries(source)) out[key] = pseudoMessage(m);
  return out as C;
}
