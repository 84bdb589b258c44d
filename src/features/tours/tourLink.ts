import { encodeTour, type Tour } from '../../lib/tours';

/** A link that opens this app with the tour packed in (`?tourdata=`). */
export function tourLink(tour: Tour): string {
  const url = new URL(window.location.href);
  url.search = '';
  const data = new URLSearchParams(window.location.search).get('data');
  if (data) url.searchParams.set('data', data);
  url.searchParams.set('tourdata', encodeTour(tour));
  return url.href;
}
