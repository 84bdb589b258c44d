import { Suspense, useCallback, useState, type ReactNode } from 'react';

/**
 * A dialog whose component loads on first use: `open()` shows it, `dialog` is rendered anywhere.
 * While the code loads, a status names what is coming; when the dialog closes, focus returns to
 * what had it before (the menu button that opened it).
 */
export function useLazyDialog(
  loadingLabel: string,
  render: (close: () => void) => ReactNode,
): { open: () => void; dialog: ReactNode } {
  // Open: the element that had focus when the dialog opened (or null when none had).
  const [opened, setOpened] = useState<{ opener: HTMLElement | null } | null>(null);
  const open = useCallback(() => {
    const active = document.activeElement;
    setOpened({ opener: active instanceof HTMLElement ? active : null });
  }, []);
  const opener = opened?.opener ?? null;
  const close = useCallback(() => {
    setOpened(null);
    opener?.focus();
  }, [opener]);
  const dialog = opened ? (
    <Suspense
      fallback={
        <span className="visually-hidden" role="status">
          {loadingLabel}
        </span>
      }
    >
      {render(close)}
    </Suspense>
  ) : null;
  return { open, dialog };
}
