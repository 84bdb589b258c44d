import type { TimelineChoices } from '../../store/createTimelineStore';
import { currentLocation, type PageLocation } from '../../store/browserUrl';
import { toQueryString, toSearchParams } from '../../store/urlState';

/**
 * The link to the exact view: the page's address with the store's choices written the way
 * the app's URL sync writes them (so a zoom made a moment ago, whose URL update is still
 * throttled, is included). Other params (`data=`) are kept.
 */
export function currentViewUrl(
  choices: TimelineChoices,
  location: PageLocation = currentLocation(),
) {
  const params = toSearchParams(choices, new URLSearchParams(location.search));
  return `${location.origin}${location.pathname}${toQueryString(params)}${location.hash}`;
}
