/**
 * BibTeX, written by hand: citation-js's BibTeX output was tried and left out, because it
 * repeats keys within one file, writes the URL twice (url and howpublished), drops a blog's
 * name and writes "month = {jun 30}". The rules:
 * - news is @article (journal = outlet); everything else is @misc (howpublished = outlet),
 *   because @online is a biblatex type that classic BibTeX styles do not know. Fields are the
 *   widely supported ones: author, title, journal/howpublished, year, month (a month macro),
 *   day (biblatex reads it, BibTeX ignores it), url, urldate, note.
 * - Titles get an extra pair of braces so that BibTeX styles do not recase them.
 * - Text is escaped; URLs are left as they are (url fields are verbatim). UTF-8 is kept.
 * - Years before the Common Era: classic BibTeX prints `year` as it is written, so it gets the
 *   year in words ("500 BCE"; before 10,000 BCE as the app reads it, "13.8 billion years
 *   ago"). biblatex reads `date` (which it prefers to `year`) in ISO 8601-2 / EDTF form, with
 *   astronomical years of four digits: "0000" is 1 BC, "-0876" is 877 BCE (biblatex manual,
 *   "Enhanced Date Specifications"); so 500 BCE is also written `date = {-0499}`, with its
 *   month and day when known. A year of more than four digits gets no `date`: biblatex's date
 *   parser takes four-digit years only.
 */
import type { PartialDate } from '../../domain/dates';
import type { Source } from '../../domain/types';
import { toHistoricalYear } from '../deepTime';
import { DEEP_YEAR, formatAnyYear } from '../formatDate';
import {
  accessedDate,
  authorsOf,
  capitalise,
  descriptor,
  isUncertain,
  pad2,
  sourceDate,
  words,
  type CiteOptions,
} from './common';
import type { AuthorName } from './names';

const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even after a backslash, so "\{" would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters that are special to (La)TeX and BibTeX; keeps UTF-8 as it is. */
export function escapeBibTeX(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? c);
}

function bibtexUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const KEY_STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'as',
  'is',
]);

function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
}

function keyWord(s: string): string {
  return asciiFold(s).replace(/[^a-z0-9]/g, '');
}

/** author (or outlet) + year + first significant title word: "bekker2011why". */
function baseKey(source: Source): string {
  const [first] = authorsOf(source);
  const who =
    first === undefined
      ? (words(source.outlet)[0] ?? '')
      : first.kind === 'person'
        ? (words(first.family).at(-1) ?? '')
        : (words(first.name)[0] ?? '');
  const date = sourceDate(source);
  const titleWord =
    asciiFold(source.title)
      .split(/[^a-z0-9]+/)
      .find((w) => w !== '' && !KEY_STOPWORDS.has(w)) ?? '';
  // 500 BCE (the dataset's -0499) is "500" in the key, as readers know the year.
  const year = date ? String(Math.abs(toHistoricalYear(date.year))) : 'nd';
  return `${keyWord(who) || 'anon'}${year}${titleWord}`;
}

function letters(n: number): string {
  let s = '';
  let i = n;
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
}

/**
 * Citation keys, one per source, unique within the list: a key that several sources share
 * gets a, b, c… in list order ("bekker2011wpca", "bekker2011wpcb").
 */
export function citationKeys(sources: readonly Source[]): string[] {
  const bases = sources.map(baseKey);
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const used = new Set(bases.filter((b) => counts.get(b) === 1));
  return bases.map((b) => {
    if (counts.get(b) === 1) return b;
    for (let i = 0; ; i++) {
      const key = `${b}${letters(i)}`;
      if (!used.has(key)) {
        used.add(key);
        return key;
      }
    }
  });
}

function bibtexName(n: AuthorName): string {
  if (n.kind === 'corporate') return `{${escapeBibTeX(n.name)}}`;
  const suffix = n.suffix === undefined ? '' : `, ${escapeBibTeX(n.suffix)}`;
  return `${escapeBibTeX(n.family)}${suffix}, ${escapeBibTeX(n.given)}`;
}

/** The note for BibTeX and RIS: the item type when the title does not say it, date certainty. */
export function exportNote(source: Source): string | null {
  const notes: string[] = [];
  const desc = descriptor(source);
  if (desc !== null) notes.push(capitalise(desc));
  if (source.date !== undefined && isUncertain(source)) {
    notes.push(`Date ${source.dateCertainty ?? ''}`);
  }
  return notes.length === 0 ? null : `${notes.join('. ')}.`;
}

/** biblatex's `date` for a year before the Common Era: "-0499", "-0043-03-15", "0000". */
function biblatexDate(d: PartialDate): string {
  const year = `${d.year < 0 ? '-' : ''}${String(Math.abs(d.year)).padStart(4, '0')}`;
  if (d.month === undefined) return year;
  return d.day === undefined
    ? `${year}-${pad2(d.month)}`
    : `${year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function dateFields(d: PartialDate): [string, string][] {
  if (d.year > 0) {
    const fields: [string, string][] = [['year', `{${d.year}}`]];
    if (d.month !== undefined) fields.push(['month', BIBTEX_MONTHS[d.month - 1] ?? '']);
    if (d.day !== undefined) fields.push(['day', `{${d.day}}`]);
    return fields;
  }
  const year: [string, string] = ['year', `{${escapeBibTeX(formatAnyYear(d.year, 'en'))}}`];
  return d.year < DEEP_YEAR ? [year] : [year, ['date', `{${biblatexDate(d)}}`]];
}

export function bibtexEntry(source: Source, key: string, opts?: CiteOptions): string {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const news = source.kind === 'news';
  const fields: [string, string][] = [];
  if (names.length > 0) fields.push(['author', `{${names.map(bibtexName).join(' and ')}}`]);
  fields.push(['title', `{{${escapeBibTeX(source.title)}}}`]); // (A)
  fields.push([news ? 'journal' : 'howpublished', `{${escapeBibTeX(source.outlet)}}`]);
  if (date) fields.push(...dateFields(date));
  if (source.url !== undefined) fields.push(['url', `{${bibtexUrl(source.url)}}`]);
  if (accessed !== null) {
    fields.push([
      'urldate',
      `{${accessed.year}-${pad2(accessed.month ?? 1)}-${pad2(accessed.day ?? 1)}}`,
    ]);
  }
  const note = exportNote(source);
  if (note !== null) fields.push(['note', `{${escapeBibTeX(note)}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@${news ? 'article' : 'misc'}{${key},\n${body}\n}`;
}

/** A .bib file of the sources, in the order given, with unique keys. */
export function toBibTeX(sources: readonly Source[], opts?: CiteOptions): string {
  if (sources.length === 0) return '';
  const keys = citationKeys(sources);
  return `${sources.map((s, i) => bibtexEntry(s, keys[i] ?? '', opts)).join('\n\n')}\n`;
}
