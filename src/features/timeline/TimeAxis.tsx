import type { Tick } from '../../lib/timeScale';
import { CHART } from '../../lib/chartGeometry';

/** Stateless: ticks in, grid and labels out. Hidden from assistive technology. */
export function TimeAxis({ ticks, height }: { ticks: readonly Tick[]; height: number }) {
  const y = CHART.bandLabelHeight + CHART.axisHeight - 8;
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.ms} transform={`translate(${t.x},0)`}>
          <line
            className={t.major ? 'grid grid--major' : 'grid'}
            y1={CHART.bandLabelHeight + 4}
            y2={height}
          />
          <text className={t.major ? 'tick tick--major' : 'tick'} x={4} y={y}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
