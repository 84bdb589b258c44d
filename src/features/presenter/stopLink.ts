import type { StopView } from '../../lib/tours';
import { currentLocation, SPEAKER_PARAM } from '../../store/browserUrl';
import type { TimelineChoices } from '../../store/createTimelineStore';
import { toQueryString, toSearchParams, TOUR_DATA_PARAM } from '../../store/urlState';

/**
 * The link to a stop's view, for the audience's phones (the QR code): the page's address with
 * the stop's themes, event and window, not presenting, so it opens the timeline there to
 * explore. The reader's other choices and the dataset (`data=`) and language are kept; a tour
 * packed into the link (`tourdata=`) and the speaker window's flag are not.
 */
export function stopViewUrl(
  choices: TimelineChoices,
  view: StopView,
  location = currentLocation(),
): string {
  const base = new URLSearchParams(location.search);
  base.delete(TOUR_DATA_PARAM);
  base.delete(SPEAKER_PARAM);
  const params = toSearchParams(
    {
      ...choices,
      themeFilter: view.themeFilter,
      selectedEventId: view.selectedEventId,
      viewport: view.viewport,
      presenting: null,
      kiosk: false,
    },
    base,
  );
  return `${location.origin}${location.pathname}${toQueryString(params)}`;
}
