import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { KioskView } from './useKiosk';

/**
 * A black or white screen over the whole stage (B, ".", W): the room looks at the presenter.
 * Any key (the stage's handler) or a click returns.
 */
export function BlankScreen({
  colour,
  onReturn,
}: {
  colour: 'black' | 'white';
  onReturn: () => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={`stage__blank stage__blank--${colour}`}
      data-blank={colour}
      onClick={onReturn}
      // Focus comes here, so the stage's buttons under it cannot be reached by mistake.
      ref={(el) => {
        el?.focus();
      }}
    >
      <span className="visually-hidden">{t('presenter.blank')}</span>
    </button>
  );
}

/** The laser pointer (L): a large, high-contrast dot that follows the mouse. */
export function LaserDot() {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    let frame = 0;
    const onMove = (e: PointerEvent) => {
      cancelAnimationFrame(frame);
      const { clientX: x, clientY: y } = e;
      frame = requestAnimationFrame(() => {
        setAt({ x, y });
      });
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  if (at === null) return null;
  return (
    <div
      className="stage__laser"
      aria-hidden="true"
      style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
    />
  );
}

/** The stop number being typed ("Go to stop 12"), until Enter or Esc. */
export function TypedStop({ typed, total }: { typed: string; total: number }) {
  const { t } = useI18n();
  const n = Number(typed);
  return (
    <p className="stage__typed" data-valid={n >= 1 && n <= total ? 'true' : 'false'}>
      <strong>{t('presenter.typed', { n: typed })}</strong>
      <span>{t('presenter.typedHint')}</span>
    </p>
  );
}

const RING_R = 20;
const RING_C = 2 * Math.PI * RING_R;

/**
 * The kiosk's discreet progress ring: how much of the stop's time has gone, or a pause sign
 * while someone is at the booth, with the state in words beside it.
 */
export function KioskRing({ state }: { state: KioskView }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState(() => state.progress());
  const { paused } = state;
  useEffect(() => {
    if (paused) return;
    const id = setInterval(() => {
      setProgress(state.progress());
    }, 250);
    return () => {
      clearInterval(id);
    };
  }, [state, paused]);
  const shown = paused ? state.progress() : progress;
  return (
    <div className="stage__kiosk" data-paused={paused ? 'true' : 'false'}>
      <svg viewBox="0 0 48 48" aria-hidden="true" className="stage__kiosk-ring">
        <circle cx="24" cy="24" r={RING_R} className="stage__kiosk-track" />
        <circle
          cx="24"
          cy="24"
          r={RING_R}
          className="stage__kiosk-fill"
          strokeDasharray={RING_C}
          strokeDashoffset={RING_C * (1 - shown)}
          transform="rotate(-90 24 24)"
        />
        {paused && (
          <g className="stage__kiosk-pause">
            <rect x="17" y="15" width="5" height="18" rx="1" />
            <rect x="26" y="15" width="5" height="18" rx="1" />
          </g>
        )}
      </svg>
      <p role="status" className="stage__kiosk-label">
        <span aria-hidden="true">
          {paused ? t('presenter.kioskPaused') : t('presenter.kioskRunning')}
        </span>
        <span className="visually-hidden">
          {paused
            ? t('presenter.say.kioskPaused', { seconds: String(state.quietSeconds) })
            : t('presenter.say.kioskRunning')}
        </span>
      </p>
    </div>
  );
}
