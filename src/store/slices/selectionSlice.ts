import type { SliceCreator } from './sliceCreator';

export interface SelectionActions {
  selectEvent: (eventId: string | null) => void;
  /** Highlights the events citing a source (null: none). */
  highlightSource: (sourceId: string | null) => void;
}

export const createSelectionSlice: SliceCreator<SelectionActions> = (set) => ({
  selectEvent: (selectedEventId) => {
    set({ selectedEventId });
  },
  highlightSource: (highlightedSourceId) => {
    set({ highlightedSourceId });
  },
});
