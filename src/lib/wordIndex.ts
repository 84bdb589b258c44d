/**
 * The word index of search: every word of every document's texts, sorted, each with the
 * documents that contain it (a word → documents posting list in typed arrays). Building reads
 * each text once, hashing words as it goes, and reads texts that many documents share (places,
 * people, dates) once; a lookup finds a word, or every word with a prefix, by binary search.
 */
import { foldText, WORD } from './textFold';

/** The texts of one document, and from which one on they are the kind many documents share. */
export interface IndexedTexts {
  readonly texts: readonly string[];
  readonly sharedFrom: number;
}

export interface WordIndex {
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
}

export interface WordNeed {
  readonly word: string;
  readonly prefix: boolean;
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
export class WordTable {
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

/** Every word of every text: word → documents, as described on WordIndex. */
export function indexWords(docs: readonly IndexedTexts[]): WordIndex {
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
export function postingRun(index: WordIndex, need: WordNeed): [number, number, number] {
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
