import { useI18n } from '../../i18n/useI18n';
import type { KeyCorner } from '../../lib/chart/claimGhosts';

/**
 * The key to the ghosts of competing date claims, a dashed outline as the canvas draws it: in
 * a corner of the lanes where it covers nothing (lib/chart/claimGhosts keyCorner), while the selected event's ghost is in view, or
 * any ghost while "N disputed" is on.
 */
export function ClaimsLegend({ corner, rowsTop }: { corner: KeyCorner; rowsTop: number }) {
  const { t } = useI18n();
  return (
    <p
      className={`links-legend timeline__ghost-key timeline__ghost-key--${corner}`}
      style={corner.startsWith('top') ? { top: rowsTop + 4 } : undefined}
    >
      <svg
        width="30"
        height="14"
        viewBox="0 0 30 14"
        aria-hidden="true"
        className="links-legend__sample links-legend__sample--ghost"
      >
        <rect x="1" y="1" width="28" height="12" strokeDasharray="5 3" fill="none" />
      </svg>
      {t('chart.claimsLegend')}
    </p>
  );
}
