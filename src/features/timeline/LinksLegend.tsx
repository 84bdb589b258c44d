import { LINK_KINDS } from '../../domain/linkKinds';
import { useI18n } from '../../i18n/useI18n';
import { headPoints, LINK_ARROW_STYLES } from '../../lib/chart/linkArrows';
import { linkLabelKey } from '../../lib/links';

/** A sample arrow drawn as the canvas draws it: the kind's dash and head. */
function Sample({ kind }: { kind: (typeof LINK_KINDS)[number] }) {
  const style = LINK_ARROW_STYLES[kind];
  const p = headPoints(style.head, 30, 7, 1, 0, 8);
  const pts = p.join(' ');
  return (
    <svg
      width="34"
      height="14"
      viewBox="0 0 34 14"
      aria-hidden="true"
      className="links-legend__sample"
    >
      <line x1="2" y1="7" x2="30" y2="7" strokeDasharray={style.dash.join(' ') || undefined} />
      {style.head === 'dot' ? (
        <circle cx={p[0]} cy={p[1]} r={p[2]} />
      ) : style.head === 'chevron' || style.head === 'bar' ? (
        <polyline points={pts} fill="none" />
      ) : (
        <polygon points={pts} />
      )}
    </svg>
  );
}

/** The key to the arrows: each kind's look, in words. */
export function LinksLegend() {
  const { t } = useI18n();
  return (
    <ul className="links-legend" aria-label={t('chart.linksLegend')}>
      {LINK_KINDS.map((k) => (
        <li key={k}>
          <Sample kind={k} />
          {t(linkLabelKey(k, 'out'))}
        </li>
      ))}
    </ul>
  );
}
