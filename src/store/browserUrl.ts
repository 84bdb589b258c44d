/**
 * The one module that reads or writes the page's address (`window.location`) and session
 * history (`window.history`). Everything else asks here: the URL sync writes the choices
 * (useUrlSync), the page tidies the one-off params (`data`, `tourdata`), the language switcher
 * writes `lang`, and links (copy link, embed, tour link, the speaker window) start from the
 * current address.
 */
import type { TimelineChoices } from './stateTable';
import { LANG_PARAM, toQueryString, toSearchParams } from './urlState';

/** The parts of the address that links are built from. */
export interface PageLocation {
  readonly href: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** A snapshot of the page's address. */
export function currentLocation(): PageLocation {
  const { href, origin, pathname, search, hash } = window.location;
  return { href, origin, pathname, search, hash };
}

/** One param of the current address, or null. */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** The address for these params on this page (readable separators, hash kept). */
function addressWith(params: URLSearchParams): string {
  return `${window.location.pathname}${toQueryString(params)}${window.location.hash}`;
}

/** Rewrites the current entry's params in place: no history entry, history state kept. */
function replaceParams(edit: (p: URLSearchParams) => void): void {
  const p = new URLSearchParams(window.location.search);
  edit(p);
  window.history.replaceState(window.history.state, '', addressWith(p));
}

/** Removes a one-off param (`data` once the dataset no longer comes from a link, `tourdata`). */
export function dropParam(name: string): void {
  if (!new URLSearchParams(window.location.search).has(name)) return;
  replaceParams((p) => {
    p.delete(name);
  });
}

/**
 * Sets a one-off param in place (`data` when the reader opens a timeline from a web address),
 * or removes it for null. No history entry.
 */
export function writeParam(name: string, value: string | null): void {
  if (value === null) {
    dropParam(name);
    return;
  }
  replaceParams((p) => {
    p.set(name, value);
  });
}

/**
 * Puts the interface language the reader picked into the address (`lang=de`), replacing the
 * current entry: a shared link opens in that language; Back does not undo a language.
 */
export function writeLangParam(lang: string): void {
  replaceParams((p) => {
    p.set(LANG_PARAM, lang);
  });
}

/**
 * Mirrors the choices into the address: `push` adds a history entry (Back undoes it),
 * `replace` rewrites the current one. Params that are not choices are kept.
 */
export function writeChoices(choices: TimelineChoices, mode: 'push' | 'replace'): void {
  const address = addressWith(toSearchParams(choices, new URLSearchParams(window.location.search)));
  if (mode === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(window.history.state, '', address);
}

/** The speaker window's address: this page with `speaker=1`. */
export const SPEAKER_PARAM = 'speaker';

export function speakerWindowUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.set(SPEAKER_PARAM, '1');
  return url.href;
}
