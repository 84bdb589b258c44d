import type { Domain } from '../../lib/viewport';
import type { Presenting } from '../stateTable';
import { normaliseFilter } from './filtersSlice';
import type { SliceCreator } from './sliceCreator';

/** What a tour stop sets, all at once (one history entry). */
export interface StopChoices {
  readonly themeFilter: readonly string[] | null;
  readonly selectedEventId: string | null;
  readonly viewport: Domain | null;
}

export interface PresenterActions {
  /**
   * Shows a tour stop: its view and the presenter position, in one update; `kiosk` (when
   * given) starts or ends the self-running loop with it.
   */
  presentStop: (presenting: Presenting, view: StopChoices, kiosk?: boolean) => void;
  stopPresenting: () => void;
}

export const createPresenterSlice: SliceCreator<PresenterActions> = (set) => ({
  presentStop: (presenting, view, kiosk) => {
    set({
      presenting,
      ...(kiosk !== undefined && { kiosk }),
      themeFilter: normaliseFilter(view.themeFilter),
      selectedEventId: view.selectedEventId,
      viewport: view.viewport,
    });
  },
  // Leaving the presentation ends a kiosk's loop too.
  stopPresenting: () => {
    set({ presenting: null, kiosk: false });
  },
});
