import type { PacingLog } from '../../lib/pacing';

/** Messages between the presenting window and the speaker's window (BroadcastChannel). */
export const PRESENTER_CHANNEL = 'wpc-timeline-presenter';

export type PresenterMessage =
  /** The presenting window is at this stop; the talk's pacing so far (Date.now clock). */
  | { type: 'at'; tourId: string; step: number; pacing?: PacingLog | undefined }
  /** The speaker's window asks to move to this stop. */
  | { type: 'go'; tourId: string; step: number }
  /** The speaker's window asks to start the talk's timer again, from now. */
  | { type: 'restartTimer' }
  /** A speaker's window has opened and wants to know where we are. */
  | { type: 'hello' };
