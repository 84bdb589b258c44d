import { describe, expect, it } from 'vitest';
import {
  isKioskPaused,
  kioskActivity,
  kioskDwellMs,
  kioskGoTo,
  kioskNextWake,
  kioskProgress,
  kioskTick,
  startKiosk,
  type KioskPlan,
  type KioskState,
} from '../../../src/lib/kiosk';

const S = 1000;
const durations = [10, undefined, 5];
const plan: KioskPlan = {
  count: 3,
  dwellMs: (i) => kioskDwellMs(durations[i], 20 * S),
  quietMs: 30 * S,
};

/** A fake clock that runs the loop the way the hook does: wake, tick, repeat. */
function runUntil(state: KioskState, from: number, to: number) {
  let s = state;
  let now = from;
  const seen: number[] = [];
  while (now < to) {
    now = Math.min(to, now + Math.max(1, kioskNextWake(s, plan, now)));
    const r = kioskTick(s, plan, now);
    if (r.advanced) seen.push(r.state.step);
    s = r.state;
  }
  return { state: s, seen };
}

describe('kiosk schedule', () => {
  it('uses the stop’s duration, or the default', () => {
    expect(kioskDwellMs(12)).toBe(12 * S);
    expect(kioskDwellMs(undefined, 7 * S)).toBe(7 * S);
  });

  it('advances on each stop’s time and loops after the last', () => {
    const s = startKiosk(0, 0);
    expect(kioskTick(s, plan, 9_999).advanced).toBe(false);
    expect(kioskProgress(s, plan, 5 * S)).toBe(0.5);
    const { state, seen } = runUntil(s, 0, 10 * S + 20 * S + 5 * S + 10 * S);
    expect(seen).toEqual([1, 2, 0, 1]);
    expect(state.step).toBe(1);
    // Times add up without drift: stop 2 started exactly at 45 s.
    expect(state.runningSince).toBe(45 * S);
  });

  it('catches up on stops whose time passed while the page was asleep', () => {
    const r = kioskTick(startKiosk(0, 0), plan, 36 * S);
    expect(r.state.step).toBe(0);
    expect(r.state.runningSince).toBe(35 * S);
  });

  it('pauses on activity, keeps the time shown, and resumes after a quiet period', () => {
    let s = startKiosk(0, 0);
    s = kioskActivity(s, 4 * S);
    expect(isKioskPaused(s)).toBe(true);
    expect(kioskProgress(s, plan, 20 * S)).toBe(0.4);
    // More activity restarts the quiet period.
    s = kioskActivity(s, 20 * S);
    expect(kioskTick(s, plan, 49 * S).state).toBe(s);
    expect(kioskNextWake(s, plan, 49 * S)).toBe(1 * S);
    const resumed = kioskTick(s, plan, 50 * S);
    expect(isKioskPaused(resumed.state)).toBe(false);
    expect(resumed.advanced).toBe(false);
    // 6 s of its 10 were left: it moves on at 56 s.
    expect(kioskNextWake(resumed.state, plan, 50 * S)).toBe(6 * S);
    expect(kioskTick(resumed.state, plan, 56 * S)).toMatchObject({
      advanced: true,
      state: { step: 1 },
    });
  });

  it('starts a stop’s time again when someone moves to another stop', () => {
    let s = kioskActivity(startKiosk(0, 0), 3 * S);
    s = kioskGoTo(s, 2, 4 * S);
    expect(s).toMatchObject({ step: 2, shownMs: 0, runningSince: null });
    const running = kioskGoTo(startKiosk(0, 0), 1, 8 * S);
    expect(running).toMatchObject({ step: 1, shownMs: 0, runningSince: 8 * S });
  });
});
