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

/** "Download citations" as BibTeX (.bib), RIS (.ris) or CSL-JSON (.json, for Zotero and Pandoc). */
export function CitationDownloads({
  sources,
  fileName = 'wpc-timeline-citations',
}: CitationDownloadsProps) {
  const { t } = useI18n();
  const none = sources.length === 0;
  const count = t('sources.count', { count: sources.length });
  return (
    <p className="cite-downloads">
      <button
        type="button"
        disabled={none}
        onClick={() => {
          downloadText(`${fileName}.bib`, toBibTeX(sources), 'application/x-bibtex;charset=utf-8');
        }}
      >
        {t('cite.downloadBib')}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          downloadText(
            `${fileName}.ris`,
            toRIS(sources),
            'application/x-research-info-systems;charset=utf-8',
          );
        }}
      >
        {t('cite.downloadRis')}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          downloadText(
            `${fileName}.csl.json`,
            toCslJson(sources),
            'application/vnd.citationstyles.csl+json;charset=utf-8',
          );
        }}
      >
        {t('cite.downloadCsl')}
      </button>
      <span className="cite-downloads__count">{t('cite.forManagers', { count })}</span>
    </p>
  );
}
