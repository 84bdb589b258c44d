/**
 * The presenter's step arithmetic, shared by the stage and the speaker's window: where an
 * action goes from a stop, always inside the tour.
 */
export type StepAction = 'next' | 'previous' | 'first' | 'last';

/** A stop index kept inside a tour of `count` stops (0 for an empty tour). */
export function clampStep(step: number, count: number): number {
  if (count <= 0 || !Number.isFinite(step)) return 0;
  return Math.min(Math.max(0, Math.trunc(step)), count - 1);
}

/** The stop an action moves to from `step` in a tour of `count` stops. */
export function stepAfter(action: StepAction, step: number, count: number): number {
  switch (action) {
    case 'next':
      return clampStep(step + 1, count);
    case 'previous':
      return clampStep(step - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampStep(count - 1, count);
  }
}
