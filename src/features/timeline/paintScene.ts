/**
 * Paints a chart scene (lib/chart/sceneTypes) on a canvas: bands, grid, lanes, density rows,
 * bars, glyphs and labels. Imperative and allocation-light, called once per frame that draws
 * something new. The header's texts (conference names, ticks) are left to the DOM strip
 * above the canvas unless `header` is set.
 */
import { glyphPath, patternPath } from '../../lib/glyphs';
import { noteGlyphPath } from '../../lib/chart/noteMarks';
import type {
  ChartScene,
  SceneLabel,
  SceneMark,
  ScenePattern,
  SceneText,
} from '../../lib/chart/sceneTypes';
import type { ThemeGlyph } from '../../domain/types';
import { paintArrows } from './paintArrows';
import { paintExtents } from './paintExtents';
import { paintGhosts } from './paintGhosts';

export interface PaintOptions {
  readonly dpr: number;
  /** Canvas patterns by theme index (see makeThemePatterns). */
  readonly patterns: readonly (CanvasPattern | null)[];
  readonly fontFamily: string;
  /** Draw the header's texts too (the chart's DOM strip draws them on screen). */
  readonly header?: boolean;
}

const glyphCache = new Map<string, Path2D>();
function glyphPath2D(glyph: ThemeGlyph, r: number): Path2D {
  const key = `${glyph}|${r}`;
  let p = glyphCache.get(key);
  if (!p) {
    p = new Path2D(glyphPath(glyph, r));
    glyphCache.set(key, p);
  }
  return p;
}

const spriteCache = new Map<string, HTMLCanvasElement>();

/** A glyph drawn once per look and pixel ratio, then stamped per mark. */
function glyphSprite(m: SceneMark, dpr: number): { sprite: HTMLCanvasElement; side: number } {
  const side = Math.ceil(m.r * 2 + m.strokeWidth * 2 + 6);
  const key = `${m.glyph}|${m.r}|${m.fill}|${m.fillOpacity}|${m.stroke}|${m.strokeWidth}|${m.dashed ? 1 : 0}|${m.opacity}|${dpr}`;
  let sprite = spriteCache.get(key);
  if (sprite) return { sprite, side };
  sprite = document.createElement('canvas');
  sprite.width = sprite.height = Math.ceil(side * dpr);
  const c = sprite.getContext('2d');
  if (c) {
    const path = glyphPath2D(m.glyph, m.r);
    c.setTransform(dpr, 0, 0, dpr, (side / 2) * dpr, (side / 2) * dpr);
    c.globalAlpha = m.opacity * m.fillOpacity;
    c.fillStyle = m.fill;
    c.fill(path);
    c.globalAlpha = m.opacity;
    c.lineWidth = m.strokeWidth;
    c.strokeStyle = m.stroke;
    if (m.dashed) c.setLineDash([2, 1.5]);
    c.stroke(path);
  }
  if (spriteCache.size > 512) spriteCache.clear();
  spriteCache.set(key, sprite);
  return { sprite, side };
}

/** One 8×8 tile per theme: the theme colour with its pattern in white. */
export function makeThemePatterns(
  ctx: CanvasRenderingContext2D,
  patterns: readonly ScenePattern[],
): (CanvasPattern | null)[] {
  return patterns.map((t) => {
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

function fontOf(t: { size: number; weight: number }, family: string): string {
  return `${t.weight} ${t.size}px ${family}`;
}

function drawTexts(ctx: CanvasRenderingContext2D, texts: readonly SceneText[], family: string) {
  let font = '';
  for (const t of texts) {
    const f = fontOf(t, family);
    if (f !== font) ctx.font = font = f;
    ctx.globalAlpha = t.opacity;
    ctx.fillStyle = t.color;
    ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
    ctx.fillText(t.text, t.x, t.y);
    if (t.underline) {
      const w = ctx.measureText(t.text).width;
      ctx.fillRect(t.anchor === 'end' ? t.x - w : t.x, t.y + 2, w, 1);
    }
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'left';
}

/**
 * Labels in passes: runs of the same look draw every halo, then every text, so the canvas
 * state changes a handful of times per frame rather than four times per label.
 */
function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly SceneLabel[], family: string) {
  let start = 0;
  while (start < labels.length) {
    const first = labels[start] as SceneLabel;
    let end = start + 1;
    while (end < labels.length) {
      const l = labels[end] as SceneLabel;
      if (l.selected || first.selected || l.opacity !== first.opacity || l.size !== first.size)
        break;
      end++;
    }
    const run = labels.slice(start, end);
    ctx.globalAlpha = first.opacity;
    for (const l of run) {
      ctx.fillStyle = l.halo.color;
      ctx.fillRect(l.halo.x, l.halo.y, l.halo.width, l.halo.height);
      if (l.outline !== undefined) {
        ctx.strokeStyle = l.outline;
        ctx.lineWidth = 2;
        ctx.strokeRect(l.halo.x, l.halo.y, l.halo.width, l.halo.height);
      }
    }
    for (const l of run) {
      const lines = l.lines ?? [l.text];
      ctx.font = fontOf(l, family);
      ctx.fillStyle = l.color;
      ctx.textAlign = l.anchor === 'end' ? 'right' : 'left';
      lines.forEach((line, i) => ctx.fillText(line, l.x, l.y + i * (l.lineHeight ?? 0)));
    }
    start = end;
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'left';
}

export function paintScene(ctx: CanvasRenderingContext2D, scene: ChartScene, o: PaintOptions) {
  const { dpr, fontFamily: family } = o;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  ctx.textBaseline = 'alphabetic';

  // Conference bands and grid, behind everything and fixed while the lanes scroll.
  for (const b of scene.bands) {
    ctx.fillStyle = b.fill;
    ctx.fillRect(b.x, b.y, b.width, b.height);
  }
  for (const g of scene.grid) {
    ctx.fillStyle = g.fill;
    ctx.fillRect(g.x, g.y, g.width, g.height);
  }
  if (scene.ghosts) paintGhosts(ctx, scene.ghosts, 'band');
  if (o.header) {
    drawTexts(ctx, scene.bandLabels, family);
    drawTexts(ctx, scene.ticks, family);
  }

  // The lanes, under the header strip.
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, scene.rowsTop, scene.width, Math.max(0, scene.height - scene.rowsTop));
  ctx.clip();
  for (const l of scene.lanes) {
    ctx.fillStyle = l.rule.fill;
    ctx.fillRect(l.rule.x, l.rule.y, l.rule.width, l.rule.height);
  }
  drawTexts(
    ctx,
    scene.lanes.map((l) => l.label),
    family,
  );
  for (const d of scene.density) {
    ctx.fillStyle = d.fill;
    for (const b of d.bars) {
      ctx.globalAlpha = b.opacity * d.opacity;
      ctx.fillRect(b.x, b.y, b.width, b.height);
    }
    ctx.globalAlpha = d.opacity;
    if (d.label) {
      ctx.fillStyle = d.label.halo.color;
      const h = d.label.halo;
      ctx.fillRect(h.x, h.y, h.width, h.height);
      drawTexts(ctx, [{ ...d.label, opacity: d.opacity }], family);
    }
    ctx.globalAlpha = 1;
  }
  for (const b of scene.bars) {
    ctx.globalAlpha = b.opacity;
    ctx.fillStyle = o.patterns[b.pattern] ?? b.fill;
    ctx.fillRect(b.x, b.y, b.width, b.height);
  }
  ctx.globalAlpha = 1;
  if (scene.extents) paintExtents(ctx, scene.extents);
  if (scene.ghosts) paintGhosts(ctx, scene.ghosts, 'mark');
  // Links under the marks, so an arrow's ends never cover them.
  if (scene.arrows && scene.arrows.length > 0)
    paintArrows(ctx, scene.arrows, { width: scene.width, height: scene.height });
  for (const m of scene.marks) {
    const { sprite, side } = glyphSprite(m, dpr);
    const px = Math.round((m.x - side / 2) * dpr) / dpr;
    const py = Math.round((m.y - side / 2) * dpr) / dpr;
    ctx.drawImage(sprite, px, py, side, side);
    if (m.noted) {
      const note = new Path2D(noteGlyphPath(m));
      ctx.fillStyle = scene.background;
      ctx.fill(note);
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = 1.25;
      ctx.stroke(note);
    }
  }
  drawLabels(ctx, scene.labels, family);
  ctx.restore();
}
