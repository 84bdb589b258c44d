import { memo, type ReactNode, useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { exportTimelineCsv, exportWindow } from '../../lib/exportCsv';
import { buildExportSvg, SLIDE_SIZE } from '../../lib/exportSvg';
import { choicesOf } from '../../store/createTimelineStore';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { PNG_PIXEL_RATIO, rasterizeSvg } from './rasterize';
import { currentViewUrl } from './viewLink';
import './export.css';
import { useI18n } from '../../i18n/useI18n';

/** Today in the reader's time zone, as YYYY-MM-DD (the slide's "Generated" date). */
function localDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Share and export the current view: a link that reopens it, a slide (SVG, or PNG at twice
 * the size), the events and quotes in view as CSV, and the printed handout. Reads the view
 * from the store when a button is pressed, so zooming never re-renders it. `share` goes next
 * to Copy link (the app puts the Embed button there).
 */
function ExportMenuView({ data, share }: { data: LoadedDataset; share?: ReactNode }) {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const [status, setStatus] = useState({ text: '', n: 0 });
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [pngBusy, setPngBusy] = useState(false);
  const linkInput = useRef<HTMLInputElement>(null);

  // The clipboard refused: hand the link over, selected, for the reader to copy.
  useEffect(() => {
    if (manualLink === null) return;
    linkInput.current?.focus();
    linkInput.current?.select();
  }, [manualLink]);

  // A live region only speaks when its text changes: alternate an invisible trailing space
  // so that the same message ("Link copied") is announced again.
  const announce = (text: string) => {
    setStatus((s) => ({ text, n: s.n + 1 }));
  };

  const view = () => {
    const choices = choicesOf(store.getState());
    const domain = exportWindow(data, choices);
    return {
      choices,
      fileName: (ext: string) => exportFileName(data.dataset.title, domain, ext),
      svg: () => buildExportSvg({ data, choices, ...SLIDE_SIZE, generatedAt: localDate() }),
    };
  };

  const copyLink = async () => {
    const url = currentViewUrl(store.getState());
    try {
      // Some browsers have no Clipboard API outside secure contexts; treat that as a refusal.
      if (typeof navigator.clipboard === 'undefined') throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setManualLink(null);
      announce(t('export.copied'));
    } catch {
      setManualLink(url);
      announce(t('export.copyFailed'));
    }
  };

  const downloadSvg = () => {
    const v = view();
    const name = v.fileName('svg');
    downloadBlob(new Blob([v.svg()], { type: 'image/svg+xml;charset=utf-8' }), name);
    announce(t('export.downloading', { name }));
  };

  const downloadPng = async () => {
    if (pngBusy) return;
    const v = view();
    const name = v.fileName('png');
    setPngBusy(true);
    announce(t('export.preparingPng'));
    try {
      const png = await rasterizeSvg(v.svg(), SLIDE_SIZE.width, SLIDE_SIZE.height, PNG_PIXEL_RATIO);
      downloadBlob(png, name);
      announce(t('export.downloading', { name }));
    } catch (e) {
      announce(t('export.pngFailed', { error: errorText(e) }));
    } finally {
      setPngBusy(false);
    }
  };

  const downloadCsv = () => {
    const v = view();
    const name = v.fileName('csv');
    downloadBlob(
      new Blob([exportTimelineCsv(data, v.choices)], { type: 'text/csv;charset=utf-8' }),
      name,
    );
    announce(t('export.downloading', { name }));
  };

  return (
    <section className="export" aria-label={t('export.label')}>
      <div className="export__actions">
        <button type="button" onClick={() => void copyLink()}>
          {t('export.copyLink')}
        </button>
        {share}
        <button type="button" onClick={downloadSvg} aria-describedby="export-hint">
          {t('export.svg')}
        </button>
        <button
          type="button"
          onClick={() => void downloadPng()}
          aria-describedby="export-hint"
          aria-disabled={pngBusy}
        >
          {t('export.png')}
        </button>
        <button type="button" onClick={downloadCsv} aria-describedby="export-hint">
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      <p className="export__hint" id="export-hint">
        {t('export.hint', { width: String(SLIDE_SIZE.width), height: String(SLIDE_SIZE.height) })}
      </p>
      {manualLink !== null && (
        <label className="export__manual">
          {t('export.linkLabel')}
          <input
            ref={linkInput}
            type="text"
            readOnly
            value={manualLink}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
      <p className="export__status" role="status">
        {status.text}
        {status.n % 2 === 1 ? '\u00a0' : ''}
      </p>
    </section>
  );
}

/** Re-renders only when its props change (it reads the view from the store when used). */
export const ExportMenu = memo(ExportMenuView);
