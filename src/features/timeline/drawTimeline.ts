/**
 * Draws a frame of the timeline on a canvas: grid, conference bands, bars, glyphs, labels and
 * the density rows that aggregate what does not fit. Imperative and allocation-light, called
 * once per frame; the React tree above it re-renders only when data, filter or layout change.
 */
import type { DatedEvent, Theme } from '../../domain/types';
import { CHART } from '../../lib/chartGeometry';
import { glyphPath, patternPath } from '../../lib/glyphs';
import type { LaneGroup, LayoutItem } from '../../lib/laneLayout';
import { forEachInWindow, type TimeIndex } from '../../lib/timeIndex';
import type { Tick } from '../../lib/timeScale';
import type { Domain } from '../../lib/viewport';
import { t } from '../../i18n/i18n';

export interface ChartItem extends LayoutItem {
  readonly event: DatedEvent;
  /** Index into the dataset's themes of the lane theme, or -1. */
  readonly themeIndex: number;
  readonly dimmed: boolean;
  readonly approximate: boolean;
}

export interface FramePalette {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly gridMajor: string;
  readonly band: string;
  readonly bandSelected: string;
  readonly select: string;
  readonly halo: string;
  readonly outline: string;
}

export const LIGHT_PALETTE: FramePalette = {
  text: '#1a1a1a',
  muted: '#4a5360',
  grid: '#eef1f5',
  gridMajor: '#c9d1dc',
  band: '#e8eef6',
  bandSelected: '#d3e2f5',
  select: '#0b4f8a',
  halo: 'rgba(255,255,255,0.85)',
  outline: '#1a1a1a',
};

export const DARK_PALETTE: FramePalette = {
  text: '#eceff3',
  muted: '#b6bfcb',
  grid: '#232a33',
  gridMajor: '#3d4754',
  band: '#1d2733',
  bandSelected: '#2a3a4e',
  select: '#8cc4ff',
  halo: 'rgba(18,20,23,0.85)',
  outline: '#eceff3',
};

export interface FrameInput {
  readonly ctx: CanvasRenderingContext2D;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly domain: Domain;
  readonly ticks: readonly Tick[];
  readonly conferences: readonly DatedEvent[];
  readonly selectedId: string | null;
  readonly items: readonly ChartItem[];
  readonly index: TimeIndex<ChartItem>;
  readonly rowByIndex: Int32Array;
  /** Top y of each row, by row number. */
  readonly rowTop: Float64Array;
  readonly groups: readonly LaneGroup[];
  readonly themes: readonly Theme[];
  readonly patterns: readonly (CanvasPattern | null)[];
  /** Events drawn on top although the layout aggregated them (focused or selected). */
  readonly pinned: readonly { item: ChartItem; y: number }[];
  /**
   * The canvas covers only the part of the (possibly tall) chart that is on screen: it sits
   * `offsetY` px below the chart's top and is `height` px high; `chartHeight` is the whole.
   */
  readonly offsetY: number;
  readonly chartHeight: number;
  readonly palette?: FramePalette;
}

/**
 * Whether two frames would draw the same pixels: every input is the same value or the same
 * object (the chart memoises them). React renders the chart for reasons that change nothing
 * drawn (its accessible layer catching up); those renders need not repaint the canvas.
 */
export function sameFrame(a: FrameInput, b: FrameInput): boolean {
  for (const key of Object.keys(a) as (keyof FrameInput)[]) {
    if (!Object.is(a[key], b[key])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

const GLYPH_R = 6;
const LABEL_FONT = '12.5px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const LABEL_FONT_BOLD = `700 ${LABEL_FONT}`;
const MAX_LABEL_PX = 260;

const glyphCache = new Map<string, Path2D>();

/** Side of a glyph sprite in CSS px: the glyph, its widest stroke and a margin. */
const SPRITE_PX = GLYPH_R * 2 + 10;
const spriteCache = new Map<string, HTMLCanvasElement>();

/** A glyph drawn once per theme, state, palette and pixel ratio, then stamped per mark. */
function glyphSprite(
  theme: Theme | undefined,
  dimmed: boolean,
  approximate: boolean,
  selected: boolean,
  pal: FramePalette,
  dpr: number,
): HTMLCanvasElement {
  const glyph = theme?.glyph ?? 'circle';
  const color = theme?.color ?? '#444444';
  const key = `${glyph}|${color}|${dimmed ? 1 : 0}${approximate ? 1 : 0}${selected ? 1 : 0}|${pal.select}|${pal.outline}|${dpr}`;
  let sprite = spriteCache.get(key);
  if (sprite) return sprite;
  sprite = document.createElement('canvas');
  sprite.width = sprite.height = Math.ceil(SPRITE_PX * dpr);
  const c = sprite.getContext('2d');
  if (c) {
    const path = glyphPath2D(glyph);
    c.setTransform(dpr, 0, 0, dpr, (SPRITE_PX / 2) * dpr, (SPRITE_PX / 2) * dpr);
    c.globalAlpha = (dimmed ? 0.3 : 1) * (approximate ? 0.45 : 1);
    c.fillStyle = color;
    c.fill(path);
    c.globalAlpha = dimmed ? 0.3 : 1;
    c.lineWidth = selected ? 3 : 1;
    c.strokeStyle = selected ? pal.select : pal.outline;
    if (approximate) c.setLineDash([2, 1.5]);
    c.stroke(path);
  }
  if (spriteCache.size > 512) spriteCache.clear();
  spriteCache.set(key, sprite);
  return sprite;
}

/** Label widths at the label font: measured once per text. */
const labelWidths = new Map<string, number>();
function glyphPath2D(glyph: Theme['glyph'] | 'circle'): Path2D {
  let p = glyphCache.get(glyph);
  if (!p) {
    p = new Path2D(glyphPath(glyph, GLYPH_R));
    glyphCache.set(glyph, p);
  }
  return p;
}

/** One 8×8 tile per theme: the theme colour with its pattern in white. */
export function makeThemePatterns(
  ctx: CanvasRenderingContext2D,
  themes: readonly Theme[],
): (CanvasPattern | null)[] {
  return themes.map((t) => {
    const tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    const c = tile.getContext('2d');
    if (!c) return null;
    c.fillStyle = t.color;
    c.fillRect(0, 0, 8, 8);
    const d = patternPath(t.pattern);
    if (d !== null) {
      c.strokeStyle = '#ffffff';
      c.fillStyle = '#ffffff';
      c.lineWidth = 1.6;
      const p = new Path2D(d);
      c.stroke(p);
      if (t.pattern === 'dots' || t.pattern === 'checker') c.fill(p);
    }
    return ctx.createPattern(tile, 'repeat');
  });
}

export function drawTimeline(f: FrameInput): void {
  const { ctx, width, dpr, domain, offsetY } = f;
  const height = f.chartHeight;
  const pal = f.palette ?? LIGHT_PALETTE;
  const k = width / (domain[1] - domain[0]);
  const xOf = (ms: number) => (ms - domain[0]) * k;
  const base = () => ctx.setTransform(dpr, 0, 0, dpr, 0, -offsetY * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, f.height);
  base();
  const viewTop = offsetY - CHART.rowHeight;
  const viewBottom = offsetY + f.height + CHART.rowHeight;
  const rowVisible = (row: number) => {
    const top = f.rowTop[row] ?? 0;
    return top >= viewTop && top <= viewBottom;
  };

  // Conference bands (behind everything).
  for (const c of f.conferences) {
    const x0 = xOf(c.startMs);
    const x1 = xOf(c.endMs);
    if (x1 < 0 || x0 > width) continue;
    ctx.fillStyle = c.id === f.selectedId ? pal.bandSelected : pal.band;
    ctx.fillRect(x0, CHART.bandLabelHeight, Math.max(3, x1 - x0), height - CHART.bandLabelHeight);
  }
  // Grid.
  for (const t of f.ticks) {
    ctx.fillStyle = t.major ? pal.gridMajor : pal.grid;
    ctx.fillRect(Math.round(t.x), CHART.bandLabelHeight + 4, 1, height);
  }
  // Lane rules.
  ctx.fillStyle = pal.gridMajor;
  for (const g of f.groups) {
    const top = (f.rowTop[g.firstRow] ?? f.rowTop[g.densityRow ?? 0] ?? 0) - CHART.laneHeaderHeight;
    ctx.fillRect(0, top, width, 1);
  }

  // Density rows: aggregated events as bars whose strength grows with the count.
  for (const g of f.groups) {
    if (g.densityRow === null || g.density.length === 0 || !rowVisible(g.densityRow)) continue;
    const top = f.rowTop[g.densityRow] ?? 0;
    const themeIdx = f.themes.findIndex((t) => t.id === g.key);
    const color = f.themes[themeIdx]?.color ?? '#444444';
    let maxCount = 1;
    for (const b of g.density) if (b.count > maxCount) maxCount = b.count;
    const logMax = Math.log(maxCount + 1);
    ctx.fillStyle = color;
    let visible = 0;
    for (const b of g.density) {
      const x0 = xOf(b.startMs);
      const x1 = xOf(b.endMs);
      if (x1 < 0 || x0 > width) continue;
      visible += b.count;
      const h = 4 + (CHART.rowHeight - 10) * (Math.log(b.count + 1) / logMax);
      ctx.globalAlpha = 0.35 + 0.65 * (Math.log(b.count + 1) / logMax);
      ctx.fillRect(x0, top + CHART.rowHeight - 3 - h, Math.max(1.5, x1 - x0 - 0.5), h);
    }
    ctx.globalAlpha = 1;
    if (visible > 0) {
      const text = t('chart.moreHereCanvas', { count: visible });
      ctx.font = LABEL_FONT;
      const w = ctx.measureText(text).width;
      ctx.fillStyle = pal.halo;
      ctx.fillRect(4, top + 1, w + 8, 15);
      ctx.fillStyle = pal.muted;
      ctx.fillText(text, 8, top + 12);
    }
  }

  // Marks in view (labels extend right, so look a label's width to the left of the window).
  const from = domain[0] - MAX_LABEL_PX / k;
  const drawn: number[] = [];
  forEachInWindow(f.index, from, domain[1], (i) => {
    const row = f.rowByIndex[i] ?? -1;
    if (row >= 0 && rowVisible(row)) drawn.push(i);
  });
  const yOfRow = (row: number) => (f.rowTop[row] ?? 0) + CHART.rowHeight / 2;

  // Bars.
  for (const i of drawn) {
    const it = f.items[i] as ChartItem;
    if (!it.isRange) continue;
    const y = yOfRow(f.rowByIndex[i] ?? 0);
    const x0 = xOf(it.startMs);
    const w = Math.max(1, xOf(it.endMs) - x0);
    ctx.globalAlpha = it.dimmed ? 0.3 : 1;
    ctx.fillStyle = f.patterns[it.themeIndex] ?? f.themes[it.themeIndex]?.color ?? '#444444';
    ctx.fillRect(x0, y + 6, w, 5);
  }
  ctx.globalAlpha = 1;

  // Each glyph is a small pre-rendered sprite per theme and state: one drawImage per mark
  // instead of a path fill and stroke with their state changes.
  const drawGlyph = (it: ChartItem, x: number, y: number, selected: boolean) => {
    const theme = f.themes[it.themeIndex];
    const sprite = glyphSprite(theme, it.dimmed, it.approximate, selected, pal, dpr);
    const half = SPRITE_PX / 2;
    const px = Math.round((x - half) * dpr) / dpr;
    const py = Math.round((y - half - offsetY) * dpr) / dpr + offsetY;
    ctx.drawImage(sprite, px, py, SPRITE_PX, SPRITE_PX);
  };

  for (const i of drawn) {
    const it = f.items[i] as ChartItem;
    drawGlyph(it, xOf(it.startMs), yOfRow(f.rowByIndex[i] ?? 0), it.id === f.selectedId);
  }
  for (const p of f.pinned) drawGlyph(p.item, xOf(p.item.startMs), p.y, p.item.id === f.selectedId);
  ctx.globalAlpha = 1;

  // Labels, each on a soft halo so bars and grid never make them unreadable. Drawn in passes
  // (every halo, then every text; dimmed ones apart, the selected one last and bold) so the
  // canvas state changes a handful of times per frame rather than four times per label.
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  const labels: { it: ChartItem; x: number; y: number; w: number }[] = [];
  let selected: { it: ChartItem; x: number; y: number } | null = null;
  const placed = [
    ...drawn.map((i) => ({ it: f.items[i] as ChartItem, y: yOfRow(f.rowByIndex[i] ?? 0) })),
    ...f.pinned.map((p) => ({ it: p.item, y: p.y })),
  ];
  for (const { it, y } of placed) {
    const x = xOf(it.startMs);
    if (it.id === f.selectedId) {
      selected = { it, x, y };
      continue;
    }
    let w = labelWidths.get(it.label);
    if (w === undefined) {
      w = ctx.measureText(it.label).width;
      if (labelWidths.size > 50_000) labelWidths.clear();
      labelWidths.set(it.label, w);
    }
    labels.push({ it, x, y, w });
  }
  for (const dimmed of [true, false]) {
    ctx.globalAlpha = dimmed ? 0.3 : 1;
    ctx.fillStyle = pal.halo;
    for (const l of labels) {
      if (l.it.dimmed === dimmed) ctx.fillRect(l.x + GLYPH_R + 4, l.y - 8, l.w + 4, 16);
    }
    ctx.fillStyle = pal.text;
    for (const l of labels) {
      if (l.it.dimmed === dimmed) ctx.fillText(l.it.label, l.x + GLYPH_R + 6, l.y + 0.5);
    }
  }
  if (selected !== null) {
    ctx.font = LABEL_FONT_BOLD;
    const w = ctx.measureText(selected.it.label).width;
    ctx.globalAlpha = selected.it.dimmed ? 0.3 : 1;
    ctx.fillStyle = pal.halo;
    ctx.fillRect(selected.x + GLYPH_R + 4, selected.y - 8, w + 4, 16);
    ctx.fillStyle = pal.select;
    ctx.fillText(selected.it.label, selected.x + GLYPH_R + 6, selected.y + 0.5);
    ctx.font = LABEL_FONT;
  }
  ctx.globalAlpha = 1;
}
