import { memo } from 'react';
import type { MarkOption } from '../../lib/chart/optionWindow';

const Option = memo(function Option({
  id,
  x,
  y,
  widthPx,
  ariaLabel,
  dimmed,
  selected,
  tabStop,
  lang,
  rowHeight,
}: MarkOption & { selected: boolean; tabStop: boolean; lang: string; rowHeight: number }) {
  const h = rowHeight - 2;
  return (
    <g
      className={`mark${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
      role="option"
      aria-selected={selected}
      aria-label={ariaLabel}
      lang={lang}
      tabIndex={tabStop ? 0 : -1}
      data-event-id={id}
      transform={`translate(${x.toFixed(1)},${y})`}
    >
      <rect className="hit" x={-10} y={-h / 2} width={widthPx + 16} height={h} />
      <rect
        className="focus-ring"
        x={-11}
        y={-h / 2 - 1}
        width={widthPx + 18}
        height={h + 2}
        rx={5}
      />
    </g>
  );
});

/**
 * The accessible layer over the canvas: one focusable, labelled option per event drawn near
 * the view (never one per event in the dataset). Transparent apart from the focus ring; it
 * carries `data-event-id`, `aria-selected` and the pointer target for clicks. Each option is
 * memoised, so a change re-renders only the options it touches.
 */
export const MarkOptions = memo(function MarkOptions({
  options,
  selectedId,
  tabStopId,
  lang,
  rowHeight,
}: {
  options: readonly MarkOption[];
  selectedId: string | null;
  tabStopId: string | null;
  /** The dataset's language: labels carry its titles. */
  lang: string;
  rowHeight: number;
}) {
  return (
    <>
      {options.map((o) => (
        <Option
          key={o.id}
          {...o}
          selected={o.id === selectedId}
          tabStop={o.id === tabStopId}
          lang={lang}
          rowHeight={rowHeight}
        />
      ))}
    </>
  );
});
