/**
 * The chart of one view, composed for a slide: the events of the window only (so lanes have
 * the rows this window needs, not the whole timeline's), packed at the slide's type size with
 * as many rows per lane as fit the room given, and composed with `fitToFrame` (no text runs
 * under the frame's edges). The chart's height is its content's: what it does not need is
 * left to the slide (the featured quote). Pure.
 */
import { claimExtentsOf, withClaimGhosts } from '../chart/claimGhosts';
import type { LoadedDataset } from '../../domain/indexes';
import type { I18n } from '../../i18n/i18n';
import { bandLabelTexts } from '../chart/bandLabels';
import { filteredView, titleLabel, type ChartItem } from '../chart/chartItems';
import { LIGHT_PALETTE, type ChartPalette } from '../chart/palette';
import { composeLinkArrows, type ArrowEnd } from '../chart/linkArrows';
import { composeScene } from '../chart/scene';
import type { ChartScene } from '../chart/sceneTypes';
import type { TextFit } from '../chart/textMetrics';
import { chartMetrics, computeGeometry, rowTopArray, type ChartMetrics } from '../chartGeometry';
import { axisTicks } from '../cosmicAxis';
import { exportWindow, type ExportChoices } from '../exportScope';
import { computeLaneLayout, mostRowsThatFit, type LaneLayout } from '../laneLayout';
import { buildTimeIndex } from '../timeIndex';
import { linkIndexOf, linksToDraw } from '../links';
import { span } from '../viewport';

export interface SlideChartInput {
  readonly data: LoadedDataset;
  readonly choices: ExportChoices;
  readonly width: number;
  /** The most height the chart may take; it takes less when its content needs less. */
  readonly maxHeight: number;
  readonly metrics: ChartMetrics;
  readonly fit: TextFit;
  readonly i18n: I18n;
  readonly palette?: ChartPalette;
}

export interface SlideChart {
  readonly scene: ChartScene;
  /** The chart's height: its content's, at most `maxHeight`. */
  readonly height: number;
  /** Events in the window that the filter shows (dimmed ones included). */
  readonly eventCount: number;
  /** Lanes left out because not even their first row fits (very many themes): their names. */
  readonly omittedLanes: readonly string[];
  readonly omittedEvents: number;
}

/**
 * The chart's measures on a slide: every text at `fontPx`, rows a little tighter than the
 * page chart's (a slide has no hover and no pointer to aim), so more rows fit.
 */
export function slideMetrics(fontPx: number): ChartMetrics {
  const m = chartMetrics(fontPx, true);
  const bandLabelHeight = Math.round(fontPx * 1.6);
  const axisHeight = Math.round(fontPx * 1.7);
  return {
    ...m,
    bandLabelHeight,
    axisHeight,
    headerHeight: bandLabelHeight + axisHeight,
    laneHeaderHeight: Math.round(fontPx * 1.35),
    rowHeight: Math.round(fontPx * 1.6),
    bottomPadding: Math.round(fontPx * 0.4),
  };
}

function layoutHeight(layout: LaneLayout, m: ChartMetrics, lanes = layout.groups.length): number {
  let y = m.headerHeight;
  for (const g of layout.groups.slice(0, lanes))
    y += m.laneHeaderHeight + (g.rowCount + (g.densityRow === null ? 0 : 1)) * m.rowHeight;
  return y + m.bottomPadding;
}

/** The items of the window: ranges that began before it are packed from its left edge. */
function windowItems(data: LoadedDataset, choices: ExportChoices): ChartItem[] {
  const domain = exportWindow(data, choices);
  const view = filteredView(
    data,
    { filter: choices.themeFilter, dimFiltered: choices.dimFiltered, spotlight: null },
    titleLabel,
  );
  const out: ChartItem[] = [];
  for (const it of view.items) {
    if (!(it.endMs > domain[0] && it.startMs < domain[1])) continue;
    out.push(it.startMs < domain[0] ? { ...it, startMs: domain[0] } : it);
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

export function composeSlideChart(input: SlideChartInput): SlideChart {
  const { data, choices, width, metrics: m, fit, i18n } = input;
  const domain = exportWindow(data, choices);
  const k = width / Math.max(1, span(domain));
  const items = windowItems(data, choices);
  const laneOrder = data.dataset.themes.map((t) => t.id);
  const pack = (rows: number) =>
    computeLaneLayout(items, laneOrder, {
      pxPerMs: k,
      fontPx: m.fontPx,
      maxRowsPerLane: rows,
      binPx: 8,
    });
  // The most rows per lane (up to the app's 12) whose chart fits the room.
  const layout = mostRowsThatFit(pack, (l) => layoutHeight(l, m), input.maxHeight);
  // Lanes that do not fit even with one row each are left out (and counted).
  // (Then a row under them says how many events they hold.)
  const all = layout.groups.length;
  const needs = (n: number) => layoutHeight(layout, m, n) + (n < all ? m.rowHeight : 0);
  let lanes = all;
  while (lanes > 0 && needs(lanes) > input.maxHeight) lanes--;
  const kept = new Set(layout.groups.slice(0, lanes).map((g) => g.key));
  const omitted = layout.groups.slice(lanes);
  const geometry = computeGeometry(layout, m);
  const height = Math.min(input.maxHeight, needs(lanes));
  const selected = choices.selectedEventId;
  // The selected event is drawn even when its lane aggregated it, on the "+N more" row.
  const pinned = items.flatMap((item, i) => {
    if (item.id !== selected || (layout.rowByIndex[i] ?? -1) >= 0) return [];
    const g = layout.groups.find((x) => x.key === item.lane);
    const top = g?.densityRow == null ? undefined : geometry.rowTop.get(g.densityRow);
    return top === undefined ? [] : [{ item, y: top + m.rowHeight / 2 }];
  });
  const themes = data.dataset.themes;
  const composed = composeScene({
    width,
    height,
    scrollTop: 0,
    domain,
    metrics: m,
    palette: input.palette ?? LIGHT_PALETTE,
    themes,
    conferences: data.conferences,
    eras: data.eras,
    bandTexts: bandLabelTexts(data.conferences, k, fit.measure, m.bandPx),
    ticks: axisTicks(domain, width, i18n, data.timeScale, (120 * m.fontPx) / 12.5),
    items,
    index: buildTimeIndex(items),
    layout,
    geometry,
    rowTop: rowTopArray(geometry, layout.rowCount),
    selectedId: selected,
    pinned,
    fit,
    strings: {
      laneLabel: (key) =>
        (key === null ? undefined : data.themesById.get(key)?.label) ?? i18n.t('chart.laneOther'),
      moreHere: (count) => i18n.t('slide.more', { count: i18n.n(count) }),
    },
    fitToFrame: true,
    stage: false,
    faintLanes: new Set(
      layout.groups
        .filter((g) => items.every((it) => it.lane !== g.key || it.dimmed))
        .map((g) => g.key),
    ),
  });
  // Nothing of a lane left out is drawn.
  const scene: ChartScene =
    omitted.length === 0
      ? composed
      : {
          ...composed,
          lanes: composed.lanes.filter((l) => kept.has(l.key)),
          density: composed.density.filter((d) => kept.has(d.lane)),
          marks: composed.marks.filter((x) => kept.has(x.lane)),
          bars: composed.bars.filter((b) => kept.has(laneOf(items, b.id))),
          labels: composed.labels.filter((l) => kept.has(laneOf(items, l.id))),
        };
  const palette = input.palette ?? LIGHT_PALETTE;
  const ghostFrame = {
    domain,
    s: m.fontPx / 12.5,
    color: palette.text,
    selectedColor: palette.select,
  };
  return {
    scene: withClaimGhosts(
      withArrows(data, scene, selected, palette, (id) => {
        // An end without a mark of its own: its row, or its lane's "+N more" row.
        const i = items.findIndex((it) => it.id === id);
        const item = items[i];
        if (!item || !kept.has(item.lane)) return null;
        const row = layout.rowByIndex[i] ?? -1;
        const g = layout.groups.find((x) => x.key === item.lane);
        const top = geometry.rowTop.get(row >= 0 ? row : (g?.densityRow ?? -1));
        return top === undefined
          ? null
          : { x: (item.startMs - domain[0]) * k, y: top + m.rowHeight / 2, r: m.glyphR };
      }),
      claimExtentsOf(data.events),
      ghostFrame,
    ),
    height,
    eventCount: items.length,
    omittedLanes: omitted.map(
      (g) =>
        (g.key === null ? undefined : data.themesById.get(g.key)?.label) ??
        i18n.t('chart.laneOther'),
    ),
    omittedEvents: omitted.reduce((n, g) => n + g.eventCount, 0),
  };
}

/**
 * The selected event's links as arrows, as the chart draws them by default: from mark to
 * mark, or to where an event without a mark of its own sits (`placeOf`).
 */
function withArrows(
  data: LoadedDataset,
  scene: ChartScene,
  selected: string | null,
  palette: ChartPalette,
  placeOf: (eventId: string) => ArrowEnd | null,
): ChartScene {
  const all = data.dataset.links;
  const links = linksToDraw(all, linkIndexOf(all), false, [selected]);
  if (links.length === 0) return scene;
  const at = new Map<string, ArrowEnd>(scene.marks.map((m) => [m.id, { x: m.x, y: m.y, r: m.r }]));
  const arrows = composeLinkArrows(
    links,
    (id) => at.get(id) ?? placeOf(id),
    { width: scene.width, height: scene.height, top: scene.rowsTop },
    new Set(selected === null ? [] : [selected]),
    { normal: palette.text, strong: palette.select },
  );
  return arrows.length === 0 ? scene : { ...scene, arrows };
}

function laneOf(items: readonly ChartItem[], id: string): string | null {
  return items.find((it) => it.id === id)?.lane ?? null;
}
