import { lazy, Suspense, useRef, useState } from 'react';
import { embedMessages as m } from './messages';

// The dialog (and the snippet builder) load on first use, not with the chart.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((x) => ({ default: x.EmbedDialog })));

/** "Embed…": opens the Embed dialog for the current view; focus comes back here on close. */
export function EmbedButton({ datasetTitle }: { datasetTitle: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {m.embedButton}
      </button>
      {open && (
        <Suspense
          fallback={
            <span className="visually-hidden" role="status">
              {m.loadingDialog}
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
