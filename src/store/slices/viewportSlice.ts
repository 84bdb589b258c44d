import type { Domain } from '../../lib/viewport';
import type { SliceCreator } from './sliceCreator';

export interface ViewportActions {
  /** The visible time window (null: the whole dataset). */
  setViewport: (viewport: Domain | null) => void;
}

export const createViewportSlice: SliceCreator<ViewportActions> = (set) => ({
  setViewport: (viewport) => {
    set({ viewport });
  },
});
