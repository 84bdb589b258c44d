import { useEffect, useMemo, useState } from 'react';
import { X } from 'lucide-react';
import type { StopView } from '../../lib/tours';
import { useI18n } from '../../i18n/useI18n';
import { choicesOf } from '../../store/createTimelineStore';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { stopViewUrl } from './stopLink';

/** Light modules around the code, as the QR standard asks (4 modules). */
const QUIET = 4;

type Code = { modules: boolean[][] } | 'loading' | 'tooLong' | 'failed';

/** The dark modules as one SVG path (one square per module). */
function modulesPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * The QR code of the current stop's view (Q), so the audience can open it on their phones.
 * Made here in the browser by the `qr` package, loaded on first use; no request leaves the page.
 */
export function QrPanel({ view, onClose }: { view: StopView; onClose: () => void }) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const url = useMemo(() => stopViewUrl(choicesOf(store.getState()), view), [store, view]);
  const [made, setMade] = useState<{ url: string; code: Code } | null>(null);
  const code: Code = made?.url === url ? made.code : 'loading';

  useEffect(() => {
    let live = true;
    const setCode = (c: Code) => {
      setMade({ url, code: c });
    };
    import('qr').then(
      ({ default: encodeQR }) => {
        if (!live) return;
        try {
          setCode({ modules: encodeQR(url, 'raw', { ecc: 'medium' }) });
        } catch {
          // The encoder refuses text beyond the largest QR code's capacity.
          setCode(url.length > 1000 ? 'tooLong' : 'failed');
        }
      },
      () => {
        if (live) setCode('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [url]);

  const size = typeof code === 'object' ? (code.modules.length || 21) + 2 * QUIET : 0;
  return (
    <aside className="stage-qr" aria-labelledby="stage-qr-title">
      <h2 id="stage-qr-title" className="stage-qr__title">
        {t('presenter.qrTitle')}
      </h2>
      {typeof code === 'object' ? (
        <svg
          className="stage-qr__code"
          viewBox={`0 0 ${size} ${size}`}
          role="img"
          aria-label={t('presenter.qrLabel')}
          shapeRendering="crispEdges"
        >
          <rect width={size} height={size} fill="#ffffff" />
          <path d={modulesPath(code.modules)} fill="#000000" />
        </svg>
      ) : (
        <p className="stage-qr__message" role="status">
          {code === 'loading'
            ? t('presenter.qrLoading')
            : code === 'tooLong'
              ? t('presenter.qrTooLong')
              : t('presenter.qrFailed')}
        </p>
      )}
      <p className="stage-qr__url">{url}</p>
      <button type="button" className="stage-qr__close" onClick={onClose} aria-keyshortcuts="Q">
        <X size={20} aria-hidden="true" /> {t('dialog.close')}
      </button>
    </aside>
  );
}
