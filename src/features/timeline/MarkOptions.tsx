import { memo } from 'react';

export interface MarkOption {
  readonly id: string;
  /** Pixels from the chart's left edge, for the settled view. */
  readonly x: number;
  readonly y: number;
  readonly widthPx: number;
  readonly ariaLabel: string;
  readonly dimmed: boolean;
}

/**
 * The accessible layer over the canvas: one focusable, labelled option per event drawn near
 * the view (never one per event in the dataset). Transparent apart from the focus ring; it
 * carries `data-event-id`, `aria-selected` and the pointer target for clicks.
 */
export const MarkOptions = memo(function MarkOptions({
  options,
  selectedId,
  tabStopId,
}: {
  options: readonly MarkOption[];
  selectedId: string | null;
  tabStopId: string | null;
}) {
  return (
    <>
      {options.map((o) => (
        <g
          key={o.id}
          className={`mark${o.id === selectedId ? ' is-selected' : ''}${o.dimmed ? ' is-dimmed' : ''}`}
          role="option"
          aria-selected={o.id === selectedId}
          aria-label={o.ariaLabel}
          tabIndex={o.id === tabStopId ? 0 : -1}
          data-event-id={o.id}
          transform={`translate(${o.x.toFixed(1)},${o.y})`}
        >
          <rect className="hit" x={-10} y={-11} width={o.widthPx + 16} height={22} />
          <rect className="focus-ring" x={-11} y={-12} width={o.widthPx + 18} height={24} rx={5} />
        </g>
      ))}
    </>
  );
});
