import { memo } from 'react';
import type { Tick } from '../../lib/timeScale';
import { CHART } from '../../lib/chartGeometry';

export interface BandLabel {
  readonly id: string;
  readonly x: number;
  readonly label: string;
  readonly selected: boolean;
}

/**
 * The chart's header strip: conference names and tick labels. A small SVG of its own, so the
 * per-frame redraw while zooming repaints a strip 50 px high, not the whole chart. Hidden
 * from assistive technology: the conferences are options in the listbox below, and the
 * visible window is stated in text above the chart.
 */
export const TimeAxis = memo(function TimeAxis({
  ticks,
  bands,
  width,
  lang,
}: {
  ticks: readonly Tick[];
  bands: readonly BandLabel[];
  width: number;
  /** The dataset's language, for the conference names. */
  lang: string;
}) {
  const y = CHART.bandLabelHeight + CHART.axisHeight - 8;
  return (
    <svg
      className="timeline__axis"
      width={width}
      height={CHART.bandLabelHeight + CHART.axisHeight}
      aria-hidden="true"
      focusable="false"
    >
      {bands.map((b) => (
        <text
          key={b.id}
          className={b.selected ? 'band-label is-selected' : 'band-label'}
          x={b.x + 3}
          y={CHART.bandLabelHeight - 8}
          lang={lang}
        >
          {b.label}
        </text>
      ))}
      <g className="axis">
        {ticks.map((t) => (
          <text key={t.ms} className={t.major ? 'tick tick--major' : 'tick'} x={t.x + 4} y={y}>
            {t.label}
          </text>
        ))}
      </g>
    </svg>
  );
});
