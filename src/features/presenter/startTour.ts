import type { LoadedDataset } from '../../domain/indexes';
import { viewForStop, type Tour } from '../../lib/tours';
import { paddedBounds } from '../../lib/viewport';
import type { TimelineStore } from '../../store/createTimelineStore';
import { enterFullscreen } from './fullscreen';

/**
 * Starts presenting a tour at a stop, asking for full screen (it needs the click's gesture);
 * `kiosk` runs it by itself, looping (`?kiosk=1`).
 */
export function startTour(
  store: TimelineStore,
  data: LoadedDataset,
  tour: Tour,
  step = 0,
  kiosk = false,
): void {
  const stop = tour.stops[step];
  if (!stop) return;
  const view = viewForStop(stop, {
    themeIds: new Set(data.themesById.keys()),
    events: data.eventsById,
    quoteIds: new Set(data.quotesById.keys()),
    bounds: paddedBounds(data.span),
  });
  store.getState().presentStop({ tourId: tour.id, step }, view, kiosk);
  // Refused (no gesture, or a kiosk policy): the presentation fills the window instead.
  void enterFullscreen();
}
