import type { StateCreator } from 'zustand/vanilla';
import type { TimelineState } from '../createTimelineStore';

/**
 * A slice of the timeline store: its actions, on choices whose values and defaults come from
 * the state table. The combined store labels each action for Redux DevTools in development
 * ("slice/action"), so slices call a plain `set`.
 */
export type SliceCreator<T> = StateCreator<TimelineState, [], [], T>;
