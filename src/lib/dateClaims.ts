/**
 * An event's dated claims for the details panel (issue 18), in the reader's language: each
 * claim's date in words, the titles of the sources that make it, its confidence in words
 * ("not stated" when the dataset gives none), and whether it is the date the chart shows
 * (the others are its alternatives). Pure; the locale comes in as an argument.
 */
import { parseEdtf } from '../domain/edtf';
import type { Source, TimelineEvent } from '../domain/types';
import type { Translator } from '../i18n/i18n';
import { competingClaims } from './disputed';
import { edtfWords } from './edtfWords';

export interface ClaimRow {
  readonly index: number;
  /** The claim's EDTF text as the dataset writes it. */
  readonly date: string;
  readonly words: string;
  /** The claim's source ids that the dataset lists, in the claim's order. */
  readonly sources: readonly string[];
  readonly sourceTitles: readonly string[];
  readonly confidence: string;
  readonly note: string | null;
  /** The claim agrees with the event's own date (the chart's mark). */
  readonly shown: boolean;
}

export function claimRows(
  event: TimelineEvent,
  sourcesById: ReadonlyMap<string, Pick<Source, 'title'>>,
  i18n: Translator,
): readonly ClaimRow[] {
  const claims = event.dateClaims ?? [];
  if (claims.length === 0) return [];
  const competing = new Set(competingClaims(event));
  return claims.map((c, index) => {
    let words = c.date;
    try {
      words = edtfWords(parseEdtf(c.date), i18n);
    } catch {
      // Shown as written when it cannot be read (the validator reports it).
    }
    const sources = c.sources.filter((sid) => sourcesById.has(sid));
    return {
      index,
      date: c.date,
      words,
      sources,
      sourceTitles: sources.map((sid) => sourcesById.get(sid)?.title ?? sid),
      confidence: i18n.t(`details.confidence.${c.confidence ?? 'none'}`),
      note: c.note ?? null,
      shown: !competing.has(c),
    };
  });
}
