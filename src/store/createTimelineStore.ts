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

const createChoicesSlice: SliceCreator<ChoicesActions> = (set) => ({
  applyChoices: (choices) => {
    set({ ...DEFAULT_CHOICES, ...choices });
  },
  setChoice: (key, value) => {
    set({ [key]: value });
  },
});

export type TimelineActions = FiltersActions &
  SelectionActions &
  ViewportActions &
  PresenterActions &
  NavigationActions &
  ChoicesActions;
export type TimelineState = TimelineChoices & TimelineActions;
export type TimelineStore = StoreApi<TimelineState>;

const SLICES = {
  filters: createFiltersSlice,
  selection: createSelectionSlice,
  viewport: createViewportSlice,
  presenter: createPresenterSlice,
  navigation: createNavigationSlice,
  choices: createChoicesSlice,
} satisfies Record<string, SliceCreator<object>>;

type DevtoolsSet = (partial: unknown, replace: boolean | undefined, label: string) => void;

/**
 * Development only: each action's updates reach Redux DevTools labelled "slice/action".
 * (Actions run synchronously, so the action running is the one that called `set`.)
 */
function withDevtoolsLabels(slice: string, create: SliceCreator<object>): SliceCreator<object> {
  return (set, get, api) => {
    let running = `${slice}/(anonymous)`;
    const labelledSet: typeof set = (partial, replace) => {
      (set as unknown as DevtoolsSet)(partial, replace, running);
    };
    const actions = create(labelledSet, get, api) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const out: Record<string, unknown> = {};
    for (const [name, action] of Object.entries(actions)) {
      out[name] = (...args: unknown[]) => {
        const outer = running;
        running = `${slice}/${name}`;
        try {
          return action(...args);
        } finally {
          running = outer;
        }
      };
    }
    return out;
  };
}

/** One store for the reader's choices, built from slices; seeded from the URL by main.tsx. */
export function createTimelineStore(initial: Partial<TimelineChoices> = {}): TimelineStore {
  const combine =
    (slices: SliceCreator<object>[]): SliceCreator<TimelineState> =>
    (set, get, api) =>
      Object.assign(
        { ...DEFAULT_CHOICES, ...initial },
        ...slices.map((create) => create(set, get, api)),
      ) as TimelineState;
  if (!import.meta.env.DEV) return createStore<TimelineState>()(combine(Object.values(SLICES)));
  // Redux DevTools in development only: a production build leaves the middleware out.
  const labelled = Object.entries(SLICES).map(([name, create]) => withDevtoolsLabels(name, create));
  return createStore<TimelineState>()(
    devtools(combine(labelled) as Parameters<typeof devtools<TimelineState>>[0], {
      name: 'timeline',
    }),
  );
}
