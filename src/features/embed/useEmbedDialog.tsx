// A hook whose dialog is a lazily loaded component; nothing here is hot-reloaded on its own.
/* eslint-disable react-refresh/only-export-components */
import { lazy, type ReactNode } from 'react';
import { useLazyDialog } from '../../components/useLazyDialog';
import { useI18n } from '../../i18n/useI18n';

// The dialog (and the snippet builder) load on first use, not with the chart.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((x) => ({ default: x.EmbedDialog })));

/** "Embed…": `open()` shows the Embed dialog for the current view; render `dialog` anywhere. */
export function useEmbedDialog(datasetTitle: string): { open: () => void; dialog: ReactNode } {
  const { t } = useI18n();
  return useLazyDialog(t('embed.loadingDialog'), (close) => (
    <EmbedDialog datasetTitle={datasetTitle} onClose={close} />
  ));
}
