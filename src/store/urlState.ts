/**
 * The shareable part of the user's choices, as URL search params. Pure: parse, whitelist
 * against the dataset, serialise. `useUrlSync` is the only code that touches history.
 *
 *   themes=a~b   themes switched on (absent = all; empty = none)
 *   dim=1        dim filtered-out events instead of hiding them
 *   event=id     selected event
 *   from, to     visible window: YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ below a day
 *   data=url     dataset to load instead of the built-in one (same origin)
 *   tour=id      presenting this tour (a shipped or a saved one)
 *   step=n       at this stop, 1-based (left out on stop 1)
 *   tourdata=…   a shared custom tour, packed into the link (see lib/tours.encodeTour)
 *   view=…       table, sources or glossary (left out for the chart)
 *   q=text       the search query
 *   source=id    a source whose events are highlighted
 *   compare=a~b  two conferences to compare (ids or years)
 *   person=name  the person chosen in the people view
 *   speakers=…   whose quotes the mood band counts (left out for all)
 *
 * Not a choice of the timeline store, and so not in OWNED_PARAMS (every write keeps it):
 *   lang=de      the interface language the reader picked (see i18n/; beats localStorage)
 */
import { VIEW_NAMES, type TimelineChoices, type ViewName } from './createTimelineStore';
import { clampDomain, type Domain } from '../lib/viewport';

export const LIST_SEPARATOR = '~';
/** Params this module owns; everything else in the URL is left untouched. */
export const OWNED_PARAMS = [
  'themes',
  'dim',
  'event',
  'from',
  'to',
  'tour',
  'step',
  'view',
  'q',
  'source',
  'compare',
  'person',
  'speakers',
] as const;

/** The interface language param, written by the language switcher (see useUrlSync). */
export const LANG_PARAM = 'lang';

/** `?lang=` as given (matched against the supported locales by i18n/locales), or null. */
export function parseLangParam(search: string): string | null {
  const v = new URLSearchParams(search).get(LANG_PARAM);
  return v === null || v.trim() === '' ? null : v.trim().slice(0, 35);
}

/** The same search with `lang` set (or removed for null), other params untouched. */
export function withLangParam(search: string, lang: string | null): string {
  const p = new URLSearchParams(search);
  if (lang === null) p.delete(LANG_PARAM);
  else p.set(LANG_PARAM, lang);
  return toQueryString(p);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;

export function parseUrlDate(value: string | null): number | null {
  if (value === null) return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  // Reject rollovers such as 2011-02-31.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return ms;
}

export function formatUrlDate(ms: number): string {
  const rounded = Math.round(ms / 60_000) * 60_000;
  const iso = new Date(rounded).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

export interface UrlState extends TimelineChoices {
  /** A dataset URL from `?data=`, or null for the built-in dataset. */
  dataUrl: string | null;
  /** A shared custom tour from `?tourdata=`, still packed (decode and validate it). */
  tourData: string | null;
}

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const themesRaw = p.get('themes');
  const from = parseUrlDate(p.get('from'));
  const to = parseUrlDate(p.get('to'));
  const data = p.get('data');
  const tour = p.get('tour');
  const stepRaw = Number(p.get('step') ?? '1');
  const step = Number.isInteger(stepRaw) && stepRaw >= 1 ? stepRaw - 1 : 0;
  const tourData = p.get('tourdata');
  return {
    themeFilter:
      themesRaw === null
        ? null
        : [...new Set(themesRaw.split(LIST_SEPARATOR).filter((t) => t.length > 0))],
    dimFiltered: p.get('dim') === '1',
    selectedEventId: p.get('event') || null,
    viewport: from !== null && to !== null && to > from ? [from, to] : null,
    dataUrl: data !== null && data.trim() !== '' ? data.trim() : null,
    presenting: tour !== null && tour !== '' ? { tourId: tour, step } : null,
    view: (VIEW_NAMES as readonly string[]).includes(p.get('view') ?? '')
      ? (p.get('view') as ViewName)
      : 'chart',
    query: (p.get('q') ?? '').slice(0, 200),
    highlightedSourceId: p.get('source') || null,
    comparePair: p.get('compare') || null,
    person: p.get('person') || null,
    speakers: p.get('speakers') || 'all',
    tourData: tourData !== null && tourData !== '' ? tourData : null,
  };
}

export interface UrlWhitelist {
  readonly themeIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
  readonly sourceIds?: ReadonlySet<string>;
  readonly bounds: Domain;
}

/** Drops ids the dataset does not have and keeps the window inside the data. */
export function sanitizeChoices(state: TimelineChoices, allow: UrlWhitelist): TimelineChoices {
  let themeFilter = state.themeFilter;
  if (themeFilter !== null) {
    themeFilter = themeFilter.filter((t) => allow.themeIds.has(t));
    // A link naming only unknown themes should not blank the chart.
    if (themeFilter.length === 0 && (state.themeFilter?.length ?? 0) > 0) themeFilter = null;
    else if (allow.themeIds.size > 0 && [...allow.themeIds].every((t) => themeFilter?.includes(t)))
      themeFilter = null;
  }
  const selectedEventId =
    state.selectedEventId !== null && allow.eventIds.has(state.selectedEventId)
      ? state.selectedEventId
      : null;
  const viewport = state.viewport ? clampDomain(state.viewport, allow.bounds) : null;
  const highlightedSourceId =
    state.highlightedSourceId !== null && allow.sourceIds?.has(state.highlightedSourceId) === true
      ? state.highlightedSourceId
      : null;
  // Tours are checked by the presenter, which knows the saved ones too.
  return {
    themeFilter,
    dimFiltered: state.dimFiltered,
    selectedEventId,
    viewport,
    presenting: state.presenting,
    view: state.view,
    query: state.query,
    highlightedSourceId,
    comparePair: state.comparePair,
    person: state.person,
    speakers: state.speakers,
  };
}

/** Writes the choices into `base` (a copy), leaving out defaults and params it does not own. */
export function toSearchParams(
  state: TimelineChoices,
  base = new URLSearchParams(),
): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of OWNED_PARAMS) p.delete(k);
  if (state.themeFilter !== null) p.set('themes', state.themeFilter.join(LIST_SEPARATOR));
  if (state.dimFiltered) p.set('dim', '1');
  if (state.selectedEventId !== null) p.set('event', state.selectedEventId);
  if (state.viewport !== null) {
    p.set('from', formatUrlDate(state.viewport[0]));
    p.set('to', formatUrlDate(state.viewport[1]));
  }
  if (state.presenting !== null) {
    p.set('tour', state.presenting.tourId);
    if (state.presenting.step > 0) p.set('step', String(state.presenting.step + 1));
  }
  if (state.view !== 'chart') p.set('view', state.view);
  if (state.query !== '') p.set('q', state.query);
  if (state.highlightedSourceId !== null) p.set('source', state.highlightedSourceId);
  if (state.comparePair !== null) p.set('compare', state.comparePair);
  if (state.person !== null) p.set('person', state.person);
  if (state.speakers !== 'all') p.set('speakers', state.speakers);
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
  const discrete =
    prev.selectedEventId !== next.selectedEventId ||
    prev.dimFiltered !== next.dimFiltered ||
    (prev.themeFilter ?? []).join(LIST_SEPARATOR) !==
      (next.themeFilter ?? []).join(LIST_SEPARATOR) ||
    (prev.themeFilter === null) !== (next.themeFilter === null) ||
    prev.presenting?.tourId !== next.presenting?.tourId ||
    prev.presenting?.step !== next.presenting?.step ||
    prev.view !== next.view ||
    prev.highlightedSourceId !== next.highlightedSourceId ||
    prev.comparePair !== next.comparePair ||
    prev.person !== next.person ||
    prev.speakers !== next.speakers;
  if (discrete) return 'push';
  if (prev.query !== next.query) return 'replace';
  const a = prev.viewport;
  const b = next.viewport;
  if (a === b) return null;
  if (a === null || b === null || a[0] !== b[0] || a[1] !== b[1]) return 'replace';
  return null;
}
