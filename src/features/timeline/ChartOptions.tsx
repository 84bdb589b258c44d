import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent, RefObject } from 'react';
import type { ChartMetrics } from '../../lib/chartGeometry';
import type { MarkOption } from '../../lib/chart/optionWindow';
import { useI18n } from '../../i18n/useI18n';
import { ConferenceBands, type BandModel } from './ConferenceBands';
import { MarkOptions } from './MarkOptions';

/**
 * The chart's accessible and clickable layer: an svg as tall as the lanes, inside the
 * chart's scroller, with one listbox of options (events near the view, and the conferences).
 * The conferences' options sit in a group that follows the scroll, so they stay over their
 * names in the fixed header; a transparent strip under them keeps clicks there from reaching
 * the options scrolled beneath the header.
 */
export function ChartOptions({
  svgRef,
  width,
  height,
  scrollTop,
  metrics,
  options,
  bands,
  selectedId,
  tabStopId,
  lang,
  moving,
  stale,
  onKeyDown,
  onPointerMove,
  onPointerLeave,
  onClick,
  onFocus,
  onBlur,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  scrollTop: number;
  metrics: ChartMetrics;
  options: readonly MarkOption[];
  bands: readonly BandModel[];
  selectedId: string | null;
  tabStopId: string | null;
  lang: string;
  moving: boolean;
  stale: boolean;
  onKeyDown: (ev: KeyboardEvent) => void;
  onPointerMove: (ev: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: () => void;
  onClick: (ev: MouseEvent<SVGSVGElement>) => void;
  onFocus: (ev: FocusEvent) => void;
  onBlur: () => void;
}) {
  const { t } = useI18n();
  return (
    <svg
      ref={svgRef}
      className="timeline__svg"
      width={width}
      height={height}
      role="group"
      aria-labelledby="timeline-heading timeline-span"
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
      onClick={onClick}
    >
      <g
        className="marks"
        role="listbox"
        aria-label={t('chart.optionsLabel')}
        aria-describedby="timeline-hint"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {/* Hidden mid-gesture only. When merely a render behind (a filter toggle), a shield
            above them takes the clicks instead: restyling every option cost ~7 ms. */}
        <g className={moving ? 'mark-options is-moving' : 'mark-options'}>
          <MarkOptions
            options={options}
            selectedId={selectedId}
            tabStopId={tabStopId}
            lang={lang}
            rowHeight={metrics.rowHeight}
          />
          <g className="timeline__header-options" transform={`translate(0,${scrollTop})`}>
            <rect
              className="timeline__header-shield"
              aria-hidden="true"
              x={0}
              y={0}
              width={width}
              height={metrics.headerHeight}
            />
            <ConferenceBands
              bands={bands}
              selectedId={selectedId}
              tabStopId={tabStopId}
              lang={lang}
              height={metrics.bandLabelHeight}
            />
          </g>
        </g>
      </g>
      {stale && !moving && (
        <rect
          className="timeline__shield"
          aria-hidden="true"
          x={0}
          y={0}
          width={width}
          height={height}
        />
      )}
    </svg>
  );
}
