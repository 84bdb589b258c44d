import { useId } from 'react';
import { STANCES } from '../../domain/vocabulary';
import type { Stance } from '../../domain/types';
import { describeCounts, STANCE_GLYPH, STANCE_NAME_KEY } from '../../lib/stance';
import { StancePatterns } from './StanceLegend';
import { useI18n } from '../../i18n/useI18n';

/** A small horizontal stacked bar of stance counts, with the numbers written out beside it. */
export function StanceMix({ counts, label }: { counts: Record<Stance, number>; label: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const prefix = `mix${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const total = STANCES.reduce((n, s) => n + counts[s], 0);
  const width = 200;
  let x = 0;
  return (
    <figure className="stance-mix">
      <svg
        width={width}
        height={16}
        role="img"
        aria-label={t('mix.label', {
          label,
          quotes: t('stance.quotes', { count: total }),
          counts: describeCounts(counts, i18n),
        })}
      >
        <StancePatterns prefix={prefix} />
        <rect width={width} height={16} className="stance-mix__track" />
        {total > 0 &&
          STANCES.map((s) => {
            const w = (counts[s] / total) * width;
            const rect = (
              <rect
                key={s}
                x={x}
                width={w}
                height={16}
                fill={`url(#${prefix}-${s})`}
                className="stance-mix__part"
              />
            );
            x += w;
            return rect;
          })}
      </svg>
      <figcaption>
        <ul className="stance-mix__numbers">
          {STANCES.filter((s) => counts[s] > 0).map((s) => (
            <li key={s}>
              <span aria-hidden="true">{STANCE_GLYPH[s]}</span>{' '}
              {t('mix.count', { stance: t(STANCE_NAME_KEY[s]), count: counts[s] })}
            </li>
          ))}
          {total === 0 && <li>{t('mix.none')}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}
