import { lazy, Suspense, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';

// The dialog (and the snippet builder) load on first use, not with the chart.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((x) => ({ default: x.EmbedDialog })));

/** "Embed…": opens the Embed dialog for the current view; focus comes back here on close. */
export function EmbedButton({ datasetTitle }: { datasetTitle: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embed.button')}
      </button>
      {open && (
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
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
