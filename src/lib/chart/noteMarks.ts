/**
 * The reader's notes on the chart: the marks of noted events are flagged in the scene, and
 * every painter (the canvas, the SVG writer) draws the same small glyph beside them, a page
 * with a folded corner. A shape, not a colour, so it reads in any scheme and in print.
 */
import type { ChartScene, SceneMark } from './sceneTypes';

/** The scene with the marks of noted events flagged; the same scene when none is in view. */
export function withNotedMarks(scene: ChartScene, noted: ReadonlySet<string> | null): ChartScene {
  if (!noted || noted.size === 0) return scene;
  if (!scene.marks.some((m) => noted.has(m.id))) return scene;
  const marks = scene.marks.map((m) => (noted.has(m.id) ? { ...m, noted: true } : m));
  return { ...scene, marks };
}

/** The note glyph of a mark, as SVG path data: a page at the mark's upper right. */
export function noteGlyphPath(m: Pick<SceneMark, 'x' | 'y' | 'r'>): string {
  const s = Math.max(7, m.r * 1.2);
  const f = s * 0.4;
  const x = m.x + m.r * 0.55;
  const y = m.y - m.r * 0.55 - s;
  const n = (v: number) => Math.round(v * 10) / 10;
  return `M${n(x)} ${n(y)}H${n(x + s - f)}L${n(x + s)} ${n(y + f)}V${n(y + s)}H${n(x)}ZM${n(x + s - f)} ${n(y)}V${n(y + f)}H${n(x + s)}`;
}
