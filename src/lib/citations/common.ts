/** What every citation format shares: the options, text runs, and reading a source's date. */
import { parsePartialDate, type PartialDate } from '../../domain/dates';
import type { Source } from '../../domain/types';
import { parseAuthors, type AuthorName } from './names';

/** A run of citation text; `italic` is set (to true) only on runs to be set in italics. */
export interface CitationSegment {
  readonly text: string;
  readonly italic?: boolean;
}

/** Entries as plain text, separated by a blank line (what Copy puts on the clipboard). */
export function plainText(entries: readonly (readonly CitationSegment[])[]): string {
  return entries.map((e) => e.map((s) => s.text).join('')).join('\n\n');
}

export interface CiteOptions {
  /** The day the reader accessed the source, YYYY-MM-DD. */
  readonly accessed?: string;
}

export function sourceDate(source: Source): PartialDate | null {
  if (source.date === undefined) return null;
  try {
    return parsePartialDate(source.date);
  } catch {
    return null;
  }
}

export function isUncertain(source: Source): boolean {
  return source.dateCertainty === 'approximate' || source.dateCertainty === 'inferred';
}

export function accessedDate(opts: CiteOptions | undefined): PartialDate | null {
  if (opts?.accessed === undefined) return null;
  const d = parsePartialDate(opts.accessed);
  if (d.precision !== 'day') {
    throw new RangeError(`the access date "${opts.accessed}" must be a day, YYYY-MM-DD`);
  }
  return d;
}

/** "transcript" / "press release" when the kind says so and the title does not already. */
export function descriptor(source: Source): 'press release' | 'transcript' | null {
  if (source.kind === 'press-release' && !/press release/i.test(source.title)) {
    return 'press release';
  }
  if (source.kind === 'transcript' && !/transcript/i.test(source.title)) return 'transcript';
  return null;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function authorsOf(source: Source): AuthorName[] {
  return source.author === undefined ? [] : parseAuthors(source.author);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function words(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}
