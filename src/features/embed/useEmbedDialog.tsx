// A hook whose dialog is a lazily loaded component; nothing here is hot-reloaded on its own.
/* eslint-disable react-refresh/only-export-components */
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

// The dialog (and the snippet builder) load on first use, not with the chart.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((x) => ({ default: x.EmbedDialog })));

/**
 * "Embed…": `open()` shows the Embed dialog for the current view; render `dialog` anywhere.
 * Focus returns to what had it before (the menu button) when the dialog closes.
 */
export function useEmbedDialog(datasetTitle: string): { open: () => void; dialog: ReactNode } {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const dialog = isOpen ? (
    <Suspense
      fallback={
        <span className="visually-hidden" role="status">
          {t('embed.loadingDialog')}
        </span>
      }
    >
      <EmbedDialog
        datasetTitle={datasetTitle}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      />
    </Suspense>
  ) : null;
  return { open, dialog };
}
