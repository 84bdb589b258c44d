/**
 * Helpers for the "Cite" button and the citation downloads: the styles the Cite panel offers,
 * their short names, citations for a list of sources, and saving text as a file.
 */
import {
  citeEvent,
  citeSourceParts,
  type CitationSegment,
  type CitationStyle,
} from '../lib/citations';
import type { Source } from '../domain/types';
import { t } from '../i18n/i18n';

/** The styles offered by the Cite panel, in order (RIS is offered as a file download). */
export const CITE_PANEL_STYLES: readonly CitationStyle[] = [
  'apa',
  'mla',
  'chicago-note',
  'chicago-bib',
  'bibtex',
];

/** Short names, used in the panel and in the Copy buttons' names ("Copy APA 7 citation"). */
export const CITE_STYLE_SHORT_LABELS: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  'chicago-note': 'Chicago note',
  'chicago-bib': 'Chicago bibliography',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/**
 * The style's name in the interface language: the proper names (APA 7, MLA 9, BibTeX, RIS)
 * stay; "Chicago note" and "Chicago bibliography" are translated.
 */
export function citeStyleLabel(style: CitationStyle): string {
  if (style === 'chicago-note' || style === 'chicago-bib') return t(`cite.style.${style}`);
  return CITE_STYLE_SHORT_LABELS[style];
}

/** Styles written as prose (with italics); the others are plain export formats. */
export function isProseStyle(style: CitationStyle): boolean {
  return style !== 'bibtex' && style !== 'ris';
}

/** One reference entry per source, each as runs of text (italic where the style says so). */
export type RichCitations = (style: CitationStyle) => readonly (readonly CitationSegment[])[];

export interface SourceCitations {
  readonly citations: (style: CitationStyle) => string;
  readonly richCitations: RichCitations;
}

/**
 * Citations for a list of sources (an event's, or a single source's): entries separated by a
 * blank line; BibTeX keys are unique across the list.
 */
export function citationsForSources(sources: readonly Source[]): SourceCitations {
  return {
    citations: (style) =>
      citeEvent({ sources: sources.map((s) => s.id) }, sources, style).join('\n\n'),
    richCitations: (style) => sources.map((s) => citeSourceParts(s, style)),
  };
}

export { downloadText } from './download';
