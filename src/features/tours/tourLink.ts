import { encodeTour, type Tour } from '../../lib/tours';
import { currentLocation, readParam } from '../../store/browserUrl';
import { DATA_PARAM, TOUR_DATA_PARAM } from '../../store/urlState';

/** A link that opens this app with the tour packed in (`?tourdata=`). */
export function tourLink(tour: Tour): string {
  const url = new URL(currentLocation().href);
  url.search = '';
  const data = readParam(DATA_PARAM);
  if (data) url.searchParams.set(DATA_PARAM, data);
  url.searchParams.set(TOUR_DATA_PARAM, encodeTour(tour));
  return url.href;
}
