/**
 * Helpers for the "Cite" button, the style picker and the citation downloads: the styles'
 * short names and saving text as a file.
 */
import { CITATION_STYLES, type CitationStyle } from '../lib/citations/styles';
import { t } from '../i18n/i18n';

/** The styles a reader can choose for citations on screen, in order (RIS is a download). */
export const PICKER_STYLES: readonly CitationStyle[] = CITATION_STYLES.filter((s) => s !== 'ris');

/** Short names, used in the panel and in the Copy buttons' names ("Copy APA 7 citation"). */
export const CITE_STYLE_SHORT_LABELS: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  'chicago-note': 'Chicago note',
  'chicago-bib': 'Chicago bibliography',
  'chicago-author-date': 'Chicago author-date',
  harvard: 'Harvard',
  ieee: 'IEEE',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/**
 * The style's name in the interface language: the proper names (APA 7, MLA 9, Harvard, IEEE,
 * BibTeX, RIS) stay; the Chicago variants are translated.
 */
export function citeStyleLabel(style: CitationStyle): string {
  if (style === 'chicago-note' || style === 'chicago-bib' || style === 'chicago-author-date') {
    return t(`cite.style.${style}`);
  }
  return CITE_STYLE_SHORT_LABELS[style];
}

export { downloadText } from './download';
