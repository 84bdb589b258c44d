/**
 * Full screen for the stage. Where the browser has the Keyboard Lock API (Chromium), Esc is
 * locked while full screen: a press reaches the stage (the overview, then leaving), and holding
 * Esc leaves full screen as the browser says. Elsewhere Esc leaves full screen first, and the
 * presentation with it (usePresenter), as before.
 */
interface KeyboardLock {
  lock?: (keys?: string[]) => Promise<void>;
  unlock?: () => void;
}

function keyboard(): KeyboardLock | undefined {
  return (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;
}

/** Asks for full screen (it needs a click's or a key's gesture); true when it was granted. */
export async function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (typeof el.requestFullscreen !== 'function') return false;
  try {
    if (!document.fullscreenElement) await el.requestFullscreen();
  } catch {
    return false;
  }
  await keyboard()
    ?.lock?.(['Escape'])
    .catch(() => undefined);
  return true;
}

export function releaseKeyboard(): void {
  keyboard()?.unlock?.();
}
