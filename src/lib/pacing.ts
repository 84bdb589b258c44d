/**
 * The presenter's pacing: how long the talk and the current stop have run, how much of their
 * planned time is left, and whether the presenter is on time, nearly out of it, or over. Pure:
 * the clock is injected (every function takes `now`, a reading of the caller's clock in ms),
 * so a test moves time by passing numbers.
 *
 * A stop's plan is its `durationSeconds`; the talk's plan is the sum of the stops' plans (the
 * stops without one add nothing). Time spent on a stop counts every visit, so going back to a
 * stop uses up what was left of its time.
 */

/** A reading of a clock, in milliseconds (Date.now in the app; numbers in tests). */
export type Clock = () => number;

export interface PacingLog {
  /** When the talk began, on the clock. */
  readonly startedAt: number;
  /** The stop on screen, and since when. */
  readonly step: number;
  readonly stepSince: number;
  /** Time spent on each stop before the current visit (ms), by stop index. */
  readonly spent: Readonly<Record<number, number>>;
}

export type PaceStatus = 'unplanned' | 'onTime' | 'nearly' | 'over';

export interface Pace {
  /** The whole talk so far. */
  readonly elapsedMs: number;
  /** This stop, every visit counted. */
  readonly stopElapsedMs: number;
  readonly stopPlannedMs: number | null;
  /** What is left of the stop's plan; negative when over; null without a plan. */
  readonly stopLeftMs: number | null;
  readonly stopStatus: PaceStatus;
  readonly talkPlannedMs: number | null;
  readonly talkLeftMs: number | null;
  readonly talkStatus: PaceStatus;
}

/** "Nearly out of time" starts when this share of the plan is left (or NEARLY_MIN_MS, if more). */
export const NEARLY_SHARE = 0.2;
export const NEARLY_MIN_MS = 10_000;

export function startPacing(now: number, step = 0): PacingLog {
  return { startedAt: now, step, stepSince: now, spent: {} };
}

/** The log after the presenter moves to `step` at `now` (the same stop: unchanged). */
export function movePacing(log: PacingLog, step: number, now: number): PacingLog {
  if (step === log.step) return log;
  const here = Math.max(0, now - log.stepSince);
  return {
    ...log,
    step,
    stepSince: now,
    spent: { ...log.spent, [log.step]: (log.spent[log.step] ?? 0) + here },
  };
}

/** On time, nearly out of time, or over, with `leftMs` of `plannedMs` left. */
export function paceStatus(leftMs: number | null, plannedMs: number | null): PaceStatus {
  if (leftMs === null || plannedMs === null) return 'unplanned';
  if (leftMs < 0) return 'over';
  if (leftMs <= Math.max(NEARLY_MIN_MS, plannedMs * NEARLY_SHARE)) return 'nearly';
  return 'onTime';
}

const planMs = (seconds: number | undefined): number | null =>
  seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;

/** Where the talk stands at `now`, for stops planned as `plannedSeconds` (by index). */
export function paceAt(
  log: PacingLog,
  plannedSeconds: readonly (number | undefined)[],
  now: number,
): Pace {
  const elapsedMs = Math.max(0, now - log.startedAt);
  const stopElapsedMs = (log.spent[log.step] ?? 0) + Math.max(0, now - log.stepSince);
  const stopPlannedMs = planMs(plannedSeconds[log.step]);
  const stopLeftMs = stopPlannedMs === null ? null : stopPlannedMs - stopElapsedMs;
  const plans = plannedSeconds.map(planMs).filter((ms): ms is number => ms !== null);
  const talkPlannedMs = plans.length > 0 ? plans.reduce((a, b) => a + b, 0) : null;
  const talkLeftMs = talkPlannedMs === null ? null : talkPlannedMs - elapsedMs;
  return {
    elapsedMs,
    stopElapsedMs,
    stopPlannedMs,
    stopLeftMs,
    stopStatus: paceStatus(stopLeftMs, stopPlannedMs),
    talkPlannedMs,
    talkLeftMs,
    talkStatus: paceStatus(talkLeftMs, talkPlannedMs),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A length of time as a clock reads it: "4:05", "12:00", "1:02:03" (whole seconds, rounded
 * down; the sign is dropped: the caller says "over" in words).
 */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A planned time as the tour editor writes it: "1:30" (or "1:00:00" from an hour). */
export function formatDuration(seconds: number): string {
  return formatClock(seconds * 1000);
}

/**
 * A planned time typed by the presenter: "90" (seconds), "1:30" (minutes and seconds) or
 * "1:02:30" (hours too). Empty text is no plan (null); anything else, or zero, is undefined.
 */
export function parseDuration(text: string, maxSeconds = 86_400): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+(?::\d{1,2}){0,2}$/.test(t)) return undefined;
  const parts = t.split(':').map(Number);
  if (parts.slice(1).some((p) => p > 59)) return undefined;
  const seconds = parts.reduce((acc, p) => acc * 60 + p, 0);
  return seconds >= 1 && seconds <= maxSeconds ? seconds : undefined;
}
