import { devtools } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_CHOICES, type ChoiceKey, type TimelineChoices } from './stateTable';
import { createFiltersSlice, type FiltersActions } from './slices/filtersSlice';
import { createNavigationSlice, type NavigationActions } from './slices/navigationSlice';
import { createPresenterSlice, type PresenterActions } from './slices/presenterSlice';
import { createSelectionSlice, type SelectionActions } from './slices/selectionSlice';
import type { SliceCreator } from './slices/sliceCreator';
import { createViewportSlice, type ViewportActions } from './slices/viewportSlice';

export {
  DEFAULT_CHOICES,
  VIEW_NAMES,
  choicesOf,
  type Presenting,
  type TimelineChoices,
  type ViewName,
} from './stateTable';
export type { StopChoices } from './slices/presenterSlice';

export interface ChoicesActions {
  /** Replaces every choice at once (URL restore, Back/Forward); the rest go to defaults. */
  applyChoices: (choices: Partial<TimelineChoices>) => void;
  /** Sets one choice: what a new state-table entry's control calls. */
  setChoice: <K extends ChoiceKey>(key: K, value: TimelineChoices[K]) => void;
}

export type TimelineActions = FiltersActions &
  SelectionActions &
  ViewportActions &
  PresenterActions &
  NavigationActions &
  ChoicesActions;
export type TimelineState = TimelineChoices & TimelineActions;
export type TimelineStore = StoreApi<TimelineState>;

// Redux DevTools in development only: in a production build this is the identity, and the
// middleware is not bundled.
const devtoolsInDev = (import.meta.env.DEV ? devtools : (f: unknown) => f) as typeof devtools;

/** One store for the reader's choices, built from slices; seeded from the URL by main.tsx. */
export function createTimelineStore(initial: Partial<TimelineChoices> = {}): TimelineStore {
  const slices: SliceCreator<TimelineState> = (set, get, api) => ({
    ...DEFAULT_CHOICES,
    ...initial,
    ...createFiltersSlice(set, get, api),
    ...createSelectionSlice(set, get, api),
    ...createViewportSlice(set, get, api),
    ...createPresenterSlice(set, get, api),
    ...createNavigationSlice(set, get, api),
    applyChoices: (choices) => {
      set({ ...DEFAULT_CHOICES, ...choices }, undefined, 'choices/applyChoices');
    },
    setChoice: (key, value) => {
      set({ [key]: value }, undefined, `choices/setChoice:${key}`);
    },
  });
  return createStore<TimelineState>()(devtoolsInDev(slices, { name: 'timeline' }));
}
