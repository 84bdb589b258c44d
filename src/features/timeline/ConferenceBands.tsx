import { memo } from 'react';
import type { DatedEvent } from '../../domain/types';
import { CHART } from '../../lib/chartGeometry';

export interface BandModel {
  readonly event: DatedEvent;
  /** Pixels from the chart's left edge, for the settled view. */
  readonly x: number;
  /** "WPC 2008 · Houston" where there is room before the next band, else "WPC 2008". */
  readonly label: string;
  readonly ariaLabel: string;
}

/**
 * Each conference as a selectable option over its name in the header strip (the canvas
 * shades the band and the header draws the name).
 */
export const ConferenceBands = memo(function ConferenceBands({
  bands,
  selectedId,
  tabStopId,
  lang,
}: {
  bands: readonly BandModel[];
  selectedId: string | null;
  tabStopId: string | null;
  /** The dataset's language: labels carry its titles. */
  lang: string;
}) {
  return (
    <>
      {bands.map((b) => {
        const selected = b.event.id === selectedId;
        const w = b.label.length * 7.6 + 10;
        return (
          <g
            key={b.event.id}
            className={`band${selected ? ' is-selected' : ''}`}
            role="option"
            aria-selected={selected}
            aria-label={b.ariaLabel}
            lang={lang}
            tabIndex={b.event.id === tabStopId ? 0 : -1}
            data-event-id={b.event.id}
            transform={`translate(${b.x.toFixed(1)},0)`}
          >
            <rect className="hit" x={-2} y={1} width={w} height={CHART.bandLabelHeight - 2} />
            <rect
              className="focus-ring"
              x={-2}
              y={1}
              width={w}
              height={CHART.bandLabelHeight - 2}
              rx={4}
            />
          </g>
        );
      })}
    </>
  );
});
