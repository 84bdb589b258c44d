import { useCallback, useEffect, useRef, useState } from 'react';
import type { Tour } from '../../lib/tours';
import { PRESENTER_CHANNEL, type PresenterMessage } from './channel';
import { clampStep, stepAfter } from '../../lib/presenterSteps';
import { isTypingTarget, presenterAction } from './keyBindings';
import { useI18n } from '../../i18n/useI18n';
import type { PacingLog } from '../../lib/pacing';
import { SpeakerPace } from './SpeakerPace';
import './speaker.css';

function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/**
 * The presenter's second window: current and next stop, notes and a timer, kept in step with
 * the presenting window through a BroadcastChannel. Its buttons and keys drive that window.
 */
export function SpeakerView({
  tours,
  initial,
}: {
  tours: readonly Tour[];
  initial: { tourId: string; step: number } | null;
}) {
  const { t } = useI18n();
  const [at, setAt] = useState(initial);
  const [started] = useState(() => Date.now());
  // The presenting window's log of the talk (it keeps the time, so both windows agree).
  const [pacing, setPacing] = useState<PacingLog | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(id);
    };
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    ch.onmessage = ({ data }: MessageEvent<PresenterMessage>) => {
      if (data.type !== 'at') return;
      setAt({ tourId: data.tourId, step: data.step });
      setPacing(data.pacing ?? null);
    };
    ch.postMessage({ type: 'hello' } satisfies PresenterMessage);
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  const tour = at ? tours.find((t) => t.id === at.tourId) : undefined;
  const step = at?.step ?? 0;
  // Move at once rather than wait for the main window's answer: a second press before it
  // arrives must count from here, not from the stop before.
  const go = useCallback(
    (to: number) => {
      if (!tour || !channel.current) return;
      const s = clampStep(to, tour.stops.length);
      channel.current.postMessage({
        type: 'go',
        tourId: tour.id,
        step: s,
      } satisfies PresenterMessage);
      setAt({ tourId: tour.id, step: s });
    },
    [tour],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || !tour) return;
      const action = presenterAction(e);
      if (action === null) return;
      e.preventDefault();
      go(stepAfter(action, step, tour.stops.length));
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [tour, step, go]);

  if (!tour) {
    return (
      <main className="speaker" id="main">
        <h1>{t('speaker.heading')}</h1>
        <p role="status">{t('speaker.waiting')}</p>
      </main>
    );
  }
  const stop = tour.stops[step];
  const next = tour.stops[step + 1];
  const talkMs = Math.max(0, now - (pacing?.startedAt ?? started));
  const restart = () => {
    channel.current?.postMessage({ type: 'restartTimer' } satisfies PresenterMessage);
  };
  return (
    <main className="speaker" id="main">
      <header className="speaker__header">
        <h1>{t('speaker.headingTour', { title: tour.title })}</h1>
        <p
          className="speaker__timer"
          aria-label={t('speaker.elapsed', { time: formatElapsed(talkMs) })}
        >
          {formatElapsed(talkMs)}
        </p>
      </header>
      <p className="speaker__progress">
        {t('presenter.progress', { n: String(step + 1), total: String(tour.stops.length) })}
      </p>
      {pacing && <SpeakerPace tour={tour} log={pacing} now={now} onRestart={restart} />}
      <section aria-labelledby="speaker-current">
        <h2 id="speaker-current">{t('speaker.now', { title: stop?.title ?? '' })}</h2>
        <p className="speaker__notes">{stop?.notes ?? t('speaker.noNotes')}</p>
      </section>
      <section aria-labelledby="speaker-next" className="speaker__next">
        <h2 id="speaker-next">
          {t('speaker.next', { title: next ? next.title : t('speaker.end') })}
        </h2>
      </section>
      <div className="speaker__controls">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          {t('speaker.previous')}
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={!next}>
          {t('speaker.nextButton')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t('speaker.announce', { n: String(step + 1), title: stop?.title ?? '' })}
      </p>
    </main>
  );
}
