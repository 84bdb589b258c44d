import { useCallback, useState } from 'react';

/** Writes text to the clipboard; false where that is refused or there is no Clipboard API. */
export async function writeToClipboard(text: string): Promise<boolean> {
  try {
    // Some browsers have no Clipboard API outside secure contexts; treat that as a refusal.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (clipboard === undefined) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface CopyToClipboard {
  /** The live region's text (render it in a `role="status"` element). */
  readonly status: string;
  /** Says something in the live region; the same message twice is spoken twice. */
  readonly announce: (text: string) => void;
  /**
   * Copies `text` and announces `done`, or `failed` when the clipboard refused (then the caller
   * offers the text, selected, for the reader to copy). Resolves whether it was copied.
   */
  readonly copy: (text: string, messages: { done: string; failed: string }) => Promise<boolean>;
}

/** Copy to the clipboard and say so to everyone, screen readers included. */
export function useCopyToClipboard(): CopyToClipboard {
  const [said, setSaid] = useState({ text: '', n: 0 });
  // A live region only speaks when its text changes: alternate an invisible trailing space.
  const announce = useCallback((text: string) => {
    setSaid((s) => ({ text, n: s.n + 1 }));
  }, []);
  const copy = useCallback(
    async (text: string, messages: { done: string; failed: string }) => {
      const ok = await writeToClipboard(text);
      announce(ok ? messages.done : messages.failed);
      return ok;
    },
    [announce],
  );
  return { status: said.n % 2 === 1 ? `${said.text}\u00a0` : said.text, announce, copy };
}
