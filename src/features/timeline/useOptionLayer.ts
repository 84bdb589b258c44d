import { useMemo, useState } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import type { LoadedDataset } from '../../domain/indexes';
import type { ChartMetrics } from '../../lib/chartGeometry';
import type { AriaLabeller } from '../../lib/chart/ariaLabels';
import {
  optionWidth,
  placeKept,
  windowOptions,
  withKeptOptions,
  type MakeOption,
  type OptionsView,
} from '../../lib/chart/optionWindow';
import type { Measure } from '../../lib/chart/textMetrics';
import { itemsInWindow } from '../../lib/timeIndex';
import type { Domain } from '../../lib/viewport';
import type { ChartModel } from './useChartModel';

/**
 * The accessible options over the canvas and the roving tab stop. The options are laid out
 * from the view at rest and the layout of that moment (the layout changes step by step while
 * zooming; the DOM should not), a render behind the canvas after a filter change.
 */
export function useOptionLayer(
  data: LoadedDataset,
  model: ChartModel,
  view: { settled: Domain; settledK: number; moving: boolean },
  selectedId: string | null,
  focusedId: string | null,
  labeller: AriaLabeller,
  metrics: ChartMetrics,
  measure: Measure,
) {
  const { settled, settledK, moving } = view;
  const { items, itemIndex, layout, rowTop, shownIndex, isShown } = model;
  const visibleSelected = selectedId !== null && isShown(selectedId) ? selectedId : null;
  // The first event in the view at rest: steady through a gesture, so zooming and panning
  // never re-render the options to move an unfocused tab stop.
  const firstInView = itemsInWindow(shownIndex, settled[0], settled[1], 1)[0]?.id ?? null;
  const tabStopId =
    focusedId !== null && isShown(focusedId) ? focusedId : (visibleSelected ?? firstInView);

  // Focused or selected events that the layout aggregated still get a mark of their own.
  const keepIds = useMemo(
    () => [...new Set([tabStopId, visibleSelected])].filter((id): id is string => id !== null),
    [tabStopId, visibleSelected],
  );
  const rowHeight = metrics.rowHeight;
  const pinned = useMemo(
    () =>
      placeKept(keepIds, data, { items, itemIndex, layout, rowTop, rowHeight }).filter(
        (k) => k.aggregated,
      ),
    [keepIds, data, items, itemIndex, layout, rowTop, rowHeight],
  );

  const liveView = useMemo<OptionsView>(
    () => ({ settled, settledK, itemIndex, layout, items, rowTop, rowHeight }),
    [settled, settledK, itemIndex, layout, items, rowTop, rowHeight],
  );
  const [heldView, setHeldView] = useState(liveView);
  if (!moving && heldView !== liveView) setHeldView(liveView);
  // The canvas repaints first; the DOM layer catches up in a render of its own after that
  // frame (a filter toggle re-keys hundreds of options, which must not hold back the frame).
  const currentView = moving ? heldView : liveView;
  const optionsView = useAfterPaint(currentView);
  // Until the deferred render lands after a filter or layout change, the options sit where
  // the previous one put them: they take no clicks then (a transparent shield covers them).
  const stale =
    optionsView.items !== currentView.items || optionsView.layout !== currentView.layout;

  const make = useMemo<MakeOption>(
    () => (it, i, x, y) => ({
      id: it.id,
      x,
      y,
      widthPx: optionWidth(optionsView, i, metrics, measure),
      ariaLabel: labeller(it.event, it.dimmed),
      dimmed: it.dimmed,
    }),
    [optionsView, metrics, measure, labeller],
  );
  const win = useMemo(() => windowOptions(optionsView, make), [optionsView, make]);
  // The focused and selected events always have an option, in the same view and layout as
  // the rest, even far from the view or mid-gesture: a key press moves focus at once.
  const options = useMemo(
    () => withKeptOptions(win, placeKept(keepIds, data, optionsView), optionsView, make),
    [win, keepIds, data, optionsView, make],
  );
  return { options, pinned, stale, tabStopId, visibleSelected, optionsView };
}
