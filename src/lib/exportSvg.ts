/**
 * A slide-ready, self-contained SVG of the current view: the visible window, the theme filter
 * (hidden themes left out, dimmed ones faint), the selection highlighted. Pure: a string in,
 * a string out; no React, no DOM, no clock when `generatedAt` is given (then the output is
 * deterministic).
 *
 * Self-contained means: one <svg> with xmlns, width, height and viewBox; no scripts, no
 * links, no images, no external fonts (the app's system font stack), no references except
 * in-document ones (`url(#…)` for patterns and the clip path). Every piece of text from the
 * dataset is XML-escaped, and characters XML cannot carry are dropped.
 *
 * It is laid out as a slide (lib/slide/slideLayout): whole titles, nothing cut by the frame,
 * the chart at its content's height and drawn from the app's own chart scene, the featured
 * quote (when one is given) in the room the chart leaves, type that reads at 1920 × 1080.
 */
import { CHART_FONT_STACK } from './chart/textMetrics';
import { buildSlideSvg, type SlideSvgInput } from './slide/slideSvg';

export { escapeXml } from './slide/xml';

export type ExportSvgInput = SlideSvgInput;

export { SLIDE_SIZE } from './slide/slideSize';

export const EXPORT_FONT_STACK = CHART_FONT_STACK;

export function buildExportSvg(input: ExportSvgInput): string {
  return buildSlideSvg(input);
}
