/**
 * Whether this reader has closed the "About this timeline" card once (then it no longer
 * opens by itself). A reader who folded the old introduction away counts as having seen it.
 */
const KEY = 'wpc-timeline.aboutSeen';
const LEGACY_KEY = 'wpc-timeline.introCollapsed';

export function readAboutSeen(): boolean {
  try {
    const ls = window.localStorage;
    return ls.getItem(KEY) === '1' || ls.getItem(LEGACY_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberAboutSeen(): void {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Private mode: the card simply opens again next time.
  }
}
