/**
 * Every choice the reader makes, declared once: its URL param(s), its default, how it is read
 * from and written to the address, whether changing it adds a history entry, and how it is
 * checked against the dataset. The URL codec (urlState.ts), the store's defaults and
 * `choicesOf` are all driven by this table, so a new shareable choice is one entry here plus
 * the component that uses it (reading `useTimelineStore((s) => s.key)`, writing
 * `setChoice('key', value)`).
 *
 * Where the other state lives (the idea behind excalidraw's appState.ts):
 *   - the dataset: TanStack Query (queries/), never the store;
 *   - preferences kept in this browser (language, colours, the folded intro, saved tours):
 *     persistence.ts, one versioned localStorage entry each;
 *   - params that are not choices (`data`, `tourdata`, `lang`, `embed`, `speaker`): read and
 *     written through browserUrl.ts.
 */
import {
  formatDatasetYear,
  MAX_YEAR,
  MEAN_YEAR_MS,
  MIN_YEAR,
  withinDate,
  yearAtMs,
  yearStartMs,
} from '../domain/dates';
import { clampDomain, type Domain } from '../lib/viewport';

export const LIST_SEPARATOR = '~';

export const VIEW_NAMES = ['chart', 'table', 'sources', 'glossary', 'compare', 'people'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const TABLE_SORT_KEYS = ['date', 'title', 'quotes', 'sources'] as const;
export interface TableSort {
  readonly key: (typeof TABLE_SORT_KEYS)[number];
  readonly direction: 'ascending' | 'descending';
}

export interface Presenting {
  readonly tourId: string;
  /** 0-based here; 1-based in the URL (`step`, left out on the first stop). */
  readonly step: number;
}

/** What a link's ids and window are checked against: the dataset on screen. */
export interface UrlWhitelist {
  readonly themeIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
  readonly sourceIds?: ReadonlySet<string>;
  readonly bounds: Domain;
}

export interface ChoiceSpec<T> {
  /** The URL params it is written to (first the main one); none of them is used by another. */
  readonly param: string | readonly string[];
  readonly default: T;
  /** From the address; malformed or absent input gives the default. */
  readonly parse: (p: URLSearchParams) => T;
  /** Into the address (called only when the value is not the default). */
  readonly write: (value: T, p: URLSearchParams) => void;
  /** A change adds a history entry (push: Back undoes it) or just updates the URL (replace). */
  readonly history: 'push' | 'replace';
  /**
   * While this is true of the choice's value before and after a change, the change replaces
   * the history entry instead of adding one (a kiosk's loop must not fill the history).
   */
  readonly replacesHistoryWhile?: (value: T) => boolean;
  /** Whether two values are the same choice (default: Object.is). */
  readonly same?: (a: T, b: T) => boolean;
  /** Drops what the dataset does not have (unknown ids) or keeps it inside the data. */
  readonly sanitize?: (value: T, allow: UrlWhitelist) => T;
}

/** An entry of the table: the type parameter is the choice's type in the store. */
function choice<T>(spec: ChoiceSpec<T>): ChoiceSpec<T> {
  return spec;
}

/** A string param (an id or a name): empty or absent is null. A change is a history entry. */
function idChoice(param: string, sanitize?: ChoiceSpec<string | null>['sanitize']) {
  return choice<string | null>({
    param,
    default: null,
    parse: (p) => p.get(param) || null,
    write: (v, p) => {
      if (v !== null) p.set(param, v);
    },
    history: 'push',
    ...(sanitize && { sanitize }),
  });
}

/** "2008-07-09", "2008-07-09T06:05Z", "-0499-03-01" (500 BCE, ISO 8601 astronomical years). */
/** A flag: `param=1` when on, absent when off. */
function flagChoice(param: string, history: 'push' | 'replace' = 'push') {
  return choice<boolean>({
    param,
    default: false,
    parse: (p) => p.get(param) === '1',
    write: (v, p) => {
      if (v) p.set(param, '1');
    },
    history,
  });
}

/** An event id the dataset has, else none. */
const knownEvent = (v: string | null, allow: UrlWhitelist) =>
  v !== null && allow.eventIds.has(v) ? v : null;

const DATE_RE = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/;
/** Deep time, beyond Date: the year alone, in EDTF's long-year form ("Y-13800000000"). */
const LONG_YEAR_RE = /^Y(-?\d{5,})$/;

export function parseUrlDate(value: string | null): number | null {
  if (value === null) return null;
  const long = LONG_YEAR_RE.exec(value);
  if (long) {
    const year = Number(long[1]);
    if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
    return yearStartMs(year);
  }
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // Date.UTC reads years 0–99 as 1900–1999: set the year on its own.
  const back = new Date(Date.UTC(2000, mo - 1, d, h, mi));
  back.setUTCFullYear(y, mo - 1, d);
  const ms = back.getTime();
  // Reject rollovers such as 2011-02-31, and what Date does not hold.
  if (Number.isNaN(ms) || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59) return null;
  return ms;
}

export function formatUrlDate(ms: number): string {
  if (!withinDate(ms)) return formatDatasetYear(yearAtMs(ms + MEAN_YEAR_MS / 2));
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  // Not toISOString, which writes "-000499" / "+012345": the URL keeps the plain signed year.
  const year = d.getUTCFullYear();
  const [mo, day, h, mi] = [
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ].map((n) => String(n).padStart(2, '0'));
  const date = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${mo}-${day}`;
  return h === '00' && mi === '00' ? date : `${date}T${h}:${mi}Z`;
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.join(LIST_SEPARATOR) === b.join(LIST_SEPARATOR));

export const STATE_TABLE = {
  /** Themes switched on; null means every theme (so new themes show by default). */
  themeFilter: choice<readonly string[] | null>({
    param: 'themes',
    default: null,
    parse: (p) => {
      const raw = p.get('themes');
      return raw === null ? null : [...new Set(raw.split(LIST_SEPARATOR).filter((t) => t !== ''))];
    },
    write: (v, p) => {
      if (v !== null) p.set('themes', v.join(LIST_SEPARATOR));
    },
    history: 'push',
    same: sameList,
    sanitize: (v, allow) => {
      if (v === null) return null;
      const known = v.filter((t) => allow.themeIds.has(t));
      // A link naming only unknown themes should not blank the chart.
      if (known.length === 0 && v.length > 0) return null;
      if (allow.themeIds.size > 0 && [...allow.themeIds].every((t) => known.includes(t))) {
        return null;
      }
      return known;
    },
  }),
  /** Keep filtered-out events as faint context instead of removing them. */
  dimFiltered: flagChoice('dim'),
  /** Draw every link between events on the chart, not only the selected event's. */
  showLinks: flagChoice('links'),
  /** "My notes": only the events that carry one of the reader's notes (`notes=1`). */
  myNotes: flagChoice('notes'),
  selectedEventId: idChoice('event', knownEvent),
  /** The event whose thread (its path of links through the years) is listed. */
  thread: idChoice('thread', knownEvent),
  /** Visible time window; null means the whole dataset. */
  viewport: choice<Domain | null>({
    param: ['from', 'to'],
    default: null,
    parse: (p) => {
      const from = parseUrlDate(p.get('from'));
      const to = parseUrlDate(p.get('to'));
      return from !== null && to !== null && to > from ? [from, to] : null;
    },
    write: (v, p) => {
      if (v === null) return;
      p.set('from', formatUrlDate(v[0]));
      p.set('to', formatUrlDate(v[1]));
    },
    history: 'replace',
    same: (a, b) => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]),
    sanitize: (v, allow) => (v ? clampDomain(v, allow.bounds) : null),
  }),
  /** The tour being presented and its stop, or null outside presenter mode. */
  presenting: choice<Presenting | null>({
    param: ['tour', 'step'],
    default: null,
    parse: (p) => {
      const tour = p.get('tour');
      const step = Number(p.get('step') ?? '1');
      if (tour === null || tour === '') return null;
      return { tourId: tour, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
    },
    write: (v, p) => {
      if (v === null) return;
      p.set('tour', v.tourId);
      if (v.step > 0) p.set('step', String(v.step + 1));
    },
    history: 'push',
    // Tours are checked by the presenter, which knows the reader's saved ones too.
    same: (a, b) => a?.tourId === b?.tourId && a?.step === b?.step,
  }),
  /**
   * The tour runs by itself, looping, at a booth (`kiosk=1`); with no tour named, the
   * dataset's first tour. Ends when the presentation does.
   */
  kiosk: { ...flagChoice('kiosk', 'replace'), replacesHistoryWhile: (on: boolean) => on },
  /** Which view is shown: the chart, the table, the sources, the glossary… */
  view: choice<ViewName>({
    param: 'view',
    default: 'chart',
    parse: (p) => {
      const v = p.get('view') ?? '';
      return (VIEW_NAMES as readonly string[]).includes(v) ? (v as ViewName) : 'chart';
    },
    write: (v, p) => {
      p.set('view', v);
    },
    history: 'push',
  }),
  /** The search box's text. */
  query: choice<string>({
    param: 'q',
    default: '',
    parse: (p) => (p.get('q') ?? '').slice(0, 200),
    write: (v, p) => {
      p.set('q', v);
    },
    history: 'replace',
  }),
  /** A source whose events are highlighted on the timeline (the others dimmed). */
  highlightedSourceId: idChoice('source', (v, allow) =>
    v !== null && allow.sourceIds?.has(v) === true ? v : null,
  ),
  /** Two conferences to compare, as "2008~2011" (ids or years). */
  comparePair: idChoice('compare'),
  /** The person chosen in the people view. */
  person: idChoice('person'),
  /** Whose quotes the mood band counts: all, microsoft, partner+other, press+analyst. */
  speakers: choice<string>({
    param: 'speakers',
    default: 'all',
    parse: (p) => p.get('speakers') || 'all',
    write: (v, p) => {
      p.set('speakers', v);
    },
    history: 'push',
  }),
  /** The table's order: a column, ascending or descending (`sort=quotes-desc`). */
  tableSort: choice<TableSort>({
    param: 'sort',
    default: { key: 'date', direction: 'ascending' },
    parse: (p) => {
      const [key, desc, ...rest] = (p.get('sort') ?? '').split('-');
      const known = TABLE_SORT_KEYS.find((k) => k === key);
      if (!known || (desc !== undefined && desc !== 'desc') || rest.length > 0) {
        return { key: 'date', direction: 'ascending' };
      }
      return { key: known, direction: desc ? 'descending' : 'ascending' };
    },
    write: (v, p) => {
      p.set('sort', v.direction === 'ascending' ? v.key : `${v.key}-desc`);
    },
    history: 'replace',
    same: (a, b) => a.key === b.key && a.direction === b.direction,
  }),
};

type Table = typeof STATE_TABLE;

/** What the user chose — never the dataset. Ids and primitives only, so it fits the URL. */
export type TimelineChoices = {
  -readonly [K in keyof Table]: Table[K] extends ChoiceSpec<infer T> ? T : never;
};
export type ChoiceKey = keyof TimelineChoices;

/** The table, seen one entry at a time with its own value type. */
export function specOf<K extends ChoiceKey>(key: K): ChoiceSpec<TimelineChoices[K]> {
  return STATE_TABLE[key] as unknown as ChoiceSpec<TimelineChoices[K]>;
}

export const CHOICE_KEYS = Object.keys(STATE_TABLE) as ChoiceKey[];

function mapChoices(value: <K extends ChoiceKey>(key: K) => TimelineChoices[K]): TimelineChoices {
  const out: Partial<Record<ChoiceKey, unknown>> = {};
  for (const k of CHOICE_KEYS) out[k] = value(k);
  return out as TimelineChoices;
}

export const DEFAULT_CHOICES: TimelineChoices = mapChoices((k) => specOf(k).default);

/** The choices alone, without the actions (for the URL, exports and comparisons). */
export function choicesOf(s: TimelineChoices): TimelineChoices {
  return mapChoices((k) => s[k]);
}

/** Every choice read from the address (defaults where a param is absent or malformed). */
export function choicesFromParams(p: URLSearchParams): TimelineChoices {
  return mapChoices((k) => specOf(k).parse(p));
}

/** Drops ids the dataset does not have and keeps the window inside the data. */
export function sanitizeChoices(state: TimelineChoices, allow: UrlWhitelist): TimelineChoices {
  return mapChoices((k) => {
    const spec = specOf(k);
    return spec.sanitize ? spec.sanitize(state[k], allow) : state[k];
  });
}

export function sameChoice<K extends ChoiceKey>(
  key: K,
  a: TimelineChoices[K],
  b: TimelineChoices[K],
): boolean {
  const spec = specOf(key);
  return spec.same ? spec.same(a, b) : Object.is(a, b);
}

/** Every param a choice is written to; everything else in the URL is left untouched. */
export const OWNED_PARAMS: readonly string[] = CHOICE_KEYS.flatMap((k) => specOf(k).param);
