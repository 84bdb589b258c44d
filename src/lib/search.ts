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
 * Speed. Building reads every word of every text once into a word → documents index (texts
 * that many documents share, such as places, people and dates, are read once); a query narrows
 * the documents with the query's most selective word, then checks each candidate against the
 * whole query on folded text (folded the first time a query reaches the document). Snippets are
 * made for the returned results only. 100,000 events build in about a second.
 */
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent } from '../domain/types';
import { formatEventDate } from './formatDate';

export type ResultKind = 'event' | 'quote' | 'person' | 'place' | 'glossary';

/** The order of kinds among results with equal scores. */
export const RESULT_KIND_ORDER: readonly ResultKind[] = [
  'event',
  'quote',
  'glossary',
  'person',
  'place',
];

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

type Tier = 'title' | 'alias' | 'body';

interface Doc {
  readonly kind: ResultKind;
  readonly id: string;
  readonly title: string;
  /** The searchable texts: texts[0] is the title, then `aliasCount` aliases, then the body. */
  readonly texts: readonly string[];
  readonly aliasCount: number;
  /**
   * texts[sharedFrom] and after are the kind that many documents share (people, places,
   * dates, roles): the index reads each distinct one once.
   */
  readonly sharedFrom: number;
  /** Shown when no body text matches: the start of the main text, or a short description. */
  readonly fallback: string;
  readonly eventId?: string;
  readonly eventIds?: readonly string[];
  /** The texts folded; made the first time a query looks at this document. */
  folded?: readonly string[];
}

function tierOf(doc: Doc, i: number): Tier {
  return i === 0 ? 'title' : i <= doc.aliasCount ? 'alias' : 'body';
}

function foldedTexts(doc: Doc): readonly string[] {
  doc.folded ??= doc.texts.map(foldText);
  return doc.folded;
}

/** Built once per dataset by buildSearchIndex; treat as opaque. */
export interface SearchIndex {
  readonly docs: readonly Doc[];
  /** Every distinct word, sorted (UTF-16 order); a word's number is its position here. */
  readonly words: readonly string[];
  /** Finds a word's number as first met; wordRank turns that into its place in `words`. */
  readonly wordTable: WordTable;
  readonly wordRank: Int32Array;
  /**
   * The documents containing word w are postingDocs[postingStart[w]] up to (not including)
   * postingDocs[postingStart[w + 1]], ascending; the words sharing a prefix are neighbours,
   * so their documents are one run of postingDocs too.
   */
  readonly postingStart: Int32Array;
  readonly postingDocs: Int32Array;
  readonly eventsById: ReadonlyMap<string, DatedEvent>;
}

// ---------------------------------------------------------------------------------------------
// Folding

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
interface FoldMap {
  readonly folded: string;
  /** starts[k]: index in the original of the character that gave folded character k. */
  readonly starts: readonly number[] | null;
  /** ends[k]: index just after it (and after any combining marks that followed it). */
  readonly ends: readonly number[] | null;
}

function foldWithMap(text: string): FoldMap {
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

function toOriginal(map: FoldMap, start: number, end: number): [number, number] {
  if (map.starts === null || map.ends === null) return [start, end];
  return [map.starts[start] ?? 0, map.ends[end - 1] ?? 0];
}

// ---------------------------------------------------------------------------------------------
// Building

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function pushText(texts: string[], text: string | undefined): void {
  if (text !== undefined && text.trim() !== '') texts.push(text);
}

function distinctSorted(names: Iterable<string>): string[] {
  const keyed = [...new Set(names)].map((n) => [foldText(n), n] as const);
  keyed.sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
  );
  return keyed.map(([, n]) => n);
}

/** Appends id to the key's list unless it is already the last one (ids arrive in order). */
function pushId(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

function eventDocs(events: readonly DatedEvent[]): Doc[] {
  const dateLabels = new Map<string, string>();
  return events.map((e): Doc => {
    let date = e.displayDate;
    if (date === undefined) {
      const key =
        e.end === undefined && e.dateCertainty === undefined
          ? e.start
          : `${e.start}|${e.end ?? ''}|${e.dateCertainty ?? ''}`;
      date = dateLabels.get(key);
      if (date === undefined) {
        date = formatEventDate(e);
        dateLabels.set(key, date);
      }
    }
    const texts = [e.title];
    pushText(texts, e.summary);
    const sharedFrom = texts.length;
    pushText(texts, e.people?.join(', '));
    pushText(texts, e.location);
    pushText(texts, e.conference);
    pushText(texts, date);
    return {
      kind: 'event',
      id: e.id,
      title: e.title,
      texts,
      aliasCount: 0,
      sharedFrom,
      fallback: texts[1] ?? '',
    };
  });
}

/** A growable list of 32-bit integers. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * Numbers distinct words as they are met: an open-addressing hash table over slices of the
 * texts, so a word seen before costs no new string. Words are stored folded; the text may
 * still have upper-case ASCII letters, which compare as lower case.
 */
class WordTable {
  readonly words: string[] = [];
  private readonly hashes = new IntList();
  private slots = new Int32Array(1 << 16).fill(-1);

  idOf(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    let mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id === -1) {
        const fresh = this.words.length;
        this.words.push(text.slice(start, end).toLowerCase());
        this.hashes.push(hash);
        this.slots[slot] = fresh;
        if (this.words.length * 2 > this.slots.length) {
          this.grow();
          mask = this.slots.length - 1;
        }
        return fresh;
      }
      if (this.hashes.data[id] === hash && sameWord(this.words[id] ?? '', text, start, len)) {
        return id;
      }
    }
  }

  /** The word's number, or -1 when it was never met. */
  find(word: string): number {
    const hash = hashOf(word);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id === -1) return -1;
      if (this.hashes.data[id] === hash && this.words[id] === word) return id;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes.data[id] ?? 0) & mask;
      while ((slots[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function sameWord(word: string, text: string, start: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let k = 0; k < len; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Appends the numbers of the words of `text`, in order, to `out`. ASCII text is read and
 * hashed (lower-cased) in one pass; text with other characters is folded first.
 */
function scanWords(text: string, table: WordTable, out: IntList): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) {
      if (c >= 128) {
        scanFolded(text, table, out);
        return;
      }
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    }
    if (i < n && c >= 128) {
      // A word running into a character beyond ASCII: start again, folded. Words already
      // listed are listed again; the caller counts each word once per document anyway.
      scanFolded(text, table, out);
      return;
    }
    out.push(table.idOf(text, start, i, h));
  }
}

function scanFolded(text: string, table: WordTable, out: IntList): void {
  const folded = foldText(text);
  for (const m of folded.matchAll(WORD)) {
    out.push(table.idOf(folded, m.index, m.index + m[0].length, hashOf(m[0])));
  }
}

/** Every word of every text: word → documents, as described on SearchIndex. */
function indexWords(
  docs: readonly Doc[],
): Pick<SearchIndex, 'words' | 'wordTable' | 'wordRank' | 'postingStart' | 'postingDocs'> {
  const table = new WordTable();
  let lastDoc = new Int32Array(1 << 12).fill(-1);
  const occWord = new IntList();
  const occDoc = new IntList();
  const scratch = new IntList();
  const shared = new Map<string, Int32Array>();
  const add = (id: number, d: number): void => {
    if (id >= lastDoc.length) {
      const grown = new Int32Array(lastDoc.length * 2).fill(-1);
      grown.set(lastDoc);
      lastDoc = grown;
    }
    if (lastDoc[id] !== d) {
      lastDoc[id] = d;
      occWord.push(id);
      occDoc.push(d);
    }
  };
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    if (doc === undefined) continue;
    for (let t = 0; t < doc.texts.length; t++) {
      const text = doc.texts[t] ?? '';
      if (t >= doc.sharedFrom) {
        let ids = shared.get(text);
        if (ids === undefined) {
          scratch.length = 0;
          scanWords(text, table, scratch);
          ids = scratch.data.slice(0, scratch.length);
          shared.set(text, ids);
        }
        for (const id of ids) add(id, d);
      } else {
        scratch.length = 0;
        scanWords(text, table, scratch);
        for (let k = 0; k < scratch.length; k++) add(scratch.data[k] ?? 0, d);
      }
    }
  }
  // Number the words in sorted order, then lay the postings out word after word.
  const words = [...table.words].sort();
  const wordRank = new Int32Array(words.length);
  words.forEach((w, pos) => (wordRank[table.find(w)] = pos));
  const postingStart = new Int32Array(words.length + 1);
  for (let k = 0; k < occWord.length; k++) {
    const r = (wordRank[occWord.data[k] ?? 0] ?? 0) + 1;
    postingStart[r] = (postingStart[r] ?? 0) + 1;
  }
  for (let w = 0; w < words.length; w++) {
    postingStart[w + 1] = (postingStart[w + 1] ?? 0) + (postingStart[w] ?? 0);
  }
  const cursor = postingStart.slice(0, words.length);
  const postingDocs = new Int32Array(occWord.length);
  for (let k = 0; k < occWord.length; k++) {
    const r = wordRank[occWord.data[k] ?? 0] ?? 0;
    const at = cursor[r] ?? 0;
    postingDocs[at] = occDoc.data[k] ?? 0;
    cursor[r] = at + 1;
  }
  return { words, wordTable: table, wordRank, postingStart, postingDocs };
}

/** Builds the search index of a dataset; do it once per dataset. */
export function buildSearchIndex(data: LoadedDataset): SearchIndex {
  const docs: Doc[] = eventDocs(data.events);

  for (const q of data.dataset.quotes) {
    const texts = [q.speaker];
    pushText(texts, q.text);
    pushText(texts, q.speakerRole);
    pushText(texts, q.setting);
    docs.push({
      kind: 'quote',
      id: q.id,
      title: q.speaker,
      texts,
      aliasCount: 0,
      sharedFrom: 2,
      fallback: q.text,
      eventId: q.eventId,
    });
  }

  for (const g of data.dataset.glossary ?? []) {
    const texts = [g.term];
    for (const alias of g.aliases ?? []) pushText(texts, alias);
    const aliasCount = texts.length - 1;
    pushText(texts, g.definition);
    docs.push({
      kind: 'glossary',
      id: g.id,
      title: g.term,
      texts,
      aliasCount,
      sharedFrom: texts.length,
      fallback: g.definition,
    });
  }

  // People (named in an event or speaking in a quote) and places (event locations and
  // conferences), each with their events. Events are visited in date order, so the lists come
  // out in date order.
  const personEvents = new Map<string, string[]>();
  const placeEvents = new Map<string, string[]>();
  for (const e of data.events) {
    for (const p of e.people ?? []) pushId(personEvents, p, e.id);
    for (const q of data.quotesByEventId.get(e.id) ?? []) pushId(personEvents, q.speaker, e.id);
    if (e.location !== undefined) pushId(placeEvents, e.location, e.id);
    if (e.conference !== undefined) pushId(placeEvents, e.conference, e.id);
  }
  const personRoles = new Map<string, Set<string>>();
  for (const q of data.dataset.quotes) {
    if (!personEvents.has(q.speaker)) personEvents.set(q.speaker, []);
    if (q.speakerRole === undefined) continue;
    const roles = personRoles.get(q.speaker);
    if (roles) roles.add(q.speakerRole);
    else personRoles.set(q.speaker, new Set([q.speakerRole]));
  }
  for (const name of distinctSorted(personEvents.keys())) {
    if (name.trim() === '') continue;
    docs.push({
      kind: 'person',
      id: `person:${name}`,
      title: name,
      texts: [name],
      aliasCount: 0,
      sharedFrom: 1,
      fallback: [...(personRoles.get(name) ?? [])].join('; '),
      eventIds: personEvents.get(name) ?? [],
    });
  }
  for (const name of distinctSorted(placeEvents.keys())) {
    if (name.trim() === '') continue;
    // The description (the conferences held at a location, or a conference's locations) is
    // made when the place is shown: see placeDescription.
    docs.push({
      kind: 'place',
      id: `place:${name}`,
      title: name,
      texts: [name],
      aliasCount: 0,
      sharedFrom: 1,
      fallback: '',
      eventIds: placeEvents.get(name) ?? [],
    });
  }

  return { docs, ...indexWords(docs), eventsById: data.eventsById };
}

/** For a location, the conferences held there; for a conference, where it was held. */
function placeDescription(index: SearchIndex, doc: Doc): string {
  const related = new Set<string>();
  for (const id of doc.eventIds ?? []) {
    const e = index.eventsById.get(id);
    if (e?.location === undefined || e.conference === undefined) continue;
    if (e.location === doc.title && e.conference !== doc.title) related.add(e.conference);
    else if (e.conference === doc.title && e.location !== doc.title) related.add(e.location);
  }
  return [...related].join('; ');
}

// ---------------------------------------------------------------------------------------------
// Queries

interface WordNeed {
  readonly word: string;
  readonly prefix: boolean;
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

function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first word at or after lo that does not start with prefix (prefixed words are together). */
function prefixEnd(words: readonly string[], prefix: string, lo: number): number {
  let a = lo;
  let b = words.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((words[mid] ?? '').startsWith(prefix)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The run of postingDocs a word need stands for, and how many words it spans. */
function postingRun(index: SearchIndex, need: WordNeed): [number, number, number] {
  if (!need.prefix) {
    const found = index.wordTable.find(need.word);
    if (found === -1) return [0, 0, 0];
    const id = index.wordRank[found] ?? 0;
    return [index.postingStart[id] ?? 0, index.postingStart[id + 1] ?? 0, 1];
  }
  const lo = lowerBound(index.words, need.word);
  const hi = prefixEnd(index.words, need.word, lo);
  return [index.postingStart[lo] ?? 0, index.postingStart[hi] ?? 0, hi - lo];
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

function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
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
