import { useEffect } from 'react';
import { currentLocation, writeChoices } from './browserUrl';
import { choicesOf, type TimelineChoices, type TimelineStore } from './createTimelineStore';
import { historyModeFor, parseUrlState, sanitizeChoices, type UrlWhitelist } from './urlState';

const REPLACE_THROTTLE_MS = 250;

/**
 * Keeps the address and the store in step (writing through browserUrl.ts, the only code that
 * touches `history`): once the dataset is known it whitelists the URL's choices against it,
 * then mirrors the store into the URL (push for discrete choices so Back works, throttled
 * replace for zoom and pan) and restores on popstate.
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
    writeChoices(choicesOf(store.getState()), 'replace');

    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      writeChoices(choicesOf(store.getState()), 'replace');
    };

    const unsubscribe = store.subscribe((next, prev) => {
      if (applying) return;
      const mode = historyModeFor(choicesOf(prev), choicesOf(next));
      if (mode === 'push' && pushHistory) {
        if (timer !== null) flush();
        writeChoices(choicesOf(next), 'push');
      } else if (mode !== null && timer === null) {
        timer = setTimeout(flush, REPLACE_THROTTLE_MS);
      }
    });

    const onPop = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      restore(parseUrlState(currentLocation().search));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
      if (timer !== null) flush();
    };
  }, [store, allow, pushHistory]);
}
