/**
 * RIS: TY NEWS (news), BLOG (blog), ELEC (transcripts, press releases and documents, which are
 * all web pages) and GEN (other); DA is "YYYY/MM/DD/" with empty parts for what is not known;
 * Y2 is the access date; lines end with CR LF, as the RIS specification asks.
 *
 * RIS dates have a numeric four-digit year ("YYYY/MM/DD/other info", RIS Format
 * Specifications, Reference Manager), so a year before the Common Era has no PY or DA: it is
 * written in words in the note N1 ("Dated 500 BCE."), never as "-499" or "0".
 */
import type { PartialDate } from '../../domain/dates';
import { formatPartialDate } from '../formatDate';
import type { Source } from '../../domain/types';
import { citationKeys, exportNote } from './bibtex';
import { accessedDate, authorsOf, pad2, sourceDate, type CiteOptions } from './common';
import { invertedName } from './names';

const RIS_TYPES: Readonly<Record<Source['kind'], string>> = {
  news: 'NEWS',
  blog: 'BLOG',
  transcript: 'ELEC',
  'press-release': 'ELEC',
  document: 'ELEC',
  other: 'GEN',
};

export const CRLF = '\r\n';

function risValue(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function risDate(d: PartialDate): string {
  const month = d.month === undefined ? '' : pad2(d.month);
  const day = d.day === undefined ? '' : pad2(d.day);
  return `${d.year}/${month}/${day}/`;
}

export function risRecord(source: Source, key: string, opts?: CiteOptions): string {
  const date = sourceDate(source);
  const accessed = accessedDate(opts);
  const lines: [string, string][] = [
    ['TY', RIS_TYPES[source.kind]],
    ['ID', key],
  ];
  for (const n of authorsOf(source)) lines.push(['AU', invertedName(n)]);
  lines.push(['TI', source.title], ['T2', source.outlet]);
  if (date && date.year > 0) lines.push(['PY', String(date.year)], ['DA', risDate(date)]);
  if (source.url !== undefined) lines.push(['UR', source.url]);
  if (accessed !== null) lines.push(['Y2', risDate(accessed)]);
  const bce = date && date.year <= 0 ? `Dated ${formatPartialDate(date, 'en')}.` : null;
  const note = [bce, exportNote(source)].filter((n) => n !== null).join(' ');
  if (note !== '') lines.push(['N1', note]);
  return [...lines.map(([tag, v]) => `${tag}  - ${risValue(v)}`), 'ER  - '].join(CRLF);
}

/** A .ris file of the sources, in the order given (IDs are the BibTeX keys). */
export function toRIS(sources: readonly Source[], opts?: CiteOptions): string {
  if (sources.length === 0) return '';
  const keys = citationKeys(sources);
  return `${sources.map((s, i) => risRecord(s, keys[i] ?? '', opts)).join(CRLF + CRLF)}${CRLF}`;
}
