/**
 * Full-text search over a loaded dataset: events, quotes, glossary terms, people and places.
 *
 * Matching. Text and query are folded the same way: lower case, diacritics removed (NFD, then
 * combining marks dropped), typographic quotes and dashes read as their ASCII forms. A query
 * is a list of terms, all of which must match (AND). A bare term matches at the start of a word
 * (a prefix: "ball" finds "Ballmer"); a "quoted phrase" matches whole words. Punctuation inside
 * a term is matched literally ("S+S" finds "S+S", not "S S"), except that a run of spaces and
 * hyphens matches any run of spaces and hyphens ("all in" finds "all-in"). The words "plus" and
 * "and" also find a free-standing "+" and "&", so "software plus services" finds
 * "Software + Services". Leading and trailing punctuation of a bare term is ignored
 * ("(azure)," searches for "azure"), except + # & @ $ %.
 *
 * Ranking. Each term scores by the best field it matches in: title (event title, quote speaker,
 * glossary term, person or place name) above alias (glossary aliases) above body; a whole-word
 * match above a prefix match; then shorter fields first. A result's score is the sum over its
 * terms. Equal scores keep index order: events (date order), quotes, glossary terms, people,
 * places (the last two alphabetical).
 *
 * Speed (searchIndex.ts, wordIndex.ts). Building reads every word of every text once into a word → documents index (texts
 * that many documents share, such as places, people and dates, are read once); a query narrows
 * the documents with the query's most selective word, then checks each candidate against the
 * whole query on folded text (folded the first time a query reaches the document). Snippets are
 * made for the returned results only. 100,000 events build in about a second.
 */
import { mergeRanges } from './ranges';
import {
  foldedTexts,
  placeDescription,
  tierOf,
  type Doc,
  type ResultKind,
  type SearchIndex,
  type Tier,
} from './searchIndex';
import { foldText, foldWithMap, toOriginal, WORD, WORD_CHAR } from './textFold';
import { postingRun, type WordNeed } from './wordIndex';

export interface SearchResult {
  readonly kind: ResultKind;
  /** The item's id; people and places get "person:Name" and "place:Name". */
  readonly id: string;
  /** Event title, quote speaker, glossary term, person or place name. */
  readonly title: string;
  /** Ranges of `title` that match the query, [start, end). */
  readonly titleMatches: [number, number][];
  /** A window of about 140 characters around the first match in the body, "…" at cut ends. */
  readonly snippet: string;
  /** Ranges of `snippet` that match the query, [start, end), sorted, not overlapping. */
  readonly matches: [number, number][];
  readonly score: number;
  /** For a quote, the event it belongs to. */
  readonly eventId?: string;
  /** For a person or a place, the events they appear in, in date order. */
  readonly eventIds?: readonly string[];
}

export interface SearchOptions {
  /** Most results to return; 50 unless given. */
  readonly limit?: number;
  /** Only these kinds. */
  readonly kinds?: readonly ResultKind[];
}

interface Term {
  /** Global, sticky-free regex over folded text; matches at valid starts only. */
  readonly regex: RegExp;
  /** Words a matching document must contain; empty when the term cannot narrow candidates. */
  readonly needs: readonly WordNeed[];
  readonly phrase: boolean;
}

const KEEP_EDGE = '+#&@$%';
const SYNONYMS: Readonly<Record<string, string>> = { plus: '+', and: '&' };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimEdges(term: string): string {
  const chars = Array.from(term);
  const keep = (c: string): boolean => WORD_CHAR.test(c) || KEEP_EDGE.includes(c);
  let a = 0;
  let b = chars.length;
  while (a < b && !keep(chars[a] ?? '')) a++;
  while (b > a && !keep(chars[b - 1] ?? '')) b--;
  return chars.slice(a, b).join('');
}

function makeTerm(folded: string, phrase: boolean): Term | null {
  const text = folded.replace(/[\s-]+/g, ' ').trim();
  if (text === '') return null;
  const body = text.split(' ').map(escapeRegex).join('[\\s-]+');
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  const start = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = phrase && WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  let source = `${start}${body}${end}`;
  const synonym = phrase ? undefined : SYNONYMS[text];
  if (synonym !== undefined) source = `(?:${source}|(?<!\\S)${escapeRegex(synonym)}(?!\\S))`;
  const words = text.match(WORD) ?? [];
  const needs: WordNeed[] =
    synonym !== undefined
      ? []
      : words.map((word, i) => ({ word, prefix: !phrase && i === words.length - 1 }));
  return { regex: new RegExp(source, 'gu'), needs, phrase };
}

function parseQuery(query: string): Term[] {
  const folded = foldText(query);
  const terms: Term[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
    const term = m[1] !== undefined ? makeTerm(m[1], true) : makeTerm(trimEdges(m[2] ?? ''), false);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** The documents worth checking: those with the query's most selective word, or all. */
function candidates(index: SearchIndex, terms: readonly Term[]): Iterable<number> {
  let best: [number, number, number] | null = null;
  for (const t of terms) {
    for (const need of t.needs) {
      const run = postingRun(index, need);
      if (best === null || run[1] - run[0] < best[1] - best[0]) best = run;
    }
  }
  if (best === null) return index.docs.keys();
  const [from, to, wordCount] = best;
  const run = index.postingDocs.subarray(from, to);
  if (wordCount <= 1) return run;
  const seen = new Uint8Array(index.docs.length);
  const out: number[] = [];
  for (const d of run) {
    if (seen[d] === 0) {
      seen[d] = 1;
      out.push(d);
    }
  }
  return out;
}

const TIER_SCORE: Readonly<Record<Tier, number>> = { title: 100, alias: 90, body: 40 };
const WHOLE_WORD = 20;
const SHORT_FIELD = 10;

function isWholeAt(text: string, end: number): boolean {
  return end >= text.length || !WORD_CHAR.test(text.charAt(end));
}

/** The term's best score in the document, or -1 when it does not match. */
function termScore(doc: Doc, term: Term): number {
  let best = -1;
  const folded = foldedTexts(doc);
  for (let i = 0; i < folded.length; i++) {
    const text = folded[i] ?? '';
    const re = term.regex;
    re.lastIndex = 0;
    let whole = false;
    let found = false;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found = true;
      if (term.phrase || isWholeAt(text, m.index + m[0].length)) {
        whole = true;
        break;
      }
    }
    if (!found) continue;
    const length = doc.texts[i]?.length ?? 0;
    const score =
      TIER_SCORE[tierOf(doc, i)] + (whole ? WHOLE_WORD : 0) + (SHORT_FIELD * 16) / (16 + length);
    if (score > best) best = score;
  }
  return best;
}

/** All ranges of `folded` matched by any term, in folded coordinates. */
function foldedRanges(folded: string, terms: readonly Term[]): [number, number][] {
  const out: [number, number][] = [];
  for (const t of terms) {
    const re = t.regex;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}

function originalRanges(text: string, terms: readonly Term[]): [number, number][] {
  const map = foldWithMap(text);
  return mergeRanges(foldedRanges(map.folded, terms).map(([s, e]) => toOriginal(map, s, e)));
}

export const SNIPPET_LENGTH = 140;
/** Characters of context kept before the first match when the text has to be cut. */
const SNIPPET_LEAD = 30;

const isSpace = (c: string): boolean => /\s/.test(c);

/** A window of `text` around `ranges[0]` (or from the start), cut at spaces, "…" at cuts. */
function snippetOf(
  raw: string,
  ranges: readonly [number, number][],
): { snippet: string; matches: [number, number][] } {
  // Line breaks and tabs read as spaces; one for one, so offsets are kept.
  const text = raw.replace(/\s/g, ' ');
  const first = ranges[0];
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_LENGTH) {
    start = first === undefined ? 0 : Math.max(0, first[0] - SNIPPET_LEAD);
    end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end === text.length) start = Math.max(0, end - SNIPPET_LENGTH);
    const firstStart = first?.[0] ?? text.length;
    const firstEnd = first?.[1] ?? 0;
    // Do not cut a word in two: move the cuts to the nearest space inside the window.
    if (start > 0 && !isSpace(text.charAt(start - 1))) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < firstStart) start = space + 1;
    }
    if (end < text.length && !isSpace(text.charAt(end))) {
      const space = text.lastIndexOf(' ', end);
      if (space > start && space >= firstEnd) end = space;
    }
  }
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = head.length - start;
  const matches: [number, number][] = [];
  for (const [s, e] of ranges) {
    const a = Math.max(s, start);
    const b = Math.min(e, end);
    if (b > a) matches.push([a + shift, b + shift]);
  }
  return { snippet: `${head}${text.slice(start, end)}${tail}`, matches };
}

function resultFor(
  index: SearchIndex,
  doc: Doc,
  terms: readonly Term[],
  score: number,
): SearchResult {
  const titleMatches = originalRanges(doc.title, terms);
  let snippet: { snippet: string; matches: [number, number][] } | null = null;
  for (let i = doc.aliasCount + 1; i < doc.texts.length; i++) {
    const text = doc.texts[i] ?? '';
    const ranges = originalRanges(text, terms);
    if (ranges.length > 0) {
      snippet = snippetOf(text, ranges);
      break;
    }
  }
  const fallback = doc.kind === 'place' ? placeDescription(index, doc) : doc.fallback;
  snippet ??= snippetOf(fallback, originalRanges(fallback, terms));
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    titleMatches,
    snippet: snippet.snippet,
    matches: snippet.matches,
    score: Math.round(score * 1000) / 1000,
    ...(doc.eventId === undefined ? {} : { eventId: doc.eventId }),
    ...(doc.eventIds === undefined ? {} : { eventIds: doc.eventIds }),
  };
}

/** Searches the index; results best first. An empty query finds nothing. */
export function search(index: SearchIndex, query: string, opts?: SearchOptions): SearchResult[] {
  const limit = opts?.limit ?? 50;
  const terms = parseQuery(query);
  if (terms.length === 0 || limit <= 0) return [];
  const kinds = opts?.kinds === undefined ? null : new Set(opts.kinds);
  const hits: { doc: number; score: number }[] = [];
  for (const d of candidates(index, terms)) {
    const doc = index.docs[d];
    if (doc === undefined || (kinds !== null && !kinds.has(doc.kind))) continue;
    let total = 0;
    for (const t of terms) {
      const s = termScore(doc, t);
      if (s < 0) {
        total = -1;
        break;
      }
      total += s;
    }
    if (total >= 0) hits.push({ doc: d, score: total });
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits.slice(0, limit).flatMap(({ doc, score }) => {
    const d = index.docs[doc];
    return d === undefined ? [] : [resultFor(index, d, terms, score)];
  });
}
