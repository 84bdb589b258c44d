import type { StateCreator } from 'zustand/vanilla';
import type { TimelineState } from '../createTimelineStore';

/**
 * A slice of the timeline store: its actions, on choices whose values and defaults come from
 * the state table. Typed for the devtools middleware, which the combined store adds in
 * development only; `set`'s third argument labels the action there ("slice/action").
 */
export type SliceCreator<T> = StateCreator<TimelineState, [['zustand/devtools', never]], [], T>;
