import { STANCES } from '../../domain/vocabulary';
import type { Stance } from '../../domain/types';
import { STANCE_GLYPH, STANCE_NAME_KEY } from '../../lib/stance';
import { useI18n } from '../../i18n/useI18n';

/** The SVG patterns for each stance: colour plus a texture, so colour is never the only cue. */
export function StancePatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-reassuring`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="stance-fill-reassuring" />
      </pattern>
      <pattern
        id={`${prefix}-warning`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="stance-fill-warning" />
        <line x1="0" y1="0" x2="0" y2="6" className="stance-texture" strokeWidth="2" />
      </pattern>
      <pattern id={`${prefix}-critical`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="stance-fill-critical" />
        <path d="M0 0L6 6M6 0L0 6" className="stance-texture" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-momentum`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="stance-fill-momentum" />
        <circle cx="3" cy="3" r="1.2" className="stance-texture-dot" />
      </pattern>
      <pattern id={`${prefix}-neutral`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="stance-fill-neutral" />
        <line x1="0" y1="3" x2="6" y2="3" className="stance-texture" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-thin`} width="5" height="5" patternUnits="userSpaceOnUse">
        <path d="M0 5L5 0" className="stance-thin-hatch" strokeWidth="1" />
      </pattern>
    </defs>
  );
}

export function StanceSwatch({ stance, prefix }: { stance: Stance; prefix: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false" className="stance-swatch">
      <rect
        width="14"
        height="14"
        fill={`url(#${prefix}-${stance})`}
        className="stance-swatch__box"
      />
    </svg>
  );
}

/** Legend: texture, symbol and name of every stance, plus the thin-evidence marker. */
export function StanceLegend({ prefix, thinNote = true }: { prefix: string; thinNote?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="stance-legend" aria-label={t('legend.label')}>
      {STANCES.map((s) => (
        <li key={s}>
          <StanceSwatch stance={s} prefix={prefix} />
          <span aria-hidden="true">{STANCE_GLYPH[s]}</span> {t(STANCE_NAME_KEY[s])}
        </li>
      ))}
      {thinNote && (
        <li>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              fill={`url(#${prefix}-thin)`}
              className="stance-thin-outline"
            />
          </svg>{' '}
          {t('legend.thin')}
        </li>
      )}
    </ul>
  );
}
