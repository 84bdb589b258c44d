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
    set({ view }, undefined, 'navigation/setView');
  },
  setQuery: (query) => {
    set({ query }, undefined, 'navigation/setQuery');
  },
  setComparePair: (comparePair) => {
    set({ comparePair }, undefined, 'navigation/setComparePair');
  },
  choosePerson: (person) => {
    set({ person }, undefined, 'navigation/choosePerson');
  },
  setSpeakers: (speakers) => {
    set({ speakers }, undefined, 'navigation/setSpeakers');
  },
});
