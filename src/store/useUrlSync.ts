import { useEffect } from 'react';
import { choicesOf, type TimelineChoices, type TimelineStore } from './createTimelineStore';
import {
  historyModeFor,
  parseUrlState,
  sanitizeChoices,
  toQueryString,
  toSearchParams,
  withLangParam,
  type UrlWhitelist,
} from './urlState';

/**
 * Puts the interface language the reader picked into the address (`lang=de`), replacing the
 * current entry: a shared link opens in that language; Back does not undo a language.
 */
export function writeLangParam(lang: string): void {
  const search = withLangParam(window.location.search, lang);
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${search}${window.location.hash}`,
  );
}

const REPLACE_THROTTLE_MS = 250;

function urlFor(choices: TimelineChoices): string {
  const params = toSearchParams(choices, new URLSearchParams(window.location.search));
  return `${window.location.pathname}${toQueryString(params)}${window.location.hash}`;
}

/**
 * The only code that touches `history`: once the dataset is known it whitelists the
 * URL's choices against it, then mirrors the store into the URL (push for discrete
 * choices so Back works, throttled replace for zoom and pan) and restores on popstate.
 *
 * `pushHistory: false` (the embed view) only ever replaces: in an iframe, pushed entries
 * would join the host page's session history, and its Back button would step the embed.
 */
export function useUrlSync(
  store: TimelineStore,
  allow: UrlWhitelist | null,
  { pushHistory = true }: { pushHistory?: boolean } = {},
): void {
  useEffect(() => {
    if (!allow) return;
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const restore = (choices: TimelineChoices) => {
      applying = true;
      store.getState().applyChoices(sanitizeChoices(choices, allow));
      applying = false;
    };
    restore(choicesOf(store.getState()));
    window.history.replaceState(window.history.state, '', urlFor(choicesOf(store.getState())));

    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      window.history.replaceState(window.history.state, '', urlFor(choicesOf(store.getState())));
    };

    const unsubscribe = store.subscribe((next, prev) => {
      if (applying) return;
      const mode = historyModeFor(choicesOf(prev), choicesOf(next));
      if (mode === 'push' && pushHistory) {
        if (timer !== null) flush();
        window.history.pushState(null, '', urlFor(choicesOf(next)));
      } else if (mode !== null && timer === null) {
        timer = setTimeout(flush, REPLACE_THROTTLE_MS);
      }
    });

    const onPop = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      restore(parseUrlState(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
      if (timer !== null) flush();
    };
  }, [store, allow, pushHistory]);
}
