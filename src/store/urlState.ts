/**
 * The shareable part of the user's choices, as URL search params. Pure: parse, whitelist
 * against the dataset, serialise; every choice's param, default and history mode come from
 * the state table (stateTable.ts). `useUrlSync`, through browserUrl.ts, is the only code that
 * touches history.
 *
 *   themes=a~b   themes switched on (absent = all; empty = none)
 *   dim=1        dim filtered-out events instead of hiding them
 *   event=id     selected event
 *   from, to     visible window: YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ below a day
 *   tour=id      presenting this tour (a shipped or a saved one)
 *   step=n       at this stop, 1-based (left out on stop 1)
 *   kiosk=1      the tour runs by itself, looping (the first tour when none is named)
 *   view=…       table, sources or glossary (left out for the chart)
 *   q=text       the search query
 *   source=id    a source whose events are highlighted
 *   compare=a~b  two conferences to compare (ids or years)
 *   person=name  the person chosen in the people view
 *   speakers=…   whose quotes the mood band counts (left out for all)
 *
 * Not choices of the timeline store, and so not in OWNED_PARAMS (every write keeps them):
 *   data=url     dataset to load instead of the built-in one (same origin)
 *   tourdata=…   a shared custom tour, packed into the link (see lib/tours.encodeTour)
 *   lang=de      the interface language the reader picked (see i18n/; beats localStorage)
 */
import {
  CHOICE_KEYS,
  OWNED_PARAMS,
  choicesFromParams,
  sameChoice,
  specOf,
  type TimelineChoices,
} from './stateTable';
import { migrateParams } from './urlMigrations';

export {
  LIST_SEPARATOR,
  OWNED_PARAMS,
  formatUrlDate,
  parseUrlDate,
  sanitizeChoices,
  type UrlWhitelist,
} from './stateTable';

/** The interface language param, written by the language switcher (see browserUrl.ts). */
export const LANG_PARAM = 'lang';
export const DATA_PARAM = 'data';
export const TOUR_DATA_PARAM = 'tourdata';

/** `?lang=` as given (matched against the supported locales by i18n/locales), or null. */
export function parseLangParam(search: string): string | null {
  const v = new URLSearchParams(search).get(LANG_PARAM);
  return v === null || v.trim() === '' ? null : v.trim().slice(0, 35);
}

export interface UrlState extends TimelineChoices {
  /** A dataset URL from `?data=`, or null for the built-in dataset. */
  dataUrl: string | null;
  /** A shared custom tour from `?tourdata=`, still packed (decode and validate it). */
  tourData: string | null;
}

export function parseUrlState(search: string): UrlState {
  const p = migrateParams(new URLSearchParams(search));
  const data = p.get(DATA_PARAM)?.trim() ?? '';
  const tourData = p.get(TOUR_DATA_PARAM) ?? '';
  return {
    ...choicesFromParams(p),
    dataUrl: data !== '' ? data : null,
    tourData: tourData !== '' ? tourData : null,
  };
}

/** Writes the choices into `base` (a copy), leaving out defaults and params it does not own. */
export function toSearchParams(
  state: TimelineChoices,
  base = new URLSearchParams(),
): URLSearchParams {
  const p = migrateParams(base);
  for (const name of OWNED_PARAMS) p.delete(name);
  for (const k of CHOICE_KEYS) {
    const spec = specOf(k);
    if (!sameChoice(k, state[k], spec.default)) spec.write(state[k], p);
  }
  return p;
}

/** A query string with readable separators ("~" and ":" unescaped). */
export function toQueryString(p: URLSearchParams): string {
  const s = p.toString().replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  return s === '' ? '' : `?${s}`;
}

/** Which kind of history entry a change deserves: discrete choices push, the window replaces. */
export function historyModeFor(
  prev: TimelineChoices,
  next: TimelineChoices,
): 'push' | 'replace' | null {
  let mode: 'replace' | null = null;
  const quiet = CHOICE_KEYS.some((k) => {
    const rule = specOf(k).replacesHistoryWhile;
    return rule !== undefined && rule(prev[k]) && rule(next[k]);
  });
  for (const k of CHOICE_KEYS) {
    if (sameChoice(k, prev[k], next[k])) continue;
    if (specOf(k).history === 'push' && !quiet) return 'push';
    mode = 'replace';
  }
  return mode;
}
