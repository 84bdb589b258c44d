/**
 * The kiosk's schedule: a tour that runs by itself at a booth. Each stop stays for its planned
 * time (or a default), the last one loops back to the first, and the loop pauses while someone
 * touches the screen or moves the mouse, resuming after a quiet period. Pure: the caller's
 * clock is passed in as `now` (ms), so a test moves time by passing numbers, and the hook that
 * runs it asks `kioskNextWake` when to look again instead of polling.
 */

export interface KioskPlan {
  /** How many stops the tour has. */
  readonly count: number;
  /** How long a stop stays (ms). */
  readonly dwellMs: (step: number) => number;
  /** How long nobody must touch anything before the loop resumes (ms). */
  readonly quietMs: number;
}

export interface KioskState {
  readonly step: number;
  /** How long the stop has been shown while running, up to `runningSince`. */
  readonly shownMs: number;
  /** When the loop last started running on this stop; null while paused. */
  readonly runningSince: number | null;
  /** The last touch, click, key or mouse movement; null before any. */
  readonly lastActivity: number | null;
}

/** A stop's time when it has none of its own. */
export const KIOSK_DEFAULT_DWELL_MS = 20_000;
/** Quiet needed before a paused loop resumes. */
export const KIOSK_QUIET_MS = 30_000;

/** How long a stop with `durationSeconds` (or none) stays in the loop. */
export function kioskDwellMs(
  durationSeconds: number | undefined,
  defaultMs = KIOSK_DEFAULT_DWELL_MS,
): number {
  return durationSeconds !== undefined && durationSeconds > 0 ? durationSeconds * 1000 : defaultMs;
}

export function startKiosk(step: number, now: number): KioskState {
  return { step, shownMs: 0, runningSince: now, lastActivity: null };
}

function shownAt(state: KioskState, now: number): number {
  return state.shownMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Someone touched, clicked, typed or moved the mouse: the loop pauses where it is. */
export function kioskActivity(state: KioskState, now: number): KioskState {
  return { ...state, shownMs: shownAt(state, now), runningSince: null, lastActivity: now };
}

/** The stop changed by other means (a key, a link): its time starts again. */
export function kioskGoTo(state: KioskState, step: number, now: number): KioskState {
  if (step === state.step) return state;
  return { ...state, step, shownMs: 0, runningSince: state.runningSince === null ? null : now };
}

export function isKioskPaused(state: KioskState): boolean {
  return state.runningSince === null;
}

/**
 * The loop at `now`: resumed once it has been quiet long enough, and moved on by as many
 * stops as have used up their time (looping after the last). `advanced` says whether the stop
 * changed.
 */
export function kioskTick(
  state: KioskState,
  plan: KioskPlan,
  now: number,
): { state: KioskState; advanced: boolean } {
  let s = state;
  if (s.runningSince === null) {
    const quietSince = s.lastActivity ?? now;
    if (now - quietSince < plan.quietMs) return { state: s, advanced: false };
    s = { ...s, runningSince: quietSince + plan.quietMs };
  }
  if (plan.count <= 0) return { state: s, advanced: false };
  let advanced = false;
  // Each stop's time ends at a known moment; the next stop starts then (no drift).
  for (let guard = 0; guard < 10_000; guard++) {
    const start = s.runningSince ?? now;
    const due = start + Math.max(1, plan.dwellMs(s.step) - s.shownMs);
    if (due > now) break;
    s = { ...s, step: (s.step + 1) % plan.count, shownMs: 0, runningSince: due };
    advanced = true;
  }
  return { state: s, advanced };
}

/** How far through its time the stop is, 0 to 1 (for the progress ring). */
export function kioskProgress(state: KioskState, plan: KioskPlan, now: number): number {
  const dwell = plan.dwellMs(state.step);
  return dwell <= 0 ? 1 : Math.min(1, Math.max(0, shownAt(state, now) / dwell));
}

/** Milliseconds until the loop next needs looking at: to resume or to move on. */
export function kioskNextWake(state: KioskState, plan: KioskPlan, now: number): number {
  if (state.runningSince === null) {
    return Math.max(0, (state.lastActivity ?? now) + plan.quietMs - now);
  }
  return Math.max(0, plan.dwellMs(state.step) - shownAt(state, now));
}
