import { memo } from 'react';
import type { DatedEvent } from '../../domain/types';
import { CHART } from '../../lib/chartGeometry';
import { cssVars } from './markModel';

export interface BandModel {
  readonly event: DatedEvent;
  readonly xDays: number;
  readonly durationDays: number;
  /** "WPC 2008 · Houston" where there is room before the next band, else "WPC 2008". */
  readonly label: string;
  readonly ariaLabel: string;
}

/** Each conference as a shaded band with its name and city; the label is a selectable event. */
export const ConferenceBands = memo(function ConferenceBands({
  bands,
  height,
  selectedId,
  tabStopId,
}: {
  bands: readonly BandModel[];
  height: number;
  selectedId: string | null;
  tabStopId: string | null;
}) {
  return (
    <>
      {bands.map((b) => {
        const selected = b.event.id === selectedId;
        return (
          <g
            key={b.event.id}
            className={`band${selected ? ' is-selected' : ''}`}
            role="option"
            aria-selected={selected}
            aria-label={b.ariaLabel}
            tabIndex={b.event.id === tabStopId ? 0 : -1}
            data-event-id={b.event.id}
            style={cssVars({ '--x': b.xDays, '--d': b.durationDays })}
          >
            <rect
              className="band-fill"
              y={CHART.bandLabelHeight}
              height={height - CHART.bandLabelHeight}
            />
            <text className="band-label" x={3} y={CHART.bandLabelHeight - 8}>
              {b.label}
            </text>
            <rect
              className="focus-ring"
              x={-2}
              y={1}
              width={b.label.length * 7.6 + 10}
              height={CHART.bandLabelHeight - 2}
              rx={4}
            />
          </g>
        );
      })}
    </>
  );
});
