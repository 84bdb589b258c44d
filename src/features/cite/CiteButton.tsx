/**
 * The Cite feature. The components live in src/components because the event details, the
 * quote cards and the sources panel all use them (features do not import each other).
 */
export { CiteButton, type CiteButtonProps } from '../../components/CiteButton';
export { CitationDownloads, type CitationDownloadsProps } from '../../components/CitationDownloads';
