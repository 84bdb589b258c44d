// A hook whose dialog is a lazily loaded component; nothing here is hot-reloaded on its own.
/* eslint-disable react-refresh/only-export-components */
import { lazy, type ReactNode } from 'react';
import { useLazyDialog } from '../../components/useLazyDialog';
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
  return useLazyDialog(t('tourExport.loading'), (close) => (
    <TourExportDialog data={data} tours={tours} lang={lang} onClose={close} />
  ));
}
