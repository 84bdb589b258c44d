import { memo } from 'react';
import type { DatedEvent } from '../../domain/types';

export interface BandModel {
  readonly event: DatedEvent;
  /** Pixels from the chart's left edge, for the settled view. */
  readonly x: number;
  /** Width of the name drawn in the header, in px. */
  readonly widthPx: number;
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
  height,
}: {
  bands: readonly BandModel[];
  selectedId: string | null;
  tabStopId: string | null;
  /** The dataset's language: labels carry its titles. */
  lang: string;
  /** Height of the strip of names. */
  height: number;
}) {
  return (
    <>
      {bands.map((b) => {
        const selected = b.event.id === selectedId;
        const w = b.widthPx + 10;
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
            <rect className="hit" x={-2} y={1} width={w} height={height - 2} />
            <rect className="focus-ring" x={-2} y={1} width={w} height={height - 2} rx={4} />
          </g>
        );
      })}
    </>
  );
});
