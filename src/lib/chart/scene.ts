/**
 * Composes a chart scene (see sceneTypes) from what the chart has worked out: the items and
 * their lane layout, the visible window and the frame's size. Pure and allocation-light
 * enough to run every frame of a gesture; it keeps only what is in view.
 *
 * Labels: an event's whole title wherever it fits before the next mark in its row (and, when
 * `fitToFrame`, inside the frame: a label that would cross the right edge moves to the left
 * of its mark when there is room there); otherwise it is cut with "…" where it would collide.
 * The selected event's title is never cut: bold (larger on the stage), moved or broken into
 * lines to stay inside the frame, drawn last on an opaque background.
 */
import type { DatedEvent, Theme } from '../../domain/types';
import type { ChartGeometry, ChartMetrics } from '../chartGeometry';
import type { LaneLayout } from '../laneLayout';
import { forEachInWindow, type TimeIndex } from '../timeIndex';
import type { Tick } from '../timeScale';
import type { Domain } from '../viewport';
import type { ChartItem } from './chartItems';
import type { ChartPalette } from './palette';
import type {
  ChartScene,
  SceneBand,
  SceneBar,
  SceneDensity,
  SceneLabel,
  SceneLane,
  SceneMark,
  SceneRect,
  SceneText,
} from './sceneTypes';
import { splitConferenceTitle } from '../conferenceTitle';
import { wrapText, type TextFit } from './textMetrics';

/** The interface text a scene needs, in the reader's language. */
export interface SceneStrings {
  readonly laneLabel: (key: string | null) => string;
  readonly moreHere: (count: number) => string;
}

export interface SceneInput {
  readonly width: number;
  readonly height: number;
  /** How far the lanes are scrolled under the fixed header. */
  readonly scrollTop: number;
  readonly domain: Domain;
  readonly metrics: ChartMetrics;
  readonly palette: ChartPalette;
  readonly themes: readonly Theme[];
  readonly conferences: readonly DatedEvent[];
  /** Each conference's name as fitted to the zoom step (see bandLabelTexts). */
  readonly bandTexts: readonly string[];
  readonly ticks: readonly Tick[];
  readonly items: readonly ChartItem[];
  readonly index: TimeIndex<ChartItem>;
  readonly layout: LaneLayout;
  readonly geometry: ChartGeometry;
  /** Top of each row by row number (content coordinates). */
  readonly rowTop: Float64Array;
  readonly selectedId: string | null;
  /** Events drawn although their lane aggregated them (focused or selected), y in content. */
  readonly pinned: readonly { readonly item: ChartItem; readonly y: number }[];
  readonly fit: TextFit;
  readonly strings: SceneStrings;
  /** Keep every text inside the frame (slides); the chart lets names run under the edges. */
  readonly fitToFrame: boolean;
  /** The presenter's stage: the selected title larger and outlined. */
  readonly stage: boolean;
  /** Lanes whose events are all filtered out (dimmed): their summary is faint too. */
  readonly faintLanes?: ReadonlySet<string | null>;
}

/** How far left of the window to look for marks whose labels reach into it, in px. */
const LOOKBACK_PX = 1000;

function text(t: Omit<SceneText, 'anchor' | 'opacity'> & Partial<SceneText>): SceneText {
  return { anchor: 'start', opacity: 1, ...t };
}

export function composeScene(input: SceneInput): ChartScene {
  const { width, height, scrollTop, domain, metrics: m, palette: pal, themes, fit } = input;
  const s = m.fontPx / 12.5;
  const k = width / Math.max(1, domain[1] - domain[0]);
  const xOf = (ms: number) => (ms - domain[0]) * k;
  const pad = 4 * s;
  const half = m.rowHeight / 2;
  const viewTop = scrollTop + m.headerHeight - m.rowHeight;
  const viewBottom = scrollTop + height;
  const rowVisible = (row: number) => {
    const top = input.rowTop[row] ?? 0;
    return top >= viewTop && top <= viewBottom;
  };
  const colorOf = (i: number) => themes[i]?.color ?? pal.other;

  // Conference bands, and their names in the header strip.
  const bands: SceneBand[] = [];
  const bandLabels: SceneText[] = [];
  const confs = input.conferences;
  confs.forEach((c, i) => {
    const x0 = xOf(c.startMs);
    const x1 = xOf(c.endMs);
    if (x1 < -LOOKBACK_PX || x0 > width) return;
    const selected = c.id === input.selectedId;
    if (x1 >= 0) {
      const y = m.bandLabelHeight;
      const fill = selected ? pal.bandSelected : pal.band;
      bands.push({
        id: c.id,
        x: x0,
        y,
        width: Math.max(3, x1 - x0),
        height: height - y,
        fill,
        selected,
      });
    }
    // A slide names no conference that ended before its window.
    if (input.fitToFrame && x1 < 0) return;
    const x = input.fitToFrame ? Math.max(3 * s, x0 + 3 * s) : x0 + 3 * s;
    const next = confs[i + 1];
    const nextX = next ? xOf(next.startMs) : Infinity;
    let label = input.bandTexts[i] ?? c.title;
    if (input.fitToFrame) {
      // Where the name with its place does not fit, the name alone before any cut.
      const room = Math.min(nextX, width) - x - 2 * pad;
      if (fit.measure(label, m.bandPx, true) > room) label = splitConferenceTitle(c.title).label;
      label = fit.fit(label, room, m.bandPx, true);
    }
    if (label === '' || x > width) return;
    bandLabels.push(
      text({
        text: label,
        x,
        y: m.bandLabelHeight - 8 * s,
        size: m.bandPx,
        weight: 700,
        color: pal.bandLabel,
        role: 'band-label',
        content: true,
        underline: selected,
      }),
    );
  });

  // Grid and tick labels.
  const grid: SceneRect[] = [];
  const ticks: SceneText[] = [];
  let tickEnd = -Infinity;
  for (const t of input.ticks) {
    const gy = m.bandLabelHeight + 4 * s;
    grid.push({
      x: Math.round(t.x),
      y: gy,
      width: 1,
      height: height - gy,
      fill: t.major ? pal.gridMajor : pal.grid,
    });
    const x = t.x + 4 * s;
    const w = fit.measure(t.label, m.tickPx, t.major);
    // A label that would run into the next one, or out of a slide's frame, is left out.
    if (x < tickEnd || (input.fitToFrame && x + w > width - pad)) continue;
    tickEnd = x + w + 6 * s;
    ticks.push(
      text({
        text: t.label,
        x,
        y: m.headerHeight - 8 * s,
        size: m.tickPx,
        weight: t.major ? 700 : 400,
        color: t.major ? pal.text : pal.muted,
        role: t.major ? 'tick tick--major' : 'tick',
        content: false,
      }),
    );
  }

  // Lanes: a rule and the theme's name, for the lanes in view.
  const lanes: SceneLane[] = [];
  const { layout, geometry } = input;
  geometry.laneHeaders.forEach((h, gi) => {
    const next = geometry.laneHeaders[gi + 1];
    const bottom = next ? next.y : geometry.contentHeight - m.bottomPadding;
    if (bottom < scrollTop + m.headerHeight || h.y > viewBottom) return;
    const y = h.y - scrollTop;
    const label = input.strings.laneLabel(h.key);
    lanes.push({
      key: h.key,
      top: y,
      bottom: bottom - scrollTop,
      rule: { x: 0, y, width, height: 1, fill: pal.gridMajor },
      label: text({
        text: input.fitToFrame ? fit.fit(label, width - 16 * s, m.lanePx, true) : label,
        x: 8 * s,
        y: y + 13.5 * s,
        size: m.lanePx,
        weight: 700,
        color: pal.laneLabel,
        role: 'lane-label',
        content: h.key !== null,
      }),
      eventCount: layout.groups[gi]?.eventCount ?? 0,
    });
  });

  // Density rows: aggregated events as bars whose strength grows with the count.
  const density: SceneDensity[] = [];
  for (const g of layout.groups) {
    if (g.densityRow === null || g.density.length === 0 || !rowVisible(g.densityRow)) continue;
    const top = (input.rowTop[g.densityRow] ?? 0) - scrollTop;
    let maxCount = 1;
    for (const b of g.density) if (b.count > maxCount) maxCount = b.count;
    const logMax = Math.log(maxCount + 1);
    const bars: (SceneRect & { opacity: number })[] = [];
    let count = 0;
    for (const b of g.density) {
      const x0 = xOf(b.startMs);
      const x1 = xOf(b.endMs);
      if (x1 < 0 || x0 > width) continue;
      count += b.count;
      const f = Math.log(b.count + 1) / logMax;
      const h = 4 * s + (m.rowHeight - 10 * s) * f;
      bars.push({
        x: x0,
        y: top + m.rowHeight - 3 * s - h,
        width: Math.max(1.5, x1 - x0 - 0.5),
        height: h,
        fill: '',
        opacity: 0.35 + 0.65 * f,
      });
    }
    const themeIdx = themes.findIndex((t) => t.id === g.key);
    let label: SceneDensity['label'] = null;
    if (count > 0) {
      const t = input.strings.moreHere(count);
      const shown = input.fitToFrame ? fit.fit(t, width - 16 * s, m.densityPx) : t;
      const w = fit.measure(shown, m.densityPx);
      label = {
        ...text({
          text: shown,
          x: 8 * s,
          y: top + 12 * s,
          size: m.densityPx,
          weight: 400,
          color: pal.muted,
          role: 'more',
          content: false,
        }),
        halo: { x: 4 * s, y: top + s, width: w + 8 * s, height: 15 * s, color: pal.halo },
      };
    }
    const faint = input.faintLanes?.has(g.key) ?? false;
    density.push({
      lane: g.key,
      top,
      fill: colorOf(themeIdx),
      opacity: faint ? 0.3 : 1,
      bars,
      count,
      label,
    });
  }

  // The marks in view, in start order (labels run right, so look a little to the left).
  const visible: { it: ChartItem; i: number; row: number; y: number }[] = [];
  forEachInWindow(input.index, domain[0] - LOOKBACK_PX / k, domain[1], (i) => {
    const row = layout.rowByIndex[i] ?? -1;
    if (row < 0 || !rowVisible(row)) return;
    visible.push({
      it: input.items[i] as ChartItem,
      i,
      row,
      y: (input.rowTop[row] ?? 0) + half - scrollTop,
    });
  });
  for (const p of input.pinned) {
    const y = p.y - scrollTop;
    if (y >= m.headerHeight - half && y <= height + half)
      visible.push({ it: p.item, i: -1, row: -1, y });
  }

  const bars: SceneBar[] = [];
  const marks: SceneMark[] = [];
  const plain: SceneLabel[] = [];
  const faint: SceneLabel[] = [];
  let selectedLabel: SceneLabel | null = null;
  const selected = visible.find((v) => v.it.id === input.selectedId);
  if (selected)
    selectedLabel = selectedTitle(input, selected.it, xOf(selected.it.startMs), selected.y);
  const selectedRow = selected?.row ?? -2;
  const sel = selectedLabel?.halo;
  const rowRight = new Map<number, number>();

  for (const { it, i, row, y } of visible) {
    const x = xOf(it.startMs);
    const opacity = it.dimmed ? 0.3 : 1;
    const isSelected = it.id === input.selectedId;
    let right = x + m.glyphR;
    if (it.isRange) {
      const x0 = Math.max(-8, xOf(it.event.startMs));
      const x1 = Math.min(width + 8, xOf(it.event.endMs));
      const fill = colorOf(it.themeIndex);
      bars.push({
        id: it.id,
        x: x0,
        y: y + 6 * s,
        width: Math.max(1, x1 - x0),
        height: 5 * s,
        pattern: it.themeIndex,
        fill,
        opacity,
      });
      right = Math.max(right, x1);
    }
    if (it.event.startMs >= it.startMs) {
      marks.push({
        id: it.id,
        lane: it.lane,
        x,
        y,
        glyph: themes[it.themeIndex]?.glyph ?? 'circle',
        r: m.glyphR,
        fill: colorOf(it.themeIndex),
        fillOpacity: it.approximate ? 0.45 : 1,
        stroke: isSelected ? pal.select : pal.outline,
        strokeWidth: (isSelected ? 3 : 1) * Math.max(1, s * 0.8),
        dashed: it.approximate,
        opacity,
        selected: isSelected,
      });
    }
    if (isSelected) continue;
    let labelX = x + m.labelOffset;
    if (input.fitToFrame && labelX < pad) {
      // A slide: a mark left of the frame has no label; a range reaching in is named at the edge.
      if (!it.isRange || right < 2 * m.labelOffset) continue;
      labelX = pad;
    }
    const nextIdx = i >= 0 ? (layout.nextInRow[i] ?? -1) : -1;
    const nextX = nextIdx >= 0 ? xOf((input.items[nextIdx] as ChartItem).startMs) : Infinity;
    let room = nextX - m.glyphPx / 2 - m.labelGap - labelX;
    if (sel && row === selectedRow) {
      if (labelX >= sel.x - m.labelGap && labelX <= sel.x + sel.width) continue;
      if (labelX < sel.x) room = Math.min(room, sel.x - m.labelGap - labelX);
    }
    const frameRoom = x <= width ? width - pad - labelX : Infinity;
    const w = fit.measure(it.label, m.fontPx);
    let textLeft = labelX;
    let shown = it.label;
    let anchor: 'start' | 'end' = 'start';
    if (w > Math.min(room, frameRoom)) {
      const leftEnd = x - m.labelOffset;
      const leftRoom = Math.min(
        leftEnd - (rowRight.get(row) ?? -Infinity) - m.labelGap,
        leftEnd - pad,
      );
      const flip = frameRoom < room && leftRoom > frameRoom && (!sel || row !== selectedRow);
      if (flip) {
        anchor = 'end';
        shown =
          w <= leftRoom ? it.label : fit.fit(it.label, Math.min(leftRoom, leftEnd - pad), m.fontPx);
      } else shown = fit.fit(it.label, Math.min(room, frameRoom), m.fontPx);
      if (shown === '') continue;
      if (anchor === 'end') textLeft = leftEnd - fit.measure(shown, m.fontPx);
    }
    const shownW = shown === it.label ? w : fit.measure(shown, m.fontPx);
    right = Math.max(right, textLeft + shownW);
    if (row >= 0) rowRight.set(row, Math.max(rowRight.get(row) ?? -Infinity, right));
    const label: SceneLabel = {
      ...text({
        text: shown,
        x: anchor === 'start' ? labelX : x - m.labelOffset,
        y: y + 0.36 * m.fontPx,
        size: m.fontPx,
        weight: 400,
        color: pal.text,
        anchor,
        opacity,
        role: 'event-label',
        content: true,
      }),
      id: it.id,
      title: it.label,
      whole: shown === it.label,
      width: shownW,
      halo: {
        x: textLeft - 2 * s,
        y: y - 8 * s,
        width: shownW + 4 * s,
        height: 16 * s,
        color: pal.halo,
      },
      selected: false,
    };
    (it.dimmed ? faint : plain).push(label);
  }
  const labels = selectedLabel ? [...faint, ...plain, selectedLabel] : [...faint, ...plain];

  return {
    width,
    height,
    headerHeight: m.headerHeight,
    rowsTop: m.headerHeight,
    background: pal.background,
    bands,
    grid,
    bandLabels,
    ticks,
    lanes,
    density,
    bars,
    marks,
    labels,
    patterns: themes.map((t, index) => ({ index, color: t.color, pattern: t.pattern })),
  };
}

/** The selected event's whole title: beside its mark, on its left, or in lines that fit. */
function selectedTitle(input: SceneInput, it: ChartItem, x: number, y: number): SceneLabel {
  const { metrics: m, palette: pal, fit, width } = input;
  const s = m.fontPx / 12.5;
  const size = input.stage ? Math.round(m.fontPx * 1.2 * 10) / 10 : m.fontPx;
  const pad = 4 * s;
  const w = fit.measure(it.label, size, true);
  const rightX = input.fitToFrame ? Math.max(pad, x + m.labelOffset) : x + m.labelOffset;
  const leftEnd = x - m.labelOffset;
  let lines: string[] = [it.label];
  let textLeft = rightX;
  let anchor: 'start' | 'end' = 'start';
  if (rightX + w > width - pad) {
    if (leftEnd - w >= pad) {
      anchor = 'end';
      textLeft = leftEnd - w;
    } else {
      const rightRoom = width - pad - rightX;
      const leftRoom = leftEnd - pad;
      const useLeft = leftRoom > rightRoom;
      const room = Math.max(rightRoom, leftRoom);
      if (room >= 10 * size) {
        lines = wrapText(it.label, room, size, true, fit.measure, 4);
        anchor = useLeft ? 'end' : 'start';
      } else {
        // Too little room either side: the title over the whole frame, whole or in lines.
        lines = wrapText(it.label, width - 2 * pad, size, true, fit.measure, 4);
      }
      const widest = Math.max(...lines.map((l) => fit.measure(l, size, true)));
      textLeft =
        room >= 10 * size
          ? useLeft
            ? leftEnd - widest
            : rightX
          : Math.max(pad, width - pad - widest);
      if (room < 10 * size) anchor = 'start';
    }
  }
  const widths = lines.map((l) => fit.measure(l, size, true));
  const lineW = Math.max(...widths);
  const lineHeight = Math.round(size * 1.25);
  const boxPad = 3 * s;
  return {
    ...text({
      text: lines[0] ?? '',
      x: anchor === 'start' ? textLeft : textLeft + lineW,
      y: y + 0.36 * size,
      size,
      weight: 700,
      color: pal.select,
      anchor,
      opacity: it.dimmed ? 0.3 : 1,
      role: 'event-label',
      content: true,
    }),
    id: it.id,
    title: it.label,
    whole: true,
    width: lineW,
    halo: {
      x: textLeft - boxPad,
      y: y - size * 0.75,
      width: lineW + 2 * boxPad,
      height: size * 1.5 + (lines.length - 1) * lineHeight,
      color: pal.background,
    },
    selected: true,
    ...(lines.length > 1 ? { lines, lineHeight } : {}),
    ...(input.stage ? { outline: pal.select } : {}),
  };
}
