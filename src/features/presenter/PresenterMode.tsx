import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { viewForStop, type StopView, type Tour } from '../../lib/tours';
import { paddedBounds, sameDomain, type Domain } from '../../lib/viewport';
import type { StopChoices } from '../../store/createTimelineStore';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { speakerWindowUrl } from '../../store/browserUrl';
import { PRESENTER_CHANNEL, type PresenterMessage } from './channel';
import { isTypingTarget, presenterAction } from './keyBindings';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

const TRANSITION_MS = 650;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function sameFilter(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((t) => b.includes(t));
}

/** Presenter mode: the stop's view, keys and clicker, full screen, notes and a second window. */
export function PresenterMode({ data, tours }: { data: LoadedDataset; tours: readonly Tour[] }) {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const presenting = useTimelineStore(useShallow((s) => s.presenting));
  const tour = presenting ? tours.find((t) => t.id === presenting.tourId) : undefined;
  const stopCount = tour?.stops.length ?? 0;
  const step = presenting ? Math.min(Math.max(0, presenting.step), Math.max(0, stopCount - 1)) : 0;
  const stop = tour?.stops[step];
  const [notesInline, setNotesInline] = useState(false);
  const [fullscreenRefused, setFullscreenRefused] = useState(false);

  const known = useMemo(
    () => ({
      themeIds: new Set(data.themesById.keys()),
      events: data.eventsById,
      quoteIds: new Set(data.quotesById.keys()),
      bounds: paddedBounds(data.span),
    }),
    [data],
  );

  // Animate the window between stops (unless the reader prefers reduced motion).
  const animation = useRef(0);
  const show = useCallback(
    (tourId: string, index: number, view: StopView, animate: boolean) => {
      cancelAnimationFrame(animation.current);
      const s = store.getState();
      const from: Domain = s.viewport ?? known.bounds;
      const to: Domain = view.viewport ?? known.bounds;
      const choices: StopChoices = {
        themeFilter: view.themeFilter,
        selectedEventId: view.selectedEventId,
        viewport: animate ? from : view.viewport,
      };
      s.presentStop({ tourId, step: index }, choices);
      if (!animate || sameDomain(from, to)) {
        s.setViewport(view.viewport);
        return;
      }
      const start = performance.now();
      const tick = (now: number) => {
        const t = Math.min(1, (now - start) / TRANSITION_MS);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        if (t < 1) {
          store
            .getState()
            .setViewport([from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e]);
          animation.current = requestAnimationFrame(tick);
        } else {
          store.getState().setViewport(view.viewport);
        }
      };
      animation.current = requestAnimationFrame(tick);
    },
    [store, known.bounds],
  );

  const goTo = useCallback(
    (index: number, animate = true) => {
      if (!tour || !presenting) return;
      const i = Math.min(Math.max(0, index), tour.stops.length - 1);
      const target = tour.stops[i];
      if (!target) return;
      show(tour.id, i, viewForStop(target, known), animate && !prefersReducedMotion());
    },
    [tour, presenting, show, known],
  );

  // A link or Back/Forward may name a stop whose view is not on screen yet: show it.
  useEffect(() => {
    if (!presenting) return;
    if (!tour) {
      store.getState().stopPresenting();
      return;
    }
    if (!stop) return;
    const view = viewForStop(stop, known);
    const s = store.getState();
    const current = s.viewport ?? known.bounds;
    const wanted = view.viewport ?? known.bounds;
    const matches =
      sameFilter(s.themeFilter, view.themeFilter) &&
      s.selectedEventId === view.selectedEventId &&
      sameDomain(current, wanted, 120_000) &&
      presenting.step === step;
    if (!matches) show(tour.id, step, view, false);
  }, [presenting, tour, stop, step, known, store, show]);

  const exit = useCallback(() => {
    cancelAnimationFrame(animation.current);
    store.getState().stopPresenting();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [store]);

  // Keys and clickers (→ Space PageDown / ← Shift+Space PageUp / Home End / Esc).
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const action = presenterAction(e);
      if (action === null) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'next') goTo(step + 1);
      else if (action === 'previous') goTo(step - 1);
      else if (action === 'first') goTo(0);
      else if (action === 'last') goTo(stopCount - 1);
      else exit();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [presenting, goTo, step, stopCount, exit]);

  // Full screen when the browser allows it; a full-window layout when it does not.
  const wasFullscreen = useRef(false);
  useEffect(() => {
    if (!presenting) return;
    document.documentElement.classList.add('is-presenting');
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) {
        wasFullscreen.current = false;
        store.getState().stopPresenting(); // Esc in full screen leaves the presentation too
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.documentElement.classList.remove('is-presenting');
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [presenting, store]);

  // The speaker's window: tell it where we are; follow it when it moves.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    const ch = channel.current;
    if (!ch) return;
    const onMessage = ({ data: msg }: MessageEvent<PresenterMessage>) => {
      if (msg.type === 'go' && tour && msg.tourId === tour.id) goTo(msg.step);
      if (msg.type === 'hello' && presenting) {
        ch.postMessage({ type: 'at', tourId: presenting.tourId, step } satisfies PresenterMessage);
      }
    };
    ch.addEventListener('message', onMessage);
    if (presenting)
      ch.postMessage({ type: 'at', tourId: presenting.tourId, step } satisfies PresenterMessage);
    return () => {
      ch.removeEventListener('message', onMessage);
    };
  }, [presenting, tour, step, goTo]);

  if (!presenting || !tour || !stop) return null;

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

  return (
    <section className="presenter" aria-labelledby="presenter-stop-title">
      <div className="presenter__main">
        <p className="presenter__tour" lang={lang}>
          {tour.title}
        </p>
        <h2 id="presenter-stop-title" className="presenter__title" lang={lang}>
          {stop.title}
        </h2>
        <p
          className="presenter__progress"
          aria-label={t('presenter.progress', { n: String(step + 1), total: String(stopCount) })}
        >
          {step + 1} / {stopCount}
        </p>
        {notesInline && stop.notes && (
          <div className="presenter__notes" id="presenter-notes">
            <h3>{t('presenter.notes')}</h3>
            <p lang={lang}>{stop.notes}</p>
          </div>
        )}
      </div>
      <div className="presenter__controls" role="toolbar" aria-label={t('presenter.toolbar')}>
        <button
          type="button"
          onClick={() => goTo(step - 1)}
          disabled={step === 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          <span aria-hidden="true">←</span> {t('presenter.previous')}
        </button>
        <button
          type="button"
          onClick={() => goTo(step + 1)}
          disabled={step >= stopCount - 1}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          {t('presenter.next')} <span aria-hidden="true">→</span>
        </button>
        <button type="button" aria-pressed={notesInline} onClick={() => setNotesInline((v) => !v)}>
          {t('presenter.notes')}
        </button>
        <button type="button" onClick={openSpeakerWindow}>
          {t('presenter.view')}
        </button>
        <button type="button" onClick={requestFullscreen}>
          {t('presenter.fullscreen')}
        </button>
        <button type="button" onClick={exit} aria-keyshortcuts="Escape">
          {t('presenter.exit')}
        </button>
      </div>
      {fullscreenRefused && (
        <p className="presenter__hint" role="status">
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
