/**
 * A source's note, split for two readers. Notes in the shipped dataset mix words for readers
 * ("A post by the Mayor of Los Angeles.") with references for the dataset's authors
 * ("Dossier source S103.", "Seed document 000_….txt", "dossier U-03", "seed 004"). Readers
 * see only the first kind as the note; the second kind goes into a small "research notes"
 * disclosure, so a reference number is never read as part of what the source says.
 *
 * The rule, sentence by sentence (a sentence ends with ".", "?" or "!" before a space and a
 * capital letter or an opening quotation mark): a sentence that names the dossier or a seed
 * document (by file name, number or as "the seed") is a research note; every other sentence
 * is for readers. Nothing is reworded or dropped: the two parts together are the note.
 */
export const RESEARCH_PATTERN =
  /\bdossier\b|\bseed document\b|\bseed \d{3}\b|\bthe seed\b|\b\d{3}_[0-9a-f]{16}\.txt\b|\b[FMU]-(?:\d{4}-)?\d+\b/i;

export interface SplitNote {
  /** The sentences for readers, as one text ('' when there are none). */
  readonly reader: string;
  /** The sentences for the dataset's authors. */
  readonly research: readonly string[];
}

export function splitSourceNote(note: string | undefined): SplitNote {
  const text = (note ?? '').trim();
  if (text === '') return { reader: '', research: [] };
  const sentences = text.split(/(?<=[.?!])\s+(?=[A-Z0-9"'‘“(])/);
  const reader: string[] = [];
  const research: string[] = [];
  for (const s of sentences) (RESEARCH_PATTERN.test(s) ? research : reader).push(s);
  return { reader: reader.join(' '), research };
}
