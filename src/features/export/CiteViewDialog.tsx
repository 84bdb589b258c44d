import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { rawDataset } from '../../domain/indexes';
import { Dialog } from '../../components/Dialog';
import { CitationStylePicker } from '../../components/CitationStylePicker';
import { CitationText } from '../../components/CitationText';
import { citeStyleLabel } from '../../components/citeHelpers';
import { useCitationStyle } from '../../components/citationStyle';
import { useCiter } from '../../components/useCiter';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import { plainText, type CitationSegment } from '../../lib/citations';
import { isProseStyle } from '../../lib/citations/styles';
import { datasetVersion, viewBibTeX, viewCslItem, type CitedView } from '../../lib/citations/view';
import { useI18n } from '../../i18n/useI18n';
import '../../components/cite.css';

export interface CiteViewDialogProps {
  readonly data: LoadedDataset;
  /** The exact link to the view (currentViewUrl), taken when the dialog was opened. */
  readonly url: string;
  /** Today, YYYY-MM-DD, in the reader's time zone. */
  readonly accessed: string;
  readonly onClose: () => void;
}

/**
 * "Cite this view": the timeline as the reader sees it now, in the chosen citation style:
 * the exact link, the dataset's title and content version, and today's date as the access
 * date. Loaded only when a reader asks for it.
 */
export default function CiteViewDialog({ data, url, accessed, onClose }: CiteViewDialogProps) {
  const { t } = useI18n();
  const style = useCitationStyle();
  const { citer, failed } = useCiter(style);
  const [version, setVersion] = useState<string | null>(null);
  const { status, copy } = useCopyToClipboard();

  useEffect(() => {
    let live = true;
    void datasetVersion(rawDataset(data)).then((v) => {
      if (live) setVersion(v);
    });
    return () => {
      live = false;
    };
  }, [data]);

  const view: CitedView | null =
    version === null ? null : { url, title: data.dataset.title, version, accessed };
  let entries: CitationSegment[][] | null = null;
  if (view !== null && !isProseStyle(style)) entries = [[{ text: viewBibTeX(view) }]];
  else if (view !== null && isProseStyle(style) && citer !== null) {
    entries = [citer.citeItemParts(viewCslItem(view, style), style)];
  }
  const name = citeStyleLabel(style);

  return (
    <Dialog title={t('citeView.title')} onClose={onClose} className="cite-view">
      <p>{t('citeView.intro')}</p>
      <CitationStylePicker />
      <div className="cite__text cite-view__text" aria-live="polite">
        {entries === null ? (
          <p className="cite__loading">{failed ? t('cite.loadFailed') : t('cite.loading')}</p>
        ) : (
          <CitationText code={!isProseStyle(style)} entries={entries} />
        )}
      </div>
      <dl className="cite-view__facts">
        <dt>{t('citeView.link')}</dt>
        <dd className="cite-view__url">{url}</dd>
        <dt>{t('citeView.version')}</dt>
        <dd>{version ?? t('cite.loading')}</dd>
        <dt>{t('citeView.accessed')}</dt>
        <dd>{accessed}</dd>
      </dl>
      <p className="cite__actions">
        <button
          type="button"
          className="cite__copy"
          disabled={entries === null}
          aria-label={t('cite.copyLabel', { style: name })}
          onClick={() => {
            if (entries === null) return;
            void copy(plainText(entries), {
              done: t('cite.copiedAnnounce', { style: name }),
              failed: t('cite.copyFailed', { style: name }),
            });
          }}
        >
          {t('cite.copy')}
        </button>
        <span role="status">{status}</span>
      </p>
    </Dialog>
  );
}
