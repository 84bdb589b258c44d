import { type KeyboardEvent, memo, useId, useMemo, useState } from 'react';
import { STANCES } from '../../domain/vocabulary';
import type { LoadedDataset } from '../../domain/indexes';
import {
  describeCounts,
  describeSegment,
  isStanceGroup,
  placeStanceBars,
  segmentLabel,
  SPEAKER_CHOICES,
  stanceSegments,
  type StanceGroup,
  type StanceSegment,
} from '../../lib/stance';
import { StanceLegend, StancePatterns } from './StanceLegend';
import './strategy.css';
import { useI18n } from '../../i18n/useI18n';

export interface StanceBandProps {
  readonly data: LoadedDataset;
  /** The chart's visible window [from ms, to ms); bars line up with the chart's time axis. */
  readonly domain: readonly [number, number];
  /** The chart's plot width in px. */
  readonly width: number;
  readonly group: StanceGroup;
  readonly onGroupChange: (group: StanceGroup) => void;
  readonly onShowQuotes: (quoteIds: string[], label: string) => void;
  /** Only quotes on these themes (null: all). */
  readonly themeFilter?: readonly string[] | null;
  /** The bars' height in px (70 by default; less where the band sits under the chart). */
  readonly barHeight?: number;
  /**
   * Under the chart on a short screen the band folds to its heading: the heading becomes a
   * disclosure button, and the legend shares the heading's row.
   */
  readonly fold?: { readonly open: boolean; readonly onToggle: () => void };
}

const DEFAULT_BAND_HEIGHT = 70;
const LABEL_SPACE = 14;

/**
 * The mood of the channel: one stacked bar of quote stances per conference and per quarter
 * between them, on the chart's time scale.
 */
function StanceBandView({
  data,
  domain,
  width,
  group,
  onGroupChange,
  onShowQuotes,
  themeFilter = null,
  barHeight = DEFAULT_BAND_HEIGHT,
  fold,
}: StanceBandProps) {
  const STANCE_BAND_HEIGHT = barHeight;
  const open = fold?.open ?? true;
  const i18n = useI18n();
  const { t } = i18n;
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const prefix = `stance${uid}`;
  const headingId = `${prefix}-heading`;
  const selectId = `${prefix}-speakers`;
  const [active, setActive] = useState<string | null>(null);
  // Segments depend on the data and the choices, never on the zoom: only placing them does.
  const segments = useMemo(
    () => stanceSegments(data, { group, themeFilter }, i18n),
    [data, group, themeFilter, i18n],
  );
  const bars = placeStanceBars(segments, domain, width);
  const maxTotal = Math.max(1, ...bars.map((b) => b.segment.total));
  const barArea = STANCE_BAND_HEIGHT - LABEL_SPACE;
  const activeBar = bars.find((b) => b.segment.id === active);

  const show = (segment: StanceSegment) => {
    onShowQuotes([...segment.quoteIds], segmentLabel(segment, i18n));
  };
  const onKey = (e: KeyboardEvent, segment: StanceSegment) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(segment);
    }
  };

  return (
    <section className="stance-band" aria-labelledby={headingId}>
      <div className="stance-band__head">
        <h2 id={headingId}>
          {fold ? (
            <button
              type="button"
              className="stance-band__fold"
              aria-expanded={open}
              aria-controls={`${prefix}-body`}
              onClick={fold.onToggle}
            >
              <span className="stance-band__chevron" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              {t('mood.heading')}
            </button>
          ) : (
            t('mood.heading')
          )}
        </h2>
        {open && (
          <>
            <label htmlFor={selectId}>{t('mood.speakers')}</label>
            <select
              id={selectId}
              value={group}
              onChange={(e) => {
                if (isStanceGroup(e.target.value)) onGroupChange(e.target.value);
              }}
            >
              {SPEAKER_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {t(c.labelKey)}
                </option>
              ))}
            </select>
            {fold && <StanceLegend prefix={prefix} />}
          </>
        )}
      </div>
      {open && (
        <div id={`${prefix}-body`}>
          {/* On the chart's time scale: left to right whatever the language's direction. */}
          <div className="stance-band__plot" style={{ width }} dir="ltr">
            <svg
              width={width}
              height={STANCE_BAND_HEIGHT}
              className="stance-band__svg"
              role="group"
              aria-label={t('mood.plotLabel', { count: bars.length })}
            >
              <StancePatterns prefix={prefix} />
              <line
                x1={0}
                x2={width}
                y1={STANCE_BAND_HEIGHT - 0.5}
                y2={STANCE_BAND_HEIGHT - 0.5}
                className="stance-band__baseline"
              />
              {bars.map(({ segment, x, w }) => {
                const h = Math.max(2, (segment.total / maxTotal) * barArea);
                let y = STANCE_BAND_HEIGHT;
                return (
                  <g
                    key={segment.id}
                    role="button"
                    tabIndex={0}
                    className={`stance-bar${segment.thin ? ' stance-bar--thin' : ''}`}
                    aria-label={describeSegment(segment, i18n)}
                    data-segment={segment.id}
                    onClick={() => show(segment)}
                    onKeyDown={(e) => onKey(e, segment)}
                    onMouseEnter={() => setActive(segment.id)}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive(segment.id)}
                    onBlur={() => setActive(null)}
                  >
                    <rect
                      x={x - 2}
                      y={0}
                      width={w + 4}
                      height={STANCE_BAND_HEIGHT}
                      className="stance-bar__hit"
                    />
                    {STANCES.map((s) => {
                      const sh = (segment.counts[s] / segment.total) * h;
                      if (sh <= 0) return null;
                      y -= sh;
                      return (
                        <rect
                          key={s}
                          x={x}
                          y={y}
                          width={w}
                          height={sh}
                          fill={`url(#${prefix}-${s})`}
                          className="stance-bar__part"
                        />
                      );
                    })}
                    {segment.thin && (
                      <rect
                        x={x - 1}
                        y={STANCE_BAND_HEIGHT - h - 1}
                        width={w + 2}
                        height={h + 1}
                        fill={`url(#${prefix}-thin)`}
                        className="stance-thin-outline"
                        data-thin="true"
                      />
                    )}
                    <text
                      x={x + w / 2}
                      y={STANCE_BAND_HEIGHT - h - 3}
                      textAnchor="middle"
                      className="stance-bar__count"
                      aria-hidden="true"
                    >
                      {segment.total}
                    </text>
                    <rect
                      x={x - 3}
                      y={1}
                      width={w + 6}
                      height={STANCE_BAND_HEIGHT - 2}
                      className="focus-ring"
                    />
                  </g>
                );
              })}
            </svg>
            {activeBar && (
              <div
                className="stance-band__tooltip"
                role="tooltip"
                style={{ left: Math.min(Math.max(0, activeBar.x), Math.max(0, width - 220)) }}
              >
                <strong>{segmentLabel(activeBar.segment, i18n)}</strong>
                <br />
                {t('mood.tooltipCounts', {
                  quotes: t('stance.quotes', { count: activeBar.segment.total }),
                  counts: describeCounts(activeBar.segment.counts, i18n),
                })}
                {activeBar.segment.thin && (
                  <>
                    <br />
                    {t('mood.thin')}
                  </>
                )}
              </div>
            )}
          </div>
          {bars.length === 0 && <p className="stance-band__empty">{t('mood.empty')}</p>}
          {!fold && <StanceLegend prefix={prefix} />}
        </div>
      )}
    </section>
  );
}

/** Re-renders only when its props change (the filter reaches it a render behind the chart). */
export const StanceBand = memo(StanceBandView);
