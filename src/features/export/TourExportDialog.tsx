import { useEffect, useId, useRef, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/useI18n';
import { CITATION_STYLE_LABELS, type CitationStyle } from '../../lib/citations';
import type { Tour } from '../../lib/tours';
import { useNotesApi } from '../../store/notesContext';
import { downloadBlob } from './download';
import { exportTour, type TourFormat } from './tourExport';
import './tourExport.css';

const STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago-bib'];
const FORMATS: readonly TourFormat[] = ['pptx', 'pdf', 'png-zip'];

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly name: string; readonly seconds: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: string };

/**
 * Export a tour: as a PowerPoint deck, a PDF handout (with or without the speaker notes) or a
 * zip of 1920 × 1080 PNGs. Shows progress stop by stop; Cancel (or closing the dialog) stops
 * it between two stops. The page stays usable while it runs.
 */
export function TourExportDialog({
  data,
  tours,
  lang,
  onClose,
}: {
  data: LoadedDataset;
  tours: readonly Tour[];
  /** The dataset's language (the tours' titles are in it). */
  lang: string;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = useId();
  const [tourId, setTourId] = useState(tours[0]?.id ?? '');
  const [format, setFormat] = useState<TourFormat>('pptx');
  const [withNotes, setWithNotes] = useState(true);
  const notes = useNotesApi();
  const [withMyNotes, setWithMyNotes] = useState(false);
  const offerMyNotes = notes !== null && notes.notes.size > 0 && format !== 'png-zip';
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const tour = tours.find((x) => x.id === tourId) ?? tours[0];
  const running = run.kind === 'running';

  const start = async () => {
    if (!tour || running) return;
    const controller = new AbortController();
    abort.current = controller;
    const began = performance.now();
    setRun({ kind: 'running', done: 0, total: tour.stops.length });
    try {
      const { blob, name } = await exportTour({
        data,
        tour,
        i18n,
        format,
        withNotes,
        noteOf:
          offerMyNotes && withMyNotes ? (key: string) => notes.notes.get(key)?.text : undefined,
        style,
        generatedAt: today(),
        signal: controller.signal,
        onProgress: (done, total) => {
          setRun({ kind: 'running', done, total });
        },
      });
      downloadBlob(blob, name);
      setRun({ kind: 'done', name, seconds: (performance.now() - began) / 1000 });
    } catch (e) {
      if (controller.signal.aborted) setRun({ kind: 'cancelled' });
      else setRun({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const status =
    run.kind === 'running'
      ? t('tourExport.progress', { done: run.done, total: run.total })
      : run.kind === 'done'
        ? t('tourExport.done', { name: run.name, seconds: run.seconds.toFixed(1) })
        : run.kind === 'cancelled'
          ? t('tourExport.cancelled')
          : run.kind === 'failed'
            ? t('tourExport.failed', { error: run.error })
            : '';

  return (
    <Dialog title={t('tourExport.title')} onClose={onClose} className="tour-export">
      {tours.length === 0 ? (
        <p>{t('tourExport.noTours')}</p>
      ) : (
        <form
          className="tour-export__form"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <label className="form-stack">
            {t('tourExport.tour')}
            <select value={tourId} disabled={running} onChange={(e) => setTourId(e.target.value)}>
              {tours.map((x) => (
                <option key={x.id} value={x.id} lang={lang}>
                  {x.title} ({t('tours.stops', { count: x.stops.length })})
                </option>
              ))}
            </select>
          </label>
          <fieldset className="tour-export__formats" disabled={running}>
            <legend>{t('tourExport.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className="tour-export__format">
                <input
                  type="radio"
                  name={`${ids}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                <strong>{t(`tourExport.format.${f}`)}</strong>
                <span className="tour-export__hint">{t(`tourExport.formatHint.${f}`)}</span>
              </label>
            ))}
          </fieldset>
          {format === 'pdf' && (
            <label className="tour-export__check">
              <input
                type="checkbox"
                checked={withNotes}
                disabled={running}
                onChange={(e) => setWithNotes(e.target.checked)}
              />
              {t('tourExport.withNotes')}
            </label>
          )}
          {offerMyNotes && (
            <label className="tour-export__check">
              <input
                type="checkbox"
                checked={withMyNotes}
                disabled={running}
                onChange={(e) => setWithMyNotes(e.target.checked)}
              />
              {t('tourExport.withMyNotes')}
            </label>
          )}
          {format !== 'png-zip' && (
            <label className="form-stack">
              {t('tourExport.style')}
              <select
                value={style}
                disabled={running}
                onChange={(e) => setStyle(e.target.value as CitationStyle)}
              >
                {STYLES.map((s) => (
                  <option key={s} value={s}>
                    {CITATION_STYLE_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {running && (
            <progress
              className="tour-export__progress"
              max={run.total}
              value={run.done}
              aria-label={t('tourExport.progressLabel')}
            />
          )}
          <p className="tour-export__status" role="status">
            {status}
          </p>
          <div className="tour-export__actions">
            {running ? (
              <button type="button" onClick={() => abort.current?.abort()}>
                {t('tourExport.cancel')}
              </button>
            ) : (
              <button type="submit" className="button--primary">
                {t('tourExport.start')}
              </button>
            )}
          </div>
        </form>
      )}
    </Dialog>
  );
}
