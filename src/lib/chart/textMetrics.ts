/**
 * Text widths for the chart: the one place that knows how wide a label is. Pure: a table of
 * advance widths (em units, printable ASCII) measured in Chromium from DejaVu Sans and
 * Liberation Sans (Arial's metrics), taking the wider of the two per character. DejaVu Sans is
 * what `system-ui` resolves to on Linux and is wider than Segoe UI, San Francisco or Roboto,
 * so an estimate from this table is a safe upper bound where the real font is unknown (the SVG
 * export, lane packing). The canvas measures the font it really draws with and passes that
 * measure in instead (see `Measure`).
 */

/** The font stack the chart and its exports draw with. */
export const CHART_FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export const ELLIPSIS = '…';

/** Width in px of `text` at `fontPx`, bold or not. */
export type Measure = (text: string, fontPx: number, bold?: boolean) => number;

// Advance widths of U+0020…U+007E, in hundredths of an em.
// prettier-ignore
const REGULAR = [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,56,102,68,69,72,77,67,61,78,75,29,50,67,56,86,75,79,67,79,72,67,61,73,68,99,69,67,69,39,34,39,84,56,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84];
// prettier-ignore
const BOLD = [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,61,100,77,76,73,83,68,68,82,84,37,56,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,56,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84];

/** Common characters outside ASCII, in ems (regular; bold adds 8 %). */
const EXTRA: Readonly<Record<string, number>> = {
  '…': 1,
  '–': 0.5,
  '—': 1,
  '‘': 0.32,
  '’': 0.32,
  '“': 0.52,
  '”': 0.52,
  '„': 0.52,
  '·': 0.32,
  '•': 0.59,
  '€': 0.64,
  '£': 0.64,
  '×': 0.84,
  '\u00a0': 0.32,
};

const extraCache = new Map<number, number>();

function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f000
  );
}

/** Em width of a character outside printable ASCII (regular weight). */
function otherEm(cp: number): number {
  let em = extraCache.get(cp);
  if (em !== undefined) return em;
  const ch = String.fromCodePoint(cp);
  const known = EXTRA[ch];
  if (known !== undefined) em = known;
  else if (wide(cp)) em = cp >= 0x1f000 ? 1.25 : 1;
  else if (cp < 0x20 || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) em = 0;
  else {
    // Accented Latin letters are as wide as their base letter.
    const base = ch.normalize('NFD').charCodeAt(0);
    em = base >= 0x20 && base < 0x7f ? (REGULAR[base - 0x20] ?? 64) / 100 : 0.68;
  }
  extraCache.set(cp, em);
  return em;
}

/** Width estimated from the table (an upper bound for the usual sans-serif fonts). */
export const estimateWidth: Measure = (text, fontPx, bold = false) => {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      hundredths += table[c - 0x20] ?? 64;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    if (cp > 0xffff) i++;
    ems += otherEm(cp) * (bold ? 1.08 : 1);
  }
  return (hundredths / 100 + ems) * fontPx;
};

/** Code points, so a cut never splits a surrogate pair. */
function codePoints(text: string): string[] {
  return Array.from(text);
}

/**
 * The largest n in 0..max for which `fits(n)` holds (n = 0 always counts as fitting), for a
 * `fits` that holds up to some n and not after. Searched from `guess` outwards in doubling
 * steps, then by halving: a label's cut sits close to its proportional share of the room, so
 * this asks `fits` about 3 times where a plain binary search over the length asks about 7
 * (each a canvas text measurement).
 */
export function longestFitting(
  max: number,
  fits: (n: number) => boolean,
  { guess = max >>> 1 }: { guess?: number } = {},
): number {
  const ok = (n: number) => n === 0 || fits(n);
  const g = Math.min(max, Math.max(0, guess));
  let lo: number;
  let hi: number;
  if (ok(g)) {
    lo = g;
    let step = 1;
    while (lo + step <= max && ok(lo + step)) {
      lo += step;
      step *= 2;
    }
    hi = Math.min(max, lo + step - 1);
  } else {
    hi = g - 1;
    let step = 1;
    let c = g - 1;
    while (c > 0 && !ok(c)) {
      hi = c - 1;
      step *= 2;
      c = g - step;
    }
    lo = Math.max(0, c);
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text as it fits in `maxPx`: whole when it fits, else cut with "…" (at a word boundary
 * when one is close), or '' when not even one character and the ellipsis fit.
 */
export function fitText(
  text: string,
  maxPx: number,
  fontPx: number,
  bold = false,
  measure: Measure = estimateWidth,
): string {
  const whole = measure(text, fontPx, bold);
  if (whole <= maxPx) return text;
  const chars = codePoints(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  const lo = longestFitting(chars.length - 1, (n) => measure(cut(n), fontPx, bold) <= maxPx, {
    guess: Math.floor((chars.length * maxPx) / whole),
  });
  if (lo === 0) return '';
  // "Ballmer bets Microsoft on the…" reads better than "Ballmer bets Microsoft on the c…".
  const space = chars.lastIndexOf(' ', lo);
  if (space > 0 && space >= lo - 10 && space >= lo * 0.6) return cut(space);
  return cut(lo);
}

/**
 * The text broken into lines of at most `maxPx` at spaces (a word longer than a line is cut
 * by `fitText`), at most `maxLines` lines; the last one ends with "…" when text is left over.
 */
export function wrapText(
  text: string,
  maxPx: number,
  fontPx: number,
  bold = false,
  measure: Measure = estimateWidth,
  maxLines = 3,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line === '' ? word : `${line} ${word}`;
    if (measure(next, fontPx, bold) <= maxPx || line === '') {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(' ')}`, maxPx, fontPx, bold, measure));
      return lines;
    }
    lines.push(fitText(line, maxPx, fontPx, bold, measure));
    line = word;
  }
  if (line !== '') lines.push(fitText(line, maxPx, fontPx, bold, measure));
  return lines;
}

/** At most `max` characters, the last being "…" when the text is longer. */
export function truncateChars(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 length ≥ code points: nothing to cut
  const chars = codePoints(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}${ELLIPSIS}`;
}

/** A measure and the cut text it leads to, remembered (the canvas asks every frame). */
export interface TextFit {
  readonly measure: Measure;
  /** `fitText` with this measure; the room is rounded down to whole 4 px steps. */
  readonly fit: (text: string, maxPx: number, fontPx: number, bold?: boolean) => string;
}

export function createTextFit(measure: Measure = estimateWidth, cacheSize = 20_000): TextFit {
  const widths = new Map<string, number>();
  const fits = new Map<string, string>();
  const cachedMeasure: Measure = (text, fontPx, bold = false) => {
    const key = `${fontPx}${bold ? 'b' : ''}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      w = measure(text, fontPx, bold);
      if (widths.size >= cacheSize) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
  return {
    measure: cachedMeasure,
    fit: (text, maxPx, fontPx, bold = false) => {
      if (cachedMeasure(text, fontPx, bold) <= maxPx) return text;
      const room = Math.floor(maxPx / 4) * 4;
      const key = `${room}|${fontPx}${bold ? 'b' : ''}\u0000${text}`;
      let cut = fits.get(key);
      if (cut === undefined) {
        cut = fitText(text, room, fontPx, bold, cachedMeasure);
        if (fits.size >= cacheSize) fits.clear();
        fits.set(key, cut);
      }
      return cut;
    },
  };
}
