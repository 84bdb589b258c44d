import type { ViewName } from '../stateTable';
import type { SliceCreator } from './sliceCreator';

/** Where the reader is: the view, the search, and what the strategy views are set to. */
export interface NavigationActions {
  setView: (view: ViewName) => void;
  setQuery: (query: string) => void;
  setComparePair: (pair: string | null) => void;
  choosePerson: (person: string | null) => void;
  setSpeakers: (group: string) => void;
}

export const createNavigationSlice: SliceCreator<NavigationActions> = (set) => ({
  setView: (view) => {
    set({ view });
  },
  setQuery: (query) => {
    set({ query });
  },
  setComparePair: (comparePair) => {
    set({ comparePair });
  },
  choosePerson: (person) => {
    set({ person });
  },
  setSpeakers: (speakers) => {
    set({ speakers });
  },
});
