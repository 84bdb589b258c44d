/** Messages between the presenting window and the speaker's window (BroadcastChannel). */
export const PRESENTER_CHANNEL = 'wpc-timeline-presenter';

export type PresenterMessage =
  /** The presenting window is at this stop. */
  | { type: 'at'; tourId: string; step: number }
  /** The speaker's window asks to move to this stop. */
  | { type: 'go'; tourId: string; step: number }
  /** A speaker's window has opened and wants to know where we are. */
  | { type: 'hello' };
