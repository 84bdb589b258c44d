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
import { forEachInWindow } from '../timeIndex';
import type { ChartItem } from './chartItems';
import type { ChartScene, SceneBar, SceneExtent, SceneLabel, SceneMark } from './sceneTypes';
import { composeBands, composeGrid } from './sceneHeader';
import { sceneFrame, text, LOOKBACK_PX, type SceneInput } from './sceneInput';
import { composeExtent } from './sceneEdtf';
import { composeDensity, composeLanes } from './sceneLanes';
import { selectedTitle } from './sceneSelected';

export type { SceneInput, SceneStrings } from './sceneInput';

export function composeScene(input: SceneInput): ChartScene {
  const { width, height, scrollTop, domain, metrics: m, palette: pal, themes, fit } = input;
  const frame = sceneFrame(input);
  const { s, k, xOf, pad, rowVisible, colorOf } = frame;
  const half = m.rowHeight / 2;
  const { layout } = input;
  const { bands, bandLabels } = composeBands(input, frame);
  const { grid, ticks } = composeGrid(input, frame);
  const lanes = composeLanes(input, frame);
  const density = composeDensity(input, frame);

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
  const extents: SceneExtent[] = [];
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
    if (it.event.edtf !== undefined) {
      const extent = composeExtent(it, y, colorOf(it.themeIndex), opacity, {
        s,
        width,
        glyphR: m.glyphR,
        xOf,
      });
      if (extent) extents.push(extent);
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
    ...(extents.length > 0 ? { extents } : {}),
    marks,
    labels,
    patterns: themes.map((t, index) => ({ index, color: t.color, pattern: t.pattern })),
  };
}
