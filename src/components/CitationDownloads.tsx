import type { Source } from '../domain/types';
import { toBibTeX, toCslJson, toRIS } from '../lib/citations';
import { downloadText } from './citeHelpers';
import { useI18n } from '../i18n/useI18n';
import './cite.css';

export interface CitationDownloadsProps {
  /** The sources to export, in the order they should appear in the file. */
  sources: readonly Source[];
  /** File name without extension; defaults to "wpc-timeline-citations". */
  fileName?: string;
}

/** One row per file a reference manager reads: its button text, extension, MIME type and writer. */
const FORMATS: readonly {
  readonly label: 'cite.downloadBib' | 'cite.downloadRis' | 'cite.downloadCsl';
  readonly extension: string;
  readonly mime: string;
  readonly write: (sources: readonly Source[]) => string;
}[] = [
  { label: 'cite.downloadBib', extension: 'bib', mime: 'application/x-bibtex', write: toBibTeX },
  {
    label: 'cite.downloadRis',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    write: toRIS,
  },
  {
    label: 'cite.downloadCsl',
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    write: toCslJson,
  },
];

/** "Download citations" as BibTeX (.bib), RIS (.ris) or CSL-JSON (.json, for Zotero and Pandoc). */
export function CitationDownloads({
  sources,
  fileName = 'wpc-timeline-citations',
}: CitationDownloadsProps) {
  const { t } = useI18n();
  const count = t('sources.count', { count: sources.length });
  return (
    <p className="cite-downloads">
      {FORMATS.map((f) => (
        <button
          key={f.extension}
          type="button"
          disabled={sources.length === 0}
          onClick={() => {
            downloadText(`${fileName}.${f.extension}`, f.write(sources), `${f.mime};charset=utf-8`);
          }}
        >
          {t(f.label)}
        </button>
      ))}
      <span className="cite-downloads__count">{t('cite.forManagers', { count })}</span>
    </p>
  );
}
