/**
 * Finding glossary terms in running text, to mark them (with a link or a tooltip) and to list
 * where each term appears.
 *
 * Rules. Every term and alias of every entry is looked for. A match must stand as a whole
 * word: a term that begins (ends) with a letter or digit must not have a letter or digit just
 * before (after) it, so "S+S" matches in "S+S's" but "MPN" does not match in "MPNs". Terms
 * written in capitals ("SMB", "MPN", "S+S", "WPC 2010": letters present, none lower-case) match
 * only in capitals; all others match in any case ("Office 365" finds "office 365"). Spaces in a
 * term match any run of white space, and ' and ’ match each other. Scanning left to right, the
 * longest term that matches at a position wins ("Cloud Accelerate" over "Cloud") and matches
 * never overlap; every occurrence is marked. When two entries share a term, the first entry in
 * the glossary keeps it.
 */
import type { LoadedDataset } from '../domain/indexes';
import type { Dataset } from '../domain/types';

export type GlossaryEntry = NonNullable<Dataset['glossary']>[number];

interface Form {
  readonly termId: string;
  /**
   * The form's characters (whole code points): ' ' stands for any run of white space and
   * "'" for either apostrophe; lower-cased when the form matches in any case.
   */
  readonly chars: readonly string[];
  /** Matches in any case (compared lower-cased), or exactly (an acronym in capitals). */
  readonly caseless: boolean;
  /** Whether the form begins with a letter or digit (and so needs a word boundary before). */
  readonly wordStart: boolean;
  /** Whether the form ends with a letter or digit (and so needs a word boundary after). */
  readonly wordEnd: boolean;
}

export interface GlossaryMatcher {
  readonly entries: readonly GlossaryEntry[];
  /** Forms by their first character, lower-cased. */
  readonly byFirstChar: ReadonlyMap<string, readonly Form[]>;
}

export interface GlossaryMatch {
  readonly start: number;
  readonly end: number;
  readonly termId: string;
}

/** A run of text; `termId` is set on the runs that are a glossary term. */
export interface GlossarySegment {
  readonly text: string;
  readonly termId?: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’']);

/** The whole character (one or two UTF-16 units) starting at `i`, or '' past the end. */
function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c !== '' && WORD_CHAR.test(c);
}

/** Letters present and none of them lower-case: an acronym, matched in capitals only. */
function isCapitalised(form: string): boolean {
  return /\p{L}/u.test(form) && !/\p{Ll}/u.test(form);
}

const SPACE = /\s/;

/**
 * Where `form` ends if it matches `text` at `i`, else -1. A hand-written comparison rather
 * than a regular expression per form: compiling some two hundred case-insensitive Unicode
 * patterns on first use cost 20–150 ms of the first render.
 */
function matchAt(form: Form, text: string, i: number): number {
  let j = i;
  for (const c of form.chars) {
    const t = codePointAt(text, j);
    if (t === '') return -1;
    if (c === ' ') {
      if (!SPACE.test(t)) return -1;
      j += t.length;
      while (j < text.length && SPACE.test(text.charAt(j))) j++;
    } else if (c === "'") {
      if (!APOSTROPHES.has(t)) return -1;
      j += t.length;
    } else {
      if ((form.caseless ? t.toLowerCase() : t) !== c) return -1;
      j += t.length;
    }
  }
  return j;
}

function firstKeys(form: string): string[] {
  const first = Array.from(form)[0] ?? '';
  if (APOSTROPHES.has(first)) return [...APOSTROPHES];
  return [first.toLowerCase()];
}

export function buildGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const byFirstChar = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const raw of [entry.term, ...(entry.aliases ?? [])]) {
      const form = raw.trim().replace(/\s+/g, ' ');
      if (form === '') continue;
      const capitals = isCapitalised(form);
      const key = capitals ? form : `i:${form.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const f: Form = {
        termId: entry.id,
        chars: Array.from(form).map((c) =>
          APOSTROPHES.has(c) ? "'" : capitals ? c : c.toLowerCase(),
        ),
        caseless: !capitals,
        wordStart: isWordChar(Array.from(form)[0]),
        wordEnd: isWordChar(Array.from(form).at(-1)),
      };
      for (const k of firstKeys(form)) {
        const list = byFirstChar.get(k);
        if (list) list.push(f);
        else byFirstChar.set(k, [f]);
      }
    }
  }
  return { entries, byFirstChar };
}

/** Every glossary term in the text, left to right, longest first, never overlapping. */
export function findGlossaryTerms(matcher: GlossaryMatcher, text: string): GlossaryMatch[] {
  const out: GlossaryMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const forms = matcher.byFirstChar.get(ch.toLowerCase());
    let best: GlossaryMatch | null = null;
    if (forms !== undefined) {
      const afterWord = i > 0 && isWordChar(text.charAt(i - 1));
      for (const f of forms) {
        if (f.wordStart && afterWord) continue;
        const end = matchAt(f, text, i);
        if (end < 0) continue;
        if (f.wordEnd && isWordChar(codePointAt(text, end))) continue;
        if (best === null || end > best.end) best = { start: i, end, termId: f.termId };
      }
    }
    if (best !== null && best.end > i) {
      out.push(best);
      i = best.end;
    } else {
      i += ch.length;
    }
  }
  return out;
}

/** The text cut into runs: plain runs, and runs that are a glossary term (with its id). */
export function markGlossaryTerms(matcher: GlossaryMatcher, text: string): GlossarySegment[] {
  const out: GlossarySegment[] = [];
  let at = 0;
  for (const m of findGlossaryTerms(matcher, text)) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), termId: m.termId });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export interface GlossaryOccurrences {
  /** Events whose title or summary mentions the term, in date order. */
  readonly eventIds: readonly string[];
  /** Quotes whose text mentions the term, in dataset order. */
  readonly quoteIds: readonly string[];
}

/** For every entry of the matcher (in glossary order), where its term appears. */
export function glossaryOccurrences(
  matcher: GlossaryMatcher,
  data: LoadedDataset,
): ReadonlyMap<string, GlossaryOccurrences> {
  const events = new Map<string, string[]>(matcher.entries.map((e) => [e.id, []]));
  const quotes = new Map<string, string[]>(matcher.entries.map((e) => [e.id, []]));
  const record = (map: Map<string, string[]>, id: string, texts: (string | undefined)[]) => {
    const found = new Set<string>();
    for (const t of texts) {
      if (t !== undefined) for (const m of findGlossaryTerms(matcher, t)) found.add(m.termId);
    }
    for (const termId of found) map.get(termId)?.push(id);
  };
  for (const e of data.events) record(events, e.id, [e.title, e.summary]);
  for (const q of data.dataset.quotes) record(quotes, q.id, [q.text]);
  return new Map(
    matcher.entries.map((e) => [
      e.id,
      { eventIds: events.get(e.id) ?? [], quoteIds: quotes.get(e.id) ?? [] },
    ]),
  );
}
