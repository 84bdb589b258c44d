/**
 * The reader's private notes on events and quotes: what a note is, how it is keyed, and how
 * its plain text is shown (web and mail addresses become links, everything else stays text).
 * Pure; the store (store/notesDb.ts) keeps them in IndexedDB, the file (store/notesFile.ts)
 * carries them between browsers.
 *
 * A note belongs to a dataset (the app's identity of a dataset: its title, as saved tours
 * use) and to one event or one quote of it, by id. Its text is plain text; it is never read
 * as HTML.
 */
import { safeHref } from './safeHref';

/** The format of one stored note; raise it (and migrate in notesDb) when the record changes. */
export const NOTE_FORMAT = 1;
/** The longest note kept (characters). */
export const MAX_NOTE_LENGTH = 10_000;

export type NoteTargetKind = 'event' | 'quote';

export interface NoteTarget {
  readonly kind: NoteTargetKind;
  readonly id: string;
}

export interface Note {
  /** The dataset's identity (see datasetKeyOf). */
  readonly dataset: string;
  readonly target: NoteTarget;
  readonly text: string;
  /** When it was first written and last changed (ISO 8601, UTC). */
  readonly created: string;
  readonly updated: string;
}

/** The identity notes are filed under: the dataset's title (as saved tours use). */
export function datasetKeyOf(dataset: { readonly title: string }): string {
  return dataset.title;
}

/** One key per (dataset, event or quote): where a note is stored. */
export function noteKey(dataset: string, target: NoteTarget): string {
  return `${dataset}\u0000${target.kind}\u0000${target.id}`;
}

/** Within one dataset: `event:<id>` or `quote:<id>`. */
export function targetKey(target: NoteTarget): string {
  return `${target.kind}:${target.id}`;
}

/** Text as the reader typed it, trimmed at both ends and cut to the longest note kept. */
export function cleanNoteText(text: string): string {
  return text.trim().slice(0, MAX_NOTE_LENGTH);
}

/** A note, written now (keeping when it was first written, if it was). */
export function writeNote(
  dataset: string,
  target: NoteTarget,
  text: string,
  now: Date,
  previous?: Pick<Note, 'created'>,
): Note {
  const at = now.toISOString();
  return {
    dataset,
    target,
    text: cleanNoteText(text),
    created: previous?.created ?? at,
    updated: at,
  };
}

/**
 * The events that carry a note of this dataset, on themselves or on one of their quotes.
 * `eventOfQuote` answers a quote's event (undefined for a quote the dataset no longer has).
 */
export function notedEventIds(
  notes: Iterable<Note>,
  eventOfQuote: (quoteId: string) => string | undefined,
): Set<string> {
  const ids = new Set<string>();
  for (const n of notes) {
    const id = n.target.kind === 'event' ? n.target.id : eventOfQuote(n.target.id);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

export type NoteSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/** http(s) addresses, and mail addresses with or without `mailto:`. */
const LINK_RE =
  /\b(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING_RE = /[.,;:!?)\]}'"]+$/;

/**
 * A note's text in pieces: plain text, and the http(s) and mail addresses in it as links
 * (only what safeHref accepts; anything else stays text). Joined, the pieces' text is the
 * note's text exactly.
 */
export function noteSegments(text: string): NoteSegment[] {
  const out: NoteSegment[] = [];
  let last = 0;
  const push = (kind: 'text', s: string) => {
    if (s === '') return;
    const prev = out.at(-1);
    if (prev?.kind === kind) out[out.length - 1] = { kind, text: prev.text + s };
    else out.push({ kind, text: s });
  };
  for (const m of text.matchAll(LINK_RE)) {
    let raw = m[0];
    const start = m.index;
    const tail = TRAILING_RE.exec(raw);
    // A closing bracket belongs to the address when the address opened one.
    if (tail && !(tail[0] === ')' && raw.includes('('))) raw = raw.slice(0, -tail[0].length);
    const isWeb = /^(?:https?|mailto):/i.test(raw);
    const href = safeHref(isWeb ? raw : `mailto:${raw}`);
    if (href === null || raw === '') continue;
    push('text', text.slice(last, start));
    out.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  push('text', text.slice(last));
  return out;
}
