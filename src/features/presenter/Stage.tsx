import { useState, type ReactNode } from 'react';
import {
  ArrowLeft,
  ArrowRight,
  LogOut,
  Maximize,
  MonitorSmartphone,
  NotebookText,
} from 'lucide-react';
import { useI18n } from '../../i18n/useI18n';
import { speakerWindowUrl } from '../../store/browserUrl';
import type { PresenterState } from './usePresenter';
import { useIdleHide } from './useIdleHide';
import './stage.css';

/**
 * The presenter's stage: a fixed, full-viewport slide, sized in viewport units so 720p and
 * 1080p look alike. The tour's name small, the stop's title large, the chart, the featured
 * quote, the progress, and a control bar that hides after two seconds without the mouse.
 * The chart and the quote are slots the app fills.
 */
export function Stage({
  presenter,
  lang,
  chart,
  quote,
}: {
  presenter: PresenterState;
  /** The dataset's language (the tour's words are its words). */
  lang: string;
  chart: ReactNode;
  quote: ReactNode;
}) {
  const { t } = useI18n();
  const { tour, stop, step, stopCount, goTo, exit } = presenter;
  const [notesInline, setNotesInline] = useState(false);
  const [fullscreenRefused, setFullscreenRefused] = useState(false);
  const { hidden } = useIdleHide(2000);

  const openSpeakerWindow = () => {
    const w = window.open(speakerWindowUrl(), 'wpc-speaker-notes', 'popup,width=720,height=640');
    if (!w) setNotesInline(true); // pop-ups blocked: show the notes here instead
  };

  const requestFullscreen = () => {
    document.documentElement.requestFullscreen().then(
      () => {
        setFullscreenRefused(false);
      },
      () => {
        setFullscreenRefused(true);
      },
    );
  };

  const progress = stopCount > 0 ? (step + 1) / stopCount : 0;
  return (
    <section
      className={`presenter stage projector${hidden ? ' stage--idle' : ''}`}
      aria-labelledby="presenter-stop-title"
    >
      <header className="stage__head">
        <p className="presenter__tour stage__tour" lang={lang}>
          {tour.title}
        </p>
        <h1 id="presenter-stop-title" className="presenter__title stage__title" lang={lang}>
          {stop.title}
        </h1>
      </header>
      <div className="stage__chart">{chart}</div>
      <div className="stage__quote">{quote}</div>
      <footer className="stage__foot">
        <p
          className="presenter__progress stage__progress"
          aria-label={t('presenter.progress', { n: String(step + 1), total: String(stopCount) })}
        >
          {step + 1} / {stopCount}
        </p>
        <div className="stage__bar" aria-hidden="true">
          <div className="stage__bar-fill" style={{ width: `${progress * 100}%` }} />
        </div>
        <div
          className="presenter__controls stage__controls"
          role="toolbar"
          aria-label={t('presenter.toolbar')}
          data-idle={hidden ? 'true' : 'false'}
        >
          <button
            type="button"
            onClick={() => goTo(step - 1)}
            disabled={step === 0}
            aria-keyshortcuts="ArrowLeft PageUp"
          >
            <ArrowLeft size={20} aria-hidden="true" /> {t('presenter.previous')}
          </button>
          <button
            type="button"
            onClick={() => goTo(step + 1)}
            disabled={step >= stopCount - 1}
            aria-keyshortcuts="ArrowRight PageDown Space"
          >
            {t('presenter.next')} <ArrowRight size={20} aria-hidden="true" />
          </button>
          <button
            type="button"
            aria-pressed={notesInline}
            onClick={() => setNotesInline((v) => !v)}
          >
            <NotebookText size={20} aria-hidden="true" /> {t('presenter.notes')}
          </button>
          <button type="button" onClick={openSpeakerWindow}>
            <MonitorSmartphone size={20} aria-hidden="true" /> {t('presenter.view')}
          </button>
          <button type="button" onClick={requestFullscreen}>
            <Maximize size={20} aria-hidden="true" /> {t('presenter.fullscreen')}
          </button>
          <button type="button" onClick={exit} aria-keyshortcuts="Escape">
            <LogOut size={20} aria-hidden="true" /> {t('presenter.exit')}
          </button>
        </div>
      </footer>
      {notesInline && (
        <aside className="presenter__notes stage__notes" id="presenter-notes">
          <h2>{t('presenter.notes')}</h2>
          <p lang={lang}>{stop.notes ?? t('speaker.noNotes')}</p>
        </aside>
      )}
      {fullscreenRefused && (
        <p className="presenter__hint stage__hint" role="status">
          {t('presenter.fullscreenRefused')}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('presenter.announce', {
          n: String(step + 1),
          total: String(stopCount),
          title: stop.title,
        })}
      </p>
    </section>
  );
}
