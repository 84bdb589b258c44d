// A hook whose dialog is a lazily loaded component; nothing here is hot-reloaded on its own.
/* eslint-disable react-refresh/only-export-components */
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { useI18n } from '../../i18n/useI18n';
import type { Tour } from '../../lib/tours';

// The dialog, the slide composer's exporters and their libraries load on first use.
const TourExportDialog = lazy(() =>
  import('./TourExportDialog').then((x) => ({ default: x.TourExportDialog })),
);

/** "Export a tour…": `open()` shows the dialog; render `dialog` anywhere. */
export function useTourExportDialog(
  data: LoadedDataset,
  tours: readonly Tour[],
  lang: string,
): { open: () => void; dialog: ReactNode } {
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
          {t('tourExport.loading')}
        </span>
      }
    >
      <TourExportDialog
        data={data}
        tours={tours}
        lang={lang}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      />
    </Suspense>
  ) : null;
  return { open, dialog };
}
