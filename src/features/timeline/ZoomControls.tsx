import { useI18n } from '../../i18n/useI18n';

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
        <span aria-hidden="true">+</span> {t('zoom.in')}
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-keyshortcuts="-"
        title={t('zoom.outTitle')}
        aria-disabled={!canZoomOut}
      >
        <span aria-hidden="true">−</span> {t('zoom.out')}
      </button>
      <button type="button" onClick={onReset} aria-keyshortcuts="0" title={t('zoom.resetTitle')}>
        {t('zoom.reset')}
      </button>
    </div>
  );
}
