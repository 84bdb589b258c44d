/**
 * The citation model: every source becomes a CSL-JSON item (the format Zotero, Mendeley and
 * Pandoc share), which the CSL styles format and which is offered as a download.
 *
 * - Kinds: news → article-newspaper, blog → post-weblog, document → document (the outlet is
 *   its publisher), transcript, press release and other → webpage (the outlet is the site).
 *   Transcripts and press releases say so in `genre` ("transcript", "press release") unless
 *   the title already says it.
 * - An organisation that is both the author and the site is not named twice: the site is left
 *   out (APA's rule for a web page whose author is the site).
 * - Approximate and inferred dates carry CSL's `circa`, which each style prints its own way.
 * - Years before the Common Era: CSL counts years historically, with no year 0 (CSL 1.0.2
 *   specification, "AD and BC": the "bc" term is appended to negative years, "-2500" becomes
 *   "2500BC"), while the dataset counts astronomically (0000 is 1 BCE). So 500 BCE, the
 *   dataset's -0499, is written -500 in `date-parts`, and 1 BCE (0000) is -1, never 0 (the
 *   mapping pandoc-citeproc adopted for EDTF, jgm/pandoc-citeproc#240). Each style then prints
 *   its own form: "500 BC" (MLA, Chicago, Harvard, IEEE), "500 B.C.E." (APA).
 * - A year before 10,000 BCE is a figure the source gives, not a known calendar year: the
 *   download keeps it exactly in `date-parts`, and the prose styles get it as the app reads it
 *   ("13.8 billion years ago") through CSL's `literal` (proseItem).
 * - Titles are passed as the source gives them; styles that want title case (MLA, Chicago)
 *   apply it themselves to English titles. Web addresses in titles and site names are
 *   protected from recasing (protectCase).
 */
import type { Source } from '../../domain/types';
import { DEEP_YEAR, formatAnyYear } from '../formatDate';
import { toHistoricalYear } from '../deepTime';
import { citationKeys } from './bibtex';
import { accessedDate, authorsOf, descriptor, isUncertain, sourceDate } from './common';
import type { CiteOptions } from './common';
import type { AuthorName } from './names';

export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly suffix?: string;
  readonly literal?: string;
}

export interface CslDate {
  readonly 'date-parts'?: readonly (readonly number[])[];
  /** A date as words, printed as it is (CSL-JSON's `literal`). */
  readonly literal?: string;
  readonly circa?: boolean;
}

/** The CSL-JSON fields this app writes. */
export interface CslItem {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly author?: readonly CslName[];
  readonly issued?: CslDate;
  readonly accessed?: CslDate;
  readonly URL?: string;
  readonly genre?: string;
  readonly version?: string;
  readonly language?: string;
}

const CSL_TYPES: Readonly<Record<Source['kind'], string>> = {
  news: 'article-newspaper',
  blog: 'post-weblog',
  document: 'document',
  transcript: 'webpage',
  'press-release': 'webpage',
  other: 'webpage',
};

function cslName(n: AuthorName): CslName {
  if (n.kind === 'corporate') return { literal: n.name };
  return n.suffix === undefined
    ? { family: n.family, given: n.given }
    : { family: n.family, given: n.given, suffix: n.suffix };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** CSL's date-parts: the year counted historically (500 BCE is -500; no year 0). */
function dateParts(d: { year: number; month?: number; day?: number }): number[] {
  const year = toHistoricalYear(d.year);
  if (d.month === undefined) return [year];
  return d.day === undefined ? [year, d.month] : [year, d.month, d.day];
}

/**
 * The item as the prose styles get it: a deep year as the app reads it, in English like the
 * rest of the citation ("13.8 billion years ago"), since citeproc would print "13800000001 BC".
 */
export function proseItem(item: CslItem): CslItem {
  const parts = item.issued?.['date-parts']?.[0];
  // date-parts hold the historical year (-500 is 500 BCE); the app counts astronomically.
  const year = parts?.[0] === undefined ? undefined : parts[0] < 0 ? parts[0] + 1 : parts[0];
  if (item.issued === undefined || year === undefined || year >= DEEP_YEAR) return item;
  const literal = formatAnyYear(year, 'en');
  const issued: CslDate = item.issued.circa === true ? { literal, circa: true } : { literal };
  return { ...item, issued };
}

/** A web address inside a title or a site's name: "blogs.msmvps.com/bradley", "CIO.com". */
const DOMAIN = /[\p{L}\d-]*\p{L}[\p{L}\d-]*(?:\.[\p{L}\d-]+)+(?:\/[^\s)]*)?/gu;

/**
 * Marks web addresses with CSL's `<span class="nocase">`, so that styles which title-case
 * (MLA, Chicago, IEEE) do not print "Blogs.Msmvps.Com/Bradley". citeproc reads "&", "<" and
 * ">" outside its own few tags as text, so nothing else needs escaping.
 */
export function protectCase(text: string): string {
  return text.replace(DOMAIN, (m) => `<span class="nocase">${m}</span>`);
}

/** The source as a CSL-JSON item with the given id (a citation key). */
export function toCslItem(source: Source, id: string, opts?: CiteOptions): CslItem {
  const names = authorsOf(source);
  const [only] = names;
  const orgIsSite =
    names.length === 1 && only?.kind === 'corporate' && sameName(only.name, source.outlet);
  const periodical = source.kind === 'news' || source.kind === 'blog';
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const desc = descriptor(source);
  const item: Record<string, unknown> = {
    id,
    type: CSL_TYPES[source.kind],
    title: protectCase(source.title),
  };
  if (names.length > 0) item.author = names.map(cslName);
  if (source.kind === 'document') item.publisher = protectCase(source.outlet);
  else if (periodical || !orgIsSite) item['container-title'] = protectCase(source.outlet);
  if (date) {
    item.issued = isUncertain(source)
      ? { 'date-parts': [dateParts(date)], circa: true }
      : { 'date-parts': [dateParts(date)] };
  }
  if (accessed) item.accessed = { 'date-parts': [dateParts(accessed)] };
  if (source.url !== undefined) item.URL = source.url;
  if (desc !== null) item.genre = desc;
  return item as unknown as CslItem;
}

/** The sources as CSL-JSON items, in the order given, with unique ids (the BibTeX keys). */
export function toCslItems(sources: readonly Source[], opts?: CiteOptions): CslItem[] {
  const keys = citationKeys(sources);
  return sources.map((s, i) => toCslItem(s, keys[i] ?? s.id, opts));
}

/** A CSL-JSON file of the sources (what Zotero, Mendeley and Pandoc import). */
export function toCslJson(sources: readonly Source[], opts?: CiteOptions): string {
  if (sources.length === 0) return '';
  return `${JSON.stringify(toCslItems(sources, opts), null, 2)}\n`;
}
