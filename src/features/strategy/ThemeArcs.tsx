import { memo, useMemo } from 'react';
import { ThemeSwatch } from '../../components/ThemeSwatch';
import type { LoadedDataset } from '../../domain/indexes';
import { yearAtMs, yearStartMs } from '../../domain/dates';
import { formatYear } from '../../lib/deepTime';
import { themeArcs } from '../../lib/themeArcs';
import './strategy.css';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

export interface ThemeArcsProps {
  readonly data: LoadedDataset;
  readonly onFilterTheme: (themeId: string) => void;
}

const ARC_WIDTH = 260;
const ARC_HEIGHT = 26;

/** Each theme's arc through the story: when it starts, peaks and ends, in a line and a sentence. */
function ThemeArcsView({ data, onFilterTheme }: ThemeArcsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  // Once per dataset and language: the parent re-renders as the chart's view moves.
  const arcs = useMemo(() => themeArcs(data, i18n), [data, i18n]);
  const [lo, hi] = data.span;
  const x = (ms: number) => 4 + ((ms - lo) / Math.max(1, hi - lo)) * (ARC_WIDTH - 8);
  const firstYear = yearAtMs(lo);
  const lastYear = yearAtMs(hi - 1);
  return (
    <section className="theme-arcs" aria-labelledby="theme-arcs-heading">
      <h2 id="theme-arcs-heading">{t('arcs.heading')}</h2>
      <ul className="strategy-list">
        {arcs.map((arc) => {
          const theme = data.themesById.get(arc.themeId);
          const headingId = `theme-arc-${arc.themeId}`;
          const peakMs =
            arc.peakYear === null
              ? null
              : (yearStartMs(arc.peakYear) + yearStartMs(arc.peakYear + 1)) / 2;
          return (
            <li key={arc.themeId} className="theme-arc" aria-labelledby={headingId}>
              <h3 id={headingId} lang={lang}>
                {theme && <ThemeSwatch theme={theme} />}
                {arc.label}
              </h3>
              {arc.firstMs !== null && arc.lastMs !== null && (
                <svg
                  width={ARC_WIDTH}
                  height={ARC_HEIGHT}
                  direction="ltr"
                  role="img"
                  aria-label={t('arcs.lineLabel', {
                    theme: arc.label,
                    first: formatYear(yearAtMs(arc.firstMs), i18n.locale),
                    last: formatYear(yearAtMs(arc.lastMs - 1), i18n.locale),
                    peak: arc.peakYear === null ? t('arcs.noPeak') : String(arc.peakYear),
                  })}
                >
                  <line x1={4} x2={ARC_WIDTH - 4} y1={10} y2={10} className="theme-arc__axis" />
                  <line
                    x1={x(arc.firstMs)}
                    x2={Math.max(x(arc.firstMs) + 1, x(arc.lastMs))}
                    y1={10}
                    y2={10}
                    stroke={theme?.color ?? 'currentColor'}
                    className="theme-arc__line"
                  />
                  {peakMs !== null && (
                    <path
                      d={`M${x(peakMs)} 3 l5 7 l-5 7 l-5 -7 z`}
                      fill={theme?.color ?? 'currentColor'}
                      className="theme-arc__peak"
                    />
                  )}
                  <text x={4} y={ARC_HEIGHT - 1} className="theme-arc__tick">
                    {formatYear(firstYear, i18n.locale)}
                  </text>
                  <text
                    x={ARC_WIDTH - 4}
                    y={ARC_HEIGHT - 1}
                    textAnchor="end"
                    className="theme-arc__tick"
                  >
                    {formatYear(lastYear, i18n.locale)}
                  </text>
                </svg>
              )}
              <p className="theme-arc__summary">{arc.summary}</p>
              <button
                type="button"
                className="strategy-button"
                onClick={() => onFilterTheme(arc.themeId)}
                aria-label={t('arcs.followLabel', { theme: arc.label })}
              >
                {t('arcs.follow')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Re-renders only when its props change. */
export const ThemeArcs = memo(ThemeArcsView);
