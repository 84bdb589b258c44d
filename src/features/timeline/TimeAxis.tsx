import { memo } from 'react';
import type { SceneText } from '../../lib/chart/sceneTypes';

/**
 * The chart's header strip: conference names and tick labels from the scene, as text. A
 * small SVG of its own, fixed above the scrolling lanes, so the per-frame redraw while
 * zooming repaints a strip 50 px high, not the whole chart. Hidden from assistive
 * technology: the conferences are options in the listbox below, and the visible window is
 * stated in text above the chart.
 */
export const TimeAxis = memo(function TimeAxis({
  ticks,
  bands,
  width,
  height,
  lang,
}: {
  ticks: readonly SceneText[];
  bands: readonly SceneText[];
  width: number;
  height: number;
  /** The dataset's language, for the conference names. */
  lang: string;
}) {
  return (
    <svg
      className="timeline__axis"
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {bands.map((b, i) => (
        <text
          key={i}
          className={b.underline ? 'band-label is-selected' : 'band-label'}
          x={b.x}
          y={b.y}
          fontSize={b.size}
          lang={lang}
        >
          {b.text}
        </text>
      ))}
      <g className="axis">
        {ticks.map((t, i) => (
          <text key={i} className={t.role} x={t.x} y={t.y} fontSize={t.size}>
            {t.text}
          </text>
        ))}
      </g>
    </svg>
  );
});
