import { useI18n } from '../../i18n/useI18n';

/**
 * Zoom in, zoom out and reset. In and out show only their symbol, so the chart's toolbar fits
 * one row at 1280 px: the words follow the symbol in the accessible name ("+ Zoom in", so a
 * speech user can say what they see) and in the tooltip, which also gives the key.
 */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  canZoomOut,
}: {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomOut: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.label')}>
      <button type="button" onClick={onZoomIn} aria-keyshortcuts="+" title={t('zoom.inTitle')}>
        +<span className="visually-hidden"> {t('zoom.in')}</span>
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-keyshortcuts="-"
        title={t('zoom.outTitle')}
        aria-disabled={!canZoomOut}
      >
        −<span className="visually-hidden"> {t('zoom.out')}</span>
      </button>
      <button type="button" onClick={onReset} aria-keyshortcuts="0" title={t('zoom.resetTitle')}>
        {t('zoom.reset')}
      </button>
    </div>
  );
}
