/**
 * The status line over a timeline shown from its offline copy: "Showing the copy saved on
 * 3 December 2026, 16:20 (2 hours ago): <url> could not be loaded (reason)." Pure: the date,
 * time and age are formatted with the locale passed in.
 */
import type { I18n } from '../i18n/i18n';

const MINUTE: readonly [Intl.RelativeTimeFormatUnit, number] = ['minute', 60];
const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  MINUTE,
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['year', 365 * 24 * 60 * 60],
];

/** How long ago `then` was, in the largest whole unit ("2 hours ago", "vor 3 Tagen"). */
export function formatAge(then: Date, now: Date, intl: string): string {
  const seconds = Math.max(0, (now.getTime() - then.getTime()) / 1000);
  let unit = MINUTE;
  for (const u of UNITS) if (seconds >= u[1]) unit = u;
  const rtf = new Intl.RelativeTimeFormat(intl, { numeric: 'auto' });
  return rtf.format(-Math.floor(seconds / unit[1]), unit[0]);
}

export function snapshotStatus(
  i18n: Pick<I18n, 't' | 'intl'>,
  copy: { readonly savedAt: string; readonly url: string; readonly reason: string },
  now: Date,
  timeZone?: string,
): string {
  const saved = new Date(copy.savedAt);
  const zone = timeZone === undefined ? {} : { timeZone };
  // English as the app writes its dates elsewhere: "3 December 2026", on a 24-hour clock.
  const intl = i18n.intl === 'en' ? 'en-GB' : i18n.intl;
  const date = new Intl.DateTimeFormat(intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...zone,
  }).format(saved);
  const time = new Intl.DateTimeFormat(intl, {
    hour: 'numeric',
    minute: '2-digit',
    ...zone,
  }).format(saved);
  return i18n.t('snapshot.status', {
    date,
    time,
    age: formatAge(saved, now, i18n.intl),
    url: copy.url,
    reason: copy.reason,
  });
}
