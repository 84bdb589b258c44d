/**
 * The citation styles offered. The prose styles are official CSL styles from the Citation
 * Style Language project (vendor/csl-styles/, CC BY-SA 3.0; see vendor/csl-styles/README.md),
 * loaded only when a reader first asks for that style. BibTeX and RIS are file formats,
 * written by bibtex.ts and ris.ts.
 */
export type ProseStyle =
  'apa' | 'mla' | 'chicago-note' | 'chicago-bib' | 'chicago-author-date' | 'harvard' | 'ieee';

export type CitationStyle = ProseStyle | 'bibtex' | 'ris';

export const PROSE_STYLES: readonly ProseStyle[] = [
  'apa',
  'mla',
  'chicago-note',
  'chicago-bib',
  'chicago-author-date',
  'harvard',
  'ieee',
];

export const CITATION_STYLES: readonly CitationStyle[] = [...PROSE_STYLES, 'bibtex', 'ris'];

export function isCitationStyle(v: unknown): v is CitationStyle {
  return typeof v === 'string' && (CITATION_STYLES as readonly string[]).includes(v);
}

export function isProseStyle(style: CitationStyle): style is ProseStyle {
  return style !== 'bibtex' && style !== 'ris';
}

/** The full names of the styles, as their manuals title themselves. */
export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA (7th ed.)',
  mla: 'MLA (9th ed.)',
  'chicago-note': 'Chicago (18th ed.), note',
  'chicago-bib': 'Chicago (18th ed.), bibliography',
  'chicago-author-date': 'Chicago (18th ed.), author-date',
  harvard: 'Harvard (Cite Them Right, 12th ed.)',
  ieee: 'IEEE',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

type StyleFile = () => Promise<string>;

/**
 * Which CSL file each style uses, and whether the citation is the style's note (a footnote)
 * or its bibliography entry.
 */
export const CSL_FILES: Readonly<
  Record<ProseStyle, { readonly name: string; readonly mode: 'note' | 'bibliography' }>
> = {
  apa: { name: 'apa', mode: 'bibliography' },
  mla: { name: 'modern-language-association', mode: 'bibliography' },
  'chicago-note': { name: 'chicago-notes-bibliography', mode: 'note' },
  'chicago-bib': { name: 'chicago-notes-bibliography', mode: 'bibliography' },
  'chicago-author-date': { name: 'chicago-author-date', mode: 'bibliography' },
  harvard: { name: 'harvard-cite-them-right', mode: 'bibliography' },
  ieee: { name: 'ieee', mode: 'bibliography' },
};

const raw = (m: { default: string }) => m.default;

/** Each CSL file as its own lazy chunk. */
export const CSL_LOADERS: Readonly<Record<string, StyleFile>> = {
  apa: () => import('../../../vendor/csl-styles/apa.csl?raw').then(raw),
  'modern-language-association': () =>
    import('../../../vendor/csl-styles/modern-language-association.csl?raw').then(raw),
  'chicago-notes-bibliography': () =>
    import('../../../vendor/csl-styles/chicago-notes-bibliography.csl?raw').then(raw),
  'chicago-author-date': () =>
    import('../../../vendor/csl-styles/chicago-author-date.csl?raw').then(raw),
  'harvard-cite-them-right': () =>
    import('../../../vendor/csl-styles/harvard-cite-them-right.csl?raw').then(raw),
  ieee: () => import('../../../vendor/csl-styles/ieee.csl?raw').then(raw),
};
