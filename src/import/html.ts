/**
 * HTML → plain text without a DOM (this runs in a worker): tags dropped, script/style content
 * dropped, block elements become spaces, entities decoded, whitespace collapsed.
 * The result is only ever shown as text; HTML that is kept (summaryHtml) is sanitised at render.
 * Linear in the input: no backtracking regular expressions over user text.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  mdash: '—',
  ndash: '–',
  minus: '−',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sect: '§',
  para: '¶',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  Acirc: 'Â',
  auml: 'ä',
  Auml: 'Ä',
  atilde: 'ã',
  Atilde: 'Ã',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  Ecirc: 'Ê',
  euml: 'ë',
  Euml: 'Ë',
  iacute: 'í',
  Iacute: 'Í',
  igrave: 'ì',
  Igrave: 'Ì',
  icirc: 'î',
  Icirc: 'Î',
  iuml: 'ï',
  Iuml: 'Ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  Oacute: 'Ó',
  ograve: 'ò',
  Ograve: 'Ò',
  ocirc: 'ô',
  Ocirc: 'Ô',
  ouml: 'ö',
  Ouml: 'Ö',
  otilde: 'õ',
  Otilde: 'Õ',
  oslash: 'ø',
  Oslash: 'Ø',
  uacute: 'ú',
  Uacute: 'Ú',
  ugrave: 'ù',
  Ugrave: 'Ù',
  ucirc: 'û',
  Ucirc: 'Û',
  uuml: 'ü',
  Uuml: 'Ü',
  yacute: 'ý',
  Yacute: 'Ý',
  yuml: 'ÿ',
  szlig: 'ß',
};

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never text a reader should see. */
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g,
    (m, e) => {
      const entity = e as string;
      if (entity.startsWith('#')) {
        const cp =
          entity[1] === 'x' || entity[1] === 'X'
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10);
        if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
        return String.fromCodePoint(cp);
      }
      return NAMED_ENTITIES[entity] ?? m;
    },
  );
}

/** A letter, "/", "!" or "?": what may follow "<" in a tag (anything else is a literal "<"). */
function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function tagName(html: string, from: number): string {
  let j = from;
  while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
  return html.slice(from, j).toLowerCase();
}

/**
 * The visible text of an HTML fragment, on one line. Also fine for text without tags:
 * entities are decoded and runs of whitespace become one space.
 */
export function htmlToText(html: string): string {
  if (html === '') return '';
  if (!html.includes('<')) return decodeEntities(html).replace(/\s+/g, ' ').trim();
  let out = '';
  let i = 0;
  const n = html.length;
  let lower: string | null = null;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // An unfinished tag at the very end: not text either.
      break;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    const name = tagName(html, lt + (closing ? 2 : 1));
    i = gt + 1;
    if (BLOCK_TAGS.has(name)) out += ' ';
    if (!closing && SKIP_CONTENT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) break;
      const closeEnd = html.indexOf('>', close);
      i = closeEnd < 0 ? n : closeEnd + 1;
    }
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/** TimelineJS puts a quotation in the media URL field as `<blockquote>…</blockquote>`. */
export function isBlockquote(value: string): boolean {
  return /^\s*<blockquote[\s>]/i.test(value);
}

const OUTER_QUOTES: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“',
  '«': '»',
  '‘': '’',
  "'": "'",
};

/**
 * The words of a blockquote and, when it has one, its `<cite>` (who said it).
 * One pair of outer quotation marks is removed: quotes are stored without them.
 */
export function readBlockquote(html: string): { text: string; cite: string } {
  let cite = '';
  let body = html;
  const lower = html.toLowerCase();
  const open = lower.indexOf('<cite');
  if (open >= 0) {
    const openEnd = html.indexOf('>', open);
    const close = lower.indexOf('</cite', openEnd < 0 ? open : openEnd);
    if (openEnd >= 0 && close >= 0) {
      cite = htmlToText(html.slice(openEnd + 1, close))
        .replace(/^[-–—―\s]+/, '')
        .trim();
      const closeEnd = html.indexOf('>', close);
      body = html.slice(0, open) + html.slice(closeEnd < 0 ? html.length : closeEnd + 1);
    }
  }
  let text = htmlToText(body);
  const first = text[0];
  const closing = first === undefined ? undefined : OUTER_QUOTES[first];
  if (closing !== undefined && text.length >= 2 && text.endsWith(closing)) {
    text = text.slice(1, -1).trim();
  }
  return { text, cite };
}
