/**
 * Citations for the "Cite" feature: APA 7, MLA 9, Chicago 17 notes-bibliography (full note and
 * bibliography entry), BibTeX and RIS, for a single source and as whole-file exports.
 *
 * Every source in the dataset is an online item: a news article, a blog post, a transcript, a
 * press release, a document or some other web page. The formats follow the manuals' examples
 * for those kinds of item. The decisions that the manuals leave open, or that our data forces,
 * are listed here once and referred to by letter in the code:
 *
 * (A) Titles are never recased. APA wants sentence case and MLA and Chicago want title case,
 *     but titles cannot be recased reliably by machine (proper nouns, product names such as
 *     "Office 365", acronyms), so each title is printed exactly as the source gives it. For the
 *     same reason BibTeX titles get an extra pair of braces, so that BibTeX styles do not
 *     recase them either.
 * (B) Which title is italic. A periodical article or a blog post (kind news/blog) is part of a
 *     larger whole: its title is plain (APA) or in quotation marks (MLA, Chicago) and the
 *     outlet is italic. Other web content: APA italicises the title of the page or document
 *     and sets the site name plain (APA's "webpage on a website" pattern); MLA italicises the
 *     website as the container, except for a document, whose own title is italic and whose
 *     outlet is its publisher; Chicago quotes the title of a page and sets the site name in
 *     roman, and italicises the title of a free-standing document.
 * (C) No author. APA moves the title to the author position. MLA starts with the title.
 *     Chicago notes start with the title. Chicago bibliography entries start with the outlet:
 *     CMOS 17 puts the newspaper's name in the author position for an unsigned article
 *     ("New York Times. “Title.” July 30, 2002.") and lets the owner or sponsor of a website
 *     stand as author; the same rule is applied to every kind of source here.
 * (D) No date. APA writes "(n.d.)" and, when an access date is given, ends with
 *     "Retrieved Month Day, Year, from URL". MLA omits the date, and adds
 *     "Accessed Day Mon. Year." at the end whenever an access date is given. Chicago writes
 *     "n.d.", or, when an access date is given, "accessed Month Day, Year" in its place (CMOS
 *     17 asks for access dates only for web content without a publication date).
 * (E) Approximate and inferred dates (dateCertainty approximate/inferred). The manuals only
 *     describe "circa" for estimated dates: APA "(ca. 1850)", Chicago "ca.", and MLA lists
 *     "c." for circa among its abbreviations. Each style's abbreviation is put in front of the
 *     date at the precision we know: APA "(ca. 2008, July)", MLA "c. July 2008", Chicago
 *     "ca. July 2008". BibTeX and RIS keep the date as known and say "Date approximate." or
 *     "Date inferred." in the note.
 * (F) Partial dates show only what is known: APA "(2008)", "(2008, July)", "(2008, July 9)";
 *     MLA "2008", "July 2008", "9 July 2008", with MLA's month abbreviations ("Sept.", "Jan.";
 *     May, June and July are written out); Chicago "2008", "July 2008", "July 9, 2008".
 * (G) Authors. The dataset gives an author as one string ("Scott Bekker"). A personal name is
 *     inverted where the style inverts it: APA "Bekker, S." (initials: "M. J." for "Mary Jo",
 *     "J.-P." for "Jean-Paul"), MLA and the Chicago bibliography "Bekker, Scott"; Chicago notes
 *     keep the natural order. A one-word name ("samdizzy") and anything that looks like an
 *     organisation ("Microsoft News Center") are printed as written, never inverted.
 *     "A and B", "A & B", "A; B" and "A, B" are read as several people only when every part is
 *     a personal name of two or more words. Lower-case particles ("van", "de") stay with the
 *     family name. Suffixes: APA "King, M. L., Jr.", MLA "King, Martin Luther, Jr.", Chicago 17
 *     "Martin Luther King Jr." in notes (CMOS 17 drops the comma) and
 *     "King, Martin Luther, Jr." in the bibliography. Several authors: APA "A, & B" (up to 20),
 *     MLA "A, and B" or "A, et al.", Chicago notes up to three names, then "A et al.".
 * (H) An organisation that is both author and site: APA leaves out the site name and MLA
 *     leaves out the author (the entry starts with the title).
 * (I) Transcripts and press releases. APA adds "[Speech transcript]" / "[Press release]" after
 *     the title, MLA ends with the optional element "Transcript." / "Press release.", Chicago
 *     adds "transcript" / "press release" after the title; none of them when the title already
 *     says so.
 * (J) URLs come last. APA: no full stop after the URL. MLA: the URL without "http://" or
 *     "https://", then a full stop. Chicago: the URL, then a full stop.
 * (K) Chicago adds "(blog)" after a blog's name unless the name already says "blog".
 * (L) BibTeX: news is @article (journal = outlet); everything else is @misc
 *     (howpublished = outlet), because @online is a biblatex type that classic BibTeX styles
 *     do not know. Fields are the widely supported ones: author, title, journal/howpublished,
 *     year, month (a month macro, jan…dec), day (biblatex reads it, BibTeX ignores it), url,
 *     urldate, note. Text is escaped; URLs are left as they are (url fields are verbatim).
 *     Characters outside ASCII are kept as UTF-8.
 * (M) RIS: TY NEWS (news), BLOG (blog), ELEC (transcripts, press releases and documents, which
 *     are all web pages) and GEN (other); DA is "YYYY/MM/DD/" with empty parts for what is not
 *     known; Y2 is the access date; lines end with CR LF, as the RIS specification asks.
 */
import { monthName, parsePartialDate, type PartialDate } from '../domain/dates';
import type { Quote, Source, TimelineEvent } from '../domain/types';

export type CitationStyle = 'apa' | 'mla' | 'chicago-note' | 'chicago-bib' | 'bibtex' | 'ris';

export const CITATION_STYLES: readonly CitationStyle[] = [
  'apa',
  'mla',
  'chicago-note',
  'chicago-bib',
  'bibtex',
  'ris',
];

export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA (7th ed.)',
  mla: 'MLA (9th ed.)',
  'chicago-note': 'Chicago (17th ed.), note',
  'chicago-bib': 'Chicago (17th ed.), bibliography',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/** A run of citation text; `italic` is set (to true) only on runs to be set in italics. */
export interface CitationSegment {
  readonly text: string;
  readonly italic?: boolean;
}

export interface CiteOptions {
  /** The day the reader accessed the source, YYYY-MM-DD. */
  readonly accessed?: string;
}

// ---------------------------------------------------------------------------------------------
// Names

export type AuthorName =
  | {
      readonly kind: 'person';
      readonly given: string;
      readonly family: string;
      readonly suffix?: string;
    }
  | { readonly kind: 'corporate'; readonly name: string };

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI)$/;
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'das',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
]);
const ORGANISATION_WORD =
  /\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|LLP|PLC|GmbH|AG|Group|Team|Staff|Editors|Editorial|Desk|News|Newsroom|Press|Association|Institute|University|College|Foundation|Council|Department|Ministry|Agency|Committee|Board|Society|Center|Centre|Microsoft|Network|Services|Blog|Magazine|Times|Journal|Media)\b/;

function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /[\d@/&]/.test(name);
}

function words(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}

/** "Martin Luther King, Jr." → person; a single word → the name as written. */
function parsePersonName(raw: string): AuthorName {
  let rest = raw;
  let suffix: string | undefined;
  const m = /,?\s+(Jr\.?|Sr\.?|II|III|IV|V|VI)$/.exec(rest);
  if (m?.[1] !== undefined) {
    suffix = m[1];
    rest = rest.slice(0, m.index);
  }
  const ws = words(rest);
  if (ws.length < 2) return { kind: 'corporate', name: raw };
  let familyStart = ws.length - 1;
  while (familyStart > 1 && PARTICLES.has(ws[familyStart - 1] ?? '')) familyStart--;
  const given = ws.slice(0, familyStart).join(' ');
  const family = ws.slice(familyStart).join(' ');
  return suffix === undefined
    ? { kind: 'person', given, family }
    : { kind: 'person', given, family, suffix };
}

function isPersonalName(part: string): boolean {
  const ws = words(part.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV|V|VI)$/, ''));
  return ws.length >= 2 && !looksLikeOrganisation(part);
}

/** Reads the dataset's one-string author into names; see (G). */
export function parseAuthors(author: string): AuthorName[] {
  const s = author.trim().replace(/\s+/g, ' ');
  if (s === '') return [];
  const parts: string[] = [];
  for (const piece of s.split(/\s*;\s*|,?\s+(?:and|&)\s+|,\s*/)) {
    const last = parts.length - 1;
    if (SUFFIX.test(piece) && last >= 0) parts[last] = `${parts[last] ?? ''}, ${piece}`;
    else if (piece !== '') parts.push(piece);
  }
  if (parts.length > 1 && parts.every(isPersonalName)) return parts.map(parsePersonName);
  if (looksLikeOrganisation(s) || /\s(?:and|&)\s|;/.test(s))
    return [{ kind: 'corporate', name: s }];
  // Already inverted: "Bekker, Scott" or "King, Martin Luther, Jr.".
  const inverted = /^([^,]+), ([^,]+?)(?:, (Jr\.?|Sr\.?|II|III|IV|V|VI))?$/.exec(s);
  if (inverted?.[1] !== undefined && inverted[2] !== undefined && !SUFFIX.test(inverted[2])) {
    const family = inverted[1];
    const given = inverted[2];
    const suffix = inverted[3];
    return [
      suffix === undefined
        ? { kind: 'person', given, family }
        : { kind: 'person', given, family, suffix },
    ];
  }
  return [parsePersonName(s)];
}

function initials(given: string): string {
  return words(given)
    .map((w) => {
      if (/^(?:\p{Lu}\.)+$/u.test(w)) return (w.match(/\p{Lu}\./gu) ?? []).join(' ');
      return w
        .split('-')
        .filter((p) => p !== '')
        .map((p) => `${(Array.from(p)[0] ?? '').toUpperCase()}.`)
        .join('-');
    })
    .join(' ');
}

/** "Bekker, Scott" (with ", Jr." after the given name when there is a suffix). */
function invertedName(n: AuthorName): string {
  if (n.kind === 'corporate') return n.name;
  return `${n.family}, ${n.given}${n.suffix === undefined ? '' : `, ${n.suffix}`}`;
}

/** "Scott Bekker"; MLA keeps the comma before a suffix, Chicago 17 drops it. */
function naturalName(n: AuthorName, commaBeforeSuffix: boolean): string {
  if (n.kind === 'corporate') return n.name;
  const suffix = n.suffix === undefined ? '' : `${commaBeforeSuffix ? ',' : ''} ${n.suffix}`;
  return `${n.given} ${n.family}${suffix}`;
}

function apaName(n: AuthorName): string {
  if (n.kind === 'corporate') return n.name;
  return `${n.family}, ${initials(n.given)}${n.suffix === undefined ? '' : `, ${n.suffix}`}`;
}

/** APA: "A, & B"; up to 20 names, then the first 19, ". . .", and the last. */
function apaAuthors(names: readonly AuthorName[]): string {
  const list = names.map(apaName);
  if (list.length === 1) return list[0] ?? '';
  if (list.length > 20) return `${list.slice(0, 19).join(', ')}, . . . ${list.at(-1) ?? ''}`;
  return `${list.slice(0, -1).join(', ')}, & ${list.at(-1) ?? ''}`;
}

/** MLA: one, two ("A, and B"), or three and more ("A, et al."). */
function mlaAuthors(names: readonly AuthorName[]): string {
  const [first, second] = names;
  if (first === undefined) return '';
  if (second === undefined) return invertedName(first);
  if (names.length === 2) return `${invertedName(first)}, and ${naturalName(second, true)}`;
  return `${invertedName(first)}, et al.`;
}

/** Chicago notes: up to three names in full, four or more as "A et al.". */
function chicagoNoteAuthors(names: readonly AuthorName[]): string {
  const list = names.map((n) => naturalName(n, false));
  if (list.length <= 1) return list[0] ?? '';
  if (list.length === 2) return `${list[0] ?? ''} and ${list[1] ?? ''}`;
  if (list.length === 3) return `${list[0] ?? ''}, ${list[1] ?? ''}, and ${list[2] ?? ''}`;
  return `${list[0] ?? ''} et al.`;
}

/** Chicago bibliography: first name inverted; up to ten names, more as the first seven "et al.". */
function chicagoBibAuthors(names: readonly AuthorName[]): string {
  const [first] = names;
  if (first === undefined) return '';
  if (names.length === 1) return invertedName(first);
  if (names.length > 10) {
    const seven = [invertedName(first), ...names.slice(1, 7).map((n) => naturalName(n, false))];
    return `${seven.join(', ')}, et al.`;
  }
  const rest = names.slice(1).map((n) => naturalName(n, false));
  const leading = [invertedName(first), ...rest.slice(0, -1)].join(', ');
  return `${leading}, and ${rest.at(-1) ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

function sourceDate(source: Source): PartialDate | null {
  if (source.date === undefined) return null;
  try {
    return parsePartialDate(source.date);
  } catch {
    return null;
  }
}

function isUncertain(source: Source): boolean {
  return source.dateCertainty === 'approximate' || source.dateCertainty === 'inferred';
}

function accessedDate(opts: CiteOptions | undefined): PartialDate | null {
  if (opts?.accessed === undefined) return null;
  const d = parsePartialDate(opts.accessed);
  if (d.precision !== 'day') {
    throw new RangeError(`the access date "${opts.accessed}" must be a day, YYYY-MM-DD`);
  }
  return d;
}

/** "2008", "2008, July", "2008, July 9". */
function apaDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  const m = monthName(d.month);
  return d.day === undefined ? `${d.year}, ${m}` : `${d.year}, ${m} ${d.day}`;
}

/** "2008", "July 2008", "9 July 2008", "1 Sept. 2005". */
function mlaDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  const m = MLA_MONTHS[d.month - 1] ?? monthName(d.month);
  return d.day === undefined ? `${m} ${d.year}` : `${d.day} ${m} ${d.year}`;
}

/** "2008", "July 2008", "July 9, 2008" (Chicago, and APA's retrieval date). */
function usDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  const m = monthName(d.month);
  return d.day === undefined ? `${m} ${d.year}` : `${m} ${d.day}, ${d.year}`;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

class Parts {
  private readonly segments: { text: string; italic: boolean }[] = [];

  add(text: string, italic = false): this {
    if (text === '') return this;
    const last = this.segments.at(-1);
    if (last?.italic === italic) last.text += text;
    else this.segments.push({ text, italic });
    return this;
  }

  /** Adds "." unless the text so far already ends a sentence. */
  stop(): this {
    return endsSentence(this.text()) ? this : this.add('.');
  }

  text(): string {
    return this.segments.map((s) => s.text).join('');
  }

  toArray(): CitationSegment[] {
    return this.segments.map((s) => (s.italic ? { text: s.text, italic: true } : { text: s.text }));
  }
}

function endsSentence(text: string): boolean {
  return /[.?!]$/.test(text);
}

function endsQuestion(text: string): boolean {
  return /[?!]$/.test(text);
}

/** A title set inside double quotation marks: its own double quotes become single ones. */
function innerQuotes(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’');
}

/** “Title.” / “Title,” / “Title?” — punctuation inside the marks, none after ? or !. */
function quotedTitle(title: string, punctuation: '.' | ','): string {
  const inner = innerQuotes(title);
  if (endsQuestion(inner) || (punctuation === '.' && endsSentence(inner))) return `“${inner}”`;
  return `“${inner}${punctuation}”`;
}

function isPeriodical(source: Source): boolean {
  return source.kind === 'news' || source.kind === 'blog';
}

function descriptor(source: Source): 'press release' | 'transcript' | null {
  if (source.kind === 'press-release' && !/press release/i.test(source.title)) {
    return 'press release';
  }
  if (source.kind === 'transcript' && !/transcript/i.test(source.title)) return 'transcript';
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The single organisation that wrote the source, if that is what the author is. */
function corporateAuthor(names: readonly AuthorName[]): string | null {
  const [only] = names;
  return names.length === 1 && only?.kind === 'corporate' ? only.name : null;
}

function authorsOf(source: Source): AuthorName[] {
  return source.author === undefined ? [] : parseAuthors(source.author);
}

// ---------------------------------------------------------------------------------------------
// APA 7

function apaParts(source: Source, opts?: CiteOptions): Parts {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const dateText = date ? `${isUncertain(source) ? 'ca. ' : ''}${apaDate(date)}` : 'n.d.';
  const desc = descriptor(source);
  const titleItalic = !isPeriodical(source); // (B)

  const title = new Parts().add(source.title, titleItalic);
  if (desc !== null) title.add(desc === 'transcript' ? ' [Speech transcript]' : ' [Press release]');

  const out = new Parts();
  if (names.length > 0) {
    out.add(apaAuthors(names)).stop().add(` (${dateText}). `);
    for (const s of title.toArray()) out.add(s.text, s.italic === true);
    out.stop();
  } else {
    // (C) The title moves to the author position.
    for (const s of title.toArray()) out.add(s.text, s.italic === true);
    out.stop().add(` (${dateText}).`);
  }
  // (H) An organisation that is its own site is not named twice.
  const org = corporateAuthor(names);
  const omitSite = !isPeriodical(source) && org !== null && sameName(org, source.outlet);
  if (!omitSite) out.add(' ').add(source.outlet, isPeriodical(source)).stop();
  if (source.url !== undefined) {
    if (date === null && accessed !== null) {
      out.add(` Retrieved ${usDate(accessed)}, from ${source.url}`); // (D)
    } else {
      out.add(` ${source.url}`); // (J) no full stop after a URL
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// MLA 9

function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}

function mlaParts(source: Source, opts?: CiteOptions): Parts {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const out = new Parts();
  const org = corporateAuthor(names);
  if (names.length > 0 && !(org !== null && sameName(org, source.outlet))) {
    out.add(mlaAuthors(names)).stop().add(' ');
  }
  if (source.kind === 'document') out.add(source.title, true).stop();
  else out.add(quotedTitle(source.title, '.'));
  out.add(' ').add(source.outlet, source.kind !== 'document');
  if (date) out.add(`, ${isUncertain(source) ? 'c. ' : ''}${mlaDate(date)}`);
  if (source.url !== undefined) out.add(`, ${mlaUrl(source.url)}`);
  out.stop();
  const desc = descriptor(source);
  if (desc !== null) out.add(desc === 'transcript' ? ' Transcript.' : ' Press release.');
  if (accessed !== null) out.add(` Accessed ${mlaDate(accessed)}.`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chicago 17, notes and bibliography

type Piece = readonly CitationSegment[];

function outletPiece(source: Source): Piece {
  const piece: CitationSegment[] = [{ text: source.outlet, italic: isPeriodical(source) }];
  if (source.kind === 'blog' && !/\bblog\b/i.test(source.outlet)) piece.push({ text: ' (blog)' }); // (K)
  return piece;
}

function addPieces(out: Parts, pieces: readonly Piece[]): void {
  pieces.forEach((piece, i) => {
    if (i > 0) out.add(', ');
    for (const seg of piece) out.add(seg.text, seg.italic === true);
  });
}

/** The title as Chicago sets it: in quotation marks, or italic for a document. */
function addChicagoTitle(out: Parts, source: Source, punctuation: '.' | ','): void {
  if (source.kind !== 'document') {
    out.add(quotedTitle(source.title, punctuation));
    return;
  }
  out.add(source.title, true);
  if (punctuation === '.') out.stop();
  else if (!endsQuestion(source.title)) out.add(',');
}

function chicagoNoteParts(source: Source, opts?: CiteOptions): Parts {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const org = corporateAuthor(names);
  const desc = descriptor(source);
  const out = new Parts();
  if (names.length > 0) out.add(`${chicagoNoteAuthors(names)}, `);
  addChicagoTitle(out, source, ',');
  out.add(' ');
  const pieces: Piece[] = [];
  if (desc !== null) pieces.push([{ text: desc }]);
  // (H) as in CMOS's press-release examples, an organisation is not named twice.
  if (!(org !== null && sameName(org, source.outlet))) pieces.push(outletPiece(source));
  if (date) pieces.push([{ text: `${isUncertain(source) ? 'ca. ' : ''}${usDate(date)}` }]);
  else if (accessed !== null) pieces.push([{ text: `accessed ${usDate(accessed)}` }]);
  else pieces.push([{ text: 'n.d.' }]);
  if (source.url !== undefined) pieces.push([{ text: source.url }]);
  addPieces(out, pieces);
  return out.stop();
}

function chicagoBibParts(source: Source, opts?: CiteOptions): Parts {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const org = corporateAuthor(names);
  const desc = descriptor(source);
  const out = new Parts();
  if (names.length > 0) {
    out.add(chicagoBibAuthors(names)).stop().add(' ');
  } else {
    // (C) The outlet stands in the author position.
    out.add(source.outlet, isPeriodical(source)).stop().add(' ');
  }
  addChicagoTitle(out, source, '.');
  const pieces: Piece[] = [];
  if (desc !== null) pieces.push([{ text: capitalise(desc) }]);
  if (names.length > 0 && !(org !== null && sameName(org, source.outlet))) {
    pieces.push(outletPiece(source));
  }
  if (date) pieces.push([{ text: `${isUncertain(source) ? 'ca. ' : ''}${usDate(date)}` }]);
  else if (accessed === null) pieces.push([{ text: 'n.d.' }]);
  if (pieces.length > 0) {
    out.add(' ');
    addPieces(out, pieces);
    out.stop();
  }
  if (!date && accessed !== null) out.add(` Accessed ${usDate(accessed)}.`);
  if (source.url !== undefined) out.add(` ${source.url}`).stop();
  return out;
}

// ---------------------------------------------------------------------------------------------
// BibTeX

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
  return `${keyWord(who) || 'anon'}${date ? String(Math.abs(date.year)) : 'nd'}${titleWord}`;
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
function exportNote(source: Source): string | null {
  const notes: string[] = [];
  const desc = descriptor(source);
  if (desc !== null) notes.push(capitalise(desc));
  if (source.date !== undefined && isUncertain(source)) {
    notes.push(`Date ${source.dateCertainty ?? ''}`);
  }
  return notes.length === 0 ? null : `${notes.join('. ')}.`;
}

function bibtexEntry(source: Source, key: string, opts?: CiteOptions): string {
  const names = authorsOf(source);
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const news = source.kind === 'news';
  const fields: [string, string][] = [];
  if (names.length > 0) fields.push(['author', `{${names.map(bibtexName).join(' and ')}}`]);
  fields.push(['title', `{{${escapeBibTeX(source.title)}}}`]); // (A)
  fields.push([news ? 'journal' : 'howpublished', `{${escapeBibTeX(source.outlet)}}`]);
  if (date) {
    fields.push(['year', `{${date.year}}`]);
    if (date.month !== undefined) fields.push(['month', BIBTEX_MONTHS[date.month - 1] ?? '']);
    if (date.day !== undefined) fields.push(['day', `{${date.day}}`]);
  }
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

// ---------------------------------------------------------------------------------------------
// RIS

const RIS_TYPES: Readonly<Record<Source['kind'], string>> = {
  news: 'NEWS',
  blog: 'BLOG',
  transcript: 'ELEC',
  'press-release': 'ELEC',
  document: 'ELEC',
  other: 'GEN',
};

const CRLF = '\r\n';

function risValue(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function risDate(d: PartialDate): string {
  const month = d.month === undefined ? '' : pad2(d.month);
  const day = d.day === undefined ? '' : pad2(d.day);
  return `${d.year}/${month}/${day}/`;
}

function risRecord(source: Source, key: string, opts?: CiteOptions): string {
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const lines: [string, string][] = [
    ['TY', RIS_TYPES[source.kind]],
    ['ID', key],
  ];
  for (const n of authorsOf(source)) lines.push(['AU', invertedName(n)]);
  lines.push(['TI', source.title], ['T2', source.outlet]);
  if (date) lines.push(['PY', String(date.year)], ['DA', risDate(date)]);
  if (source.url !== undefined) lines.push(['UR', source.url]);
  if (accessed !== null) lines.push(['Y2', risDate(accessed)]);
  const note = exportNote(source);
  if (note !== null) lines.push(['N1', note]);
  return [...lines.map(([tag, v]) => `${tag}  - ${risValue(v)}`), 'ER  - '].join(CRLF);
}

/** A .ris file of the sources, in the order given (IDs are the BibTeX keys). */
export function toRIS(sources: readonly Source[], opts?: CiteOptions): string {
  if (sources.length === 0) return '';
  const keys = citationKeys(sources);
  return `${sources.map((s, i) => risRecord(s, keys[i] ?? '', opts)).join(CRLF + CRLF)}${CRLF}`;
}

// ---------------------------------------------------------------------------------------------
// Public entry points

function partsFor(source: Source, style: CitationStyle, opts?: CiteOptions): CitationSegment[] {
  switch (style) {
    case 'apa':
      return apaParts(source, opts).toArray();
    case 'mla':
      return mlaParts(source, opts).toArray();
    case 'chicago-note':
      return chicagoNoteParts(source, opts).toArray();
    case 'chicago-bib':
      return chicagoBibParts(source, opts).toArray();
    case 'bibtex':
      return [{ text: bibtexEntry(source, citationKeys([source])[0] ?? '', opts) }];
    case 'ris':
      return [{ text: `${risRecord(source, citationKeys([source])[0] ?? '', opts)}${CRLF}` }];
  }
}

/** The citation as runs of text, italic where the style sets italics (plain for BibTeX/RIS). */
export function citeSourceParts(
  source: Source,
  style: CitationStyle,
  opts?: CiteOptions,
): CitationSegment[] {
  return partsFor(source, style, opts);
}

/** The citation as plain text (italics are not marked). */
export function citeSource(source: Source, style: CitationStyle, opts?: CiteOptions): string {
  return partsFor(source, style, opts)
    .map((s) => s.text)
    .join('');
}

/**
 * The reference entry for a quote: the entry of the source it was copied from. Throws when the
 * source given is not the quote's source, so a quote can never be cited to the wrong place.
 */
export function citeQuote(
  quote: Quote,
  source: Source,
  style: CitationStyle,
  opts?: CiteOptions,
): string {
  if (quote.sourceId !== source.id) {
    throw new RangeError(`quote "${quote.id}" comes from "${quote.sourceId}", not "${source.id}"`);
  }
  return citeSource(source, style, opts);
}

function isSourceList(x: ReadonlyMap<string, Source> | readonly Source[]): x is readonly Source[] {
  return Array.isArray(x);
}

/** The event's sources, in the event's order; ids that are not found are skipped. */
export function eventSources(
  event: Pick<TimelineEvent, 'sources'>,
  sources: ReadonlyMap<string, Source> | readonly Source[],
): Source[] {
  const byId: ReadonlyMap<string, Source> = isSourceList(sources)
    ? new Map(sources.map((s) => [s.id, s]))
    : sources;
  return event.sources.flatMap((id) => {
    const s = byId.get(id);
    return s === undefined ? [] : [s];
  });
}

/**
 * One reference entry per source of the event, in the event's order. BibTeX keys and RIS IDs
 * are unique across the event's entries.
 */
export function citeEvent(
  event: Pick<TimelineEvent, 'sources'>,
  sources: ReadonlyMap<string, Source> | readonly Source[],
  style: CitationStyle,
  opts?: CiteOptions,
): string[] {
  const list = eventSources(event, sources);
  if (style === 'bibtex' || style === 'ris') {
    const keys = citationKeys(list);
    return list.map((s, i) =>
      style === 'bibtex'
        ? bibtexEntry(s, keys[i] ?? '', opts)
        : `${risRecord(s, keys[i] ?? '', opts)}${CRLF}`,
    );
  }
  return list.map((s) => citeSource(s, style, opts));
}
