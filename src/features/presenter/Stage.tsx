import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ArrowLeft,
  ArrowRight,
  Keyboard,
  LayoutGrid,
  LogOut,
  Maximize,
  MonitorSmartphone,
  NotebookText,
} from 'lucide-react';
import type { LoadedDataset } from '../../domain/indexes';
import { useI18n } from '../../i18n/useI18n';
import { speakerWindowUrl } from '../../store/browserUrl';
import { useTimelineStore } from '../../store/timelineStoreContext';
import { enterFullscreen } from './fullscreen';
import { JumpDialog } from './JumpDialog';
import { BlankScreen, KioskRing, LaserDot, TypedStop } from './StageLayers';
import type { PresenterState } from './usePresenter';
import { useIdleHide } from './useIdleHide';
import { useKiosk } from './useKiosk';
import { useStageControls } from './useStageControls';
import './stage.css';
import './overlays.css';

// What only some presenters open loads on first use: the overview's thumbnails (the slide
// builder), the QR code (its encoder) and the list of keys.
const Overview = lazy(() => import('./Overview').then((m) => ({ default: m.Overview })));
const QrPanel = lazy(() => import('./QrPanel').then((m) => ({ default: m.QrPanel })));
const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));

/**
 * The presenter's stage: a fixed, full-viewport slide, sized in viewport units so 720p and
 * 1080p look alike. The tour's name small, the stop's title large, the chart, the featured
 * quote, the progress, and a control bar that hides after two seconds without the mouse.
 * Over it, on request: the overview of all stops, a black or white screen, the list of stops,
 * the list of keys, the stop's QR code and a laser pointer (keyBindings.ts has the keys).
 * The chart and the quote are slots the app fills.
 */
export function Stage({
  presenter,
  data,
  lang,
  chart,
  quote,
}: {
  presenter: PresenterState;
  data: LoadedDataset;
  /** The dataset's language (the tour's words are its words). */
  lang: string;
  chart: ReactNode;
  quote: ReactNode;
}) {
  const { t } = useI18n();
  const { tour, stop, step, stopCount, goTo, exit } = presenter;
  const [fullscreenRefused, setFullscreenRefused] = useState(false);
  const overviewGrid = useRef<HTMLOListElement>(null);
  const kiosk = useTimelineStore((s) => s.kiosk);

  // False when pop-ups are blocked: the notes then show on the stage instead.
  const openSpeakerWindow = useCallback(
    () =>
      window.open(speakerWindowUrl(), 'wpc-speaker-notes', 'popup,width=720,height=640') !== null,
    [],
  );

  const requestFullscreen = useCallback(() => {
    void enterFullscreen().then((ok) => {
      setFullscreenRefused(!ok);
    });
  }, []);

  const actions = useMemo(
    () => ({
      openSpeakerWindow,
      requestFullscreen,
      overviewColumns: () => {
        const grid = overviewGrid.current;
        if (!grid) return 1;
        return getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length;
      },
    }),
    [openSpeakerWindow, requestFullscreen],
  );
  const ui = useStageControls(presenter, actions);
  const { mode } = ui;
  const { hidden } = useIdleHide(2000, ui.laser);
  const kioskState = useKiosk(presenter, kiosk);

  const progress = stopCount > 0 ? (step + 1) / stopCount : 0;
  const covered = mode === 'overview' || mode === 'blank';
  return (
    <section
      className={`presenter stage projector${hidden ? ' stage--idle' : ''}${ui.laser ? ' stage--laser' : ''}`}
      aria-labelledby="presenter-stop-title"
      data-mode={mode}
    >
      <div className="stage__slide" inert={covered}>
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
              onClick={() => ui.setMode('overview')}
              aria-keyshortcuts="O Escape"
            >
              <LayoutGrid size={20} aria-hidden="true" /> {t('presenter.overviewButton')}
            </button>
            <button
              type="button"
              aria-pressed={ui.notes}
              onClick={() => ui.run('notes')}
              aria-keyshortcuts="N"
            >
              <NotebookText size={20} aria-hidden="true" /> {t('presenter.notes')}
            </button>
            <button type="button" onClick={() => ui.run('speakerWindow')} aria-keyshortcuts="S">
              <MonitorSmartphone size={20} aria-hidden="true" /> {t('presenter.view')}
            </button>
            <button type="button" onClick={requestFullscreen} aria-keyshortcuts="F">
              <Maximize size={20} aria-hidden="true" /> {t('presenter.fullscreen')}
            </button>
            <button type="button" onClick={() => ui.run('help')} aria-keyshortcuts="?">
              <Keyboard size={20} aria-hidden="true" /> {t('presenter.keysButton')}
            </button>
            <button type="button" onClick={exit}>
              <LogOut size={20} aria-hidden="true" /> {t('presenter.exit')}
            </button>
          </div>
        </footer>
        {ui.notes && (
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
        {ui.typed !== '' && <TypedStop typed={ui.typed} total={stopCount} />}
        {kioskState && <KioskRing state={kioskState} />}
        <Suspense fallback={null}>
          {ui.qr && <QrPanel view={presenter.view} onClose={() => ui.run('qr')} />}
        </Suspense>
      </div>
      <Suspense fallback={null}>
        {mode === 'overview' && (
          <Overview
            ref={overviewGrid}
            data={data}
            presenter={presenter}
            lang={lang}
            picked={ui.picked}
            onPick={ui.setPicked}
            onOpen={ui.open}
            onBack={() => ui.open(step)}
          />
        )}
        {mode === 'help' && <HelpDialog onClose={() => ui.setMode('slide')} />}
      </Suspense>
      {mode === 'jump' && (
        <JumpDialog
          presenter={presenter}
          lang={lang}
          onChoose={ui.open}
          onClose={() => ui.setMode('slide')}
        />
      )}
      {mode === 'blank' && <BlankScreen colour={ui.blank} onReturn={() => ui.run('unblank')} />}
      {ui.laser && <LaserDot />}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('presenter.announce', {
          n: String(step + 1),
          total: String(stopCount),
          title: stop.title,
        })}
      </p>
      <p className="visually-hidden stage__say" aria-live="polite" aria-atomic="true">
        {ui.announcement}
      </p>
    </section>
  );
}
