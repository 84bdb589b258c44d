import { useEffect, useMemo, useRef, useState } from 'react';
import {
  isKioskPaused,
  kioskActivity,
  kioskDwellMs,
  kioskGoTo,
  kioskNextWake,
  kioskProgress,
  kioskTick,
  KIOSK_QUIET_MS,
  startKiosk,
  type KioskPlan,
  type KioskState,
} from '../../lib/kiosk';
import type { PresenterState } from './usePresenter';

export interface KioskView {
  readonly paused: boolean;
  /** How far through its time the stop is, 0 to 1, read now (for the progress ring). */
  readonly progress: () => number;
  readonly quietSeconds: number;
}

/** What counts as someone at the booth. */
const ACTIVITY = ['pointermove', 'pointerdown', 'wheel', 'keydown', 'touchstart'] as const;

interface WakeLockLike {
  release: () => Promise<void>;
}

/** Keeps the screen awake while the kiosk runs, where the Screen Wake Lock API exists. */
function useWakeLock(on: boolean) {
  useEffect(() => {
    if (!on || !('wakeLock' in navigator)) return;
    const api = navigator.wakeLock as { request: (type: 'screen') => Promise<WakeLockLike> };
    let lock: WakeLockLike | null = null;
    let live = true;
    const request = () => {
      api.request('screen').then(
        (l) => {
          if (live) lock = l;
          else void l.release();
        },
        () => undefined, // refused (battery saver, a hidden page): the screen may sleep
      );
    };
    request();
    // The browser drops the lock when the page is hidden; take it again on return.
    const onVisible = () => {
      if (document.visibilityState === 'visible') request();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => undefined);
    };
  }, [on]);
}

/**
 * The kiosk's loop on the stage (lib/kiosk.ts has the schedule): each stop for its planned
 * time or the default, looping, paused while someone is at the booth and resumed after a
 * quiet period. Null when the stage is not a kiosk.
 */
export function useKiosk(presenter: PresenterState, on: boolean): KioskView | null {
  const { tour, step, stopCount, goTo } = presenter;
  const plan = useMemo<KioskPlan>(
    () => ({
      count: stopCount,
      dwellMs: (i) => kioskDwellMs(tour.stops[i]?.durationSeconds),
      quietMs: KIOSK_QUIET_MS,
    }),
    [tour, stopCount],
  );
  const state = useRef<KioskState | null>(null);
  const [paused, setPaused] = useState(false);
  const [wakes, setWakes] = useState(0);
  useWakeLock(on);

  // Start and stop; a stop changed by a key or a link starts its time again.
  useEffect(() => {
    if (!on) {
      state.current = null;
      return;
    }
    state.current = state.current
      ? kioskGoTo(state.current, step, Date.now())
      : startKiosk(step, Date.now());
  }, [on, step]);

  // Look again when the loop next needs it: to move on, or to resume.
  useEffect(() => {
    const s = state.current;
    if (!on || !s) return;
    const id = setTimeout(
      () => {
        const current = state.current;
        if (!current) return;
        const r = kioskTick(current, plan, Date.now());
        state.current = r.state;
        setPaused(isKioskPaused(r.state));
        if (r.advanced) goTo(r.state.step);
        else setWakes((n) => n + 1);
      },
      kioskNextWake(s, plan, Date.now()) + 1,
    );
    return () => {
      clearTimeout(id);
    };
  }, [on, plan, step, paused, wakes, goTo]);

  // Someone at the booth: pause (the resume is scheduled from the last activity).
  useEffect(() => {
    if (!on) return;
    const onActivity = () => {
      if (!state.current) return;
      state.current = kioskActivity(state.current, Date.now());
      setPaused(true);
    };
    // In the capture phase: the stage's key handler stops the keys it uses from going further.
    const options = { passive: true, capture: true };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, options);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, options);
    };
  }, [on]);

  if (!on) return null;
  return {
    paused,
    progress: () => (state.current ? kioskProgress(state.current, plan, Date.now()) : 0),
    quietSeconds: KIOSK_QUIET_MS / 1000,
  };
}
