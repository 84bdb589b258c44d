/**
 * A slide laid out as a slide, top to bottom in a 1920 × 1080 space: the title (whole,
 * in up to three lines, smaller before it is ever cut), a line saying what the chart shows,
 * the theme legend, the chart at the height its content needs, the featured quote in the
 * room the chart leaves (as large as fits), and the source line at the bottom. No text is
 * smaller than MIN_TEXT_PX, which reads from the back of a room on a 1080p projector.
 * Pure: widths come from the `Measure` given (an upper bound for the usual fonts).
 */
import { fitText, wrapText, type Measure } from '../chart/textMetrics';

/** The logical slide; other sizes are this one scaled. */
export const SLIDE_W = 1920;
export const SLIDE_H = 1080;
export const MARGIN_X = 80;
const TOP = 64;
const BOTTOM = 44;
const GAP = 28;

/** The least type size on a slide, in px at 1920 × 1080 (12 pt on a 13.33 in slide). */
export const MIN_TEXT_PX = 24;
export const TITLE_SIZES = [60, 52, 44] as const;
export const SUBTITLE_PX = 28;
export const LEGEND_PX = 26;
export const QUOTE_SIZES = [44, 40, 36, 32, 28] as const;
export const ATTRIBUTION_PX = 26;
export const FOOTER_PX = 24;
/** Event labels, ticks, conference and lane names in the chart. */
export const CHART_TEXT_PX = 26;

export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  /** Top of the block; line i's baseline is `top + size * 0.92 + i * lineHeight`. */
  readonly top: number;
  readonly size: number;
  readonly lineHeight: number;
  readonly bold: boolean;
  readonly height: number;
}

export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export interface SlideQuoteText {
  readonly text: string;
  /** "Steve Ballmer, CEO, Microsoft". */
  readonly speaker: string;
  /** Where it was said or printed. */
  readonly source: string;
}

export interface SlideLayoutInput {
  readonly measure: Measure;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly { readonly id: string; readonly label: string }[];
  readonly quote: SlideQuoteText | null;
  readonly footer: string;
  /** Composes the chart for at most this height; returns the height it takes. */
  readonly chart: (maxHeight: number) => number;
}

export interface SlideLayout {
  readonly title: TextBlock;
  readonly subtitle: TextBlock;
  readonly legend: readonly LegendEntry[];
  readonly legendSize: number;
  readonly chart: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly quote: { readonly text: TextBlock; readonly attribution: TextBlock } | null;
  readonly footer: TextBlock;
}

export const INNER_W = SLIDE_W - 2 * MARGIN_X;

export function baseline(b: TextBlock, i: number): number {
  return b.top + b.size * 0.92 + i * b.lineHeight;
}

function block(lines: string[], top: number, size: number, bold: boolean, x = MARGIN_X): TextBlock {
  const lineHeight = Math.round(size * 1.22);
  return { lines, x, top, size, lineHeight, bold, height: lines.length * lineHeight };
}

const words = (t: string) =>
  t
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ');

/** The title whole, at the largest size that holds it in two lines (three at the least size). */
export function titleBlock(title: string, measure: Measure, top = TOP): TextBlock {
  for (const size of TITLE_SIZES) {
    const lines = wrapText(title, INNER_W, size, true, measure, 2);
    if (lines.join(' ') === words(title)) return block(lines, top, size, true);
  }
  const least = 44;
  return block(wrapText(title, INNER_W, least, true, measure, 3), top, least, true);
}

const QUOTE_INDENT = 36;

function quoteBlocks(q: SlideQuoteText, measure: Measure, size: number, top: number) {
  const width = INNER_W - QUOTE_INDENT;
  const text = block(
    wrapText(`“${q.text}”`, width, size, false, measure, 12),
    top,
    size,
    false,
    MARGIN_X + QUOTE_INDENT,
  );
  const attribution = block(
    [
      ...wrapText(`— ${q.speaker}`, width, ATTRIBUTION_PX, false, measure, 2),
      ...wrapText(q.source, width, ATTRIBUTION_PX, false, measure, 2),
    ],
    top + text.height + 10,
    ATTRIBUTION_PX,
    false,
    MARGIN_X + QUOTE_INDENT,
  );
  return { text, attribution, height: text.height + 10 + attribution.height };
}

export function layoutSlide(input: SlideLayoutInput): SlideLayout {
  const { measure } = input;
  const title = titleBlock(input.title, measure);
  const subtitle = block(
    [fitText(input.subtitle, INNER_W, SUBTITLE_PX, false, measure)],
    title.top + title.height + 8,
    SUBTITLE_PX,
    false,
  );
  // Legend: glyph, label, wrapped into rows.
  const legend: LegendEntry[] = [];
  const rowH = Math.round(LEGEND_PX * 1.5);
  let lx = 0;
  let ly = subtitle.top + subtitle.height + 14;
  for (const item of input.legend) {
    const label = fitText(item.label, INNER_W - 2 * LEGEND_PX, LEGEND_PX, false, measure);
    const w = LEGEND_PX * 1.4 + measure(label, LEGEND_PX) + LEGEND_PX * 1.5;
    if (lx > 0 && lx + w > INNER_W) {
      lx = 0;
      ly += rowH;
    }
    legend.push({ id: item.id, label, x: MARGIN_X + lx, y: ly });
    lx += w;
  }
  const legendBottom = legend.length > 0 ? ly + rowH : ly;

  const footerLines = wrapText(input.footer, INNER_W, FOOTER_PX, false, measure, 3);
  const footerH = footerLines.length * Math.round(FOOTER_PX * 1.22);
  const footer = block(footerLines, SLIDE_H - BOTTOM - footerH, FOOTER_PX, false);

  const regionTop = legendBottom + 12;
  const regionBottom = footer.top - GAP;
  const region = regionBottom - regionTop;
  // The chart first, but never so tall that the quote could not be whole at its least size.
  const least = QUOTE_SIZES[QUOTE_SIZES.length - 1] ?? 28;
  const quoteMin = input.quote ? quoteBlocks(input.quote, measure, least, 0).height + GAP : 0;
  const chartH = input.chart(Math.max(120, region - quoteMin));
  const chart = { x: MARGIN_X, y: regionTop, width: INNER_W, height: chartH };

  let quote: SlideLayout['quote'] = null;
  if (input.quote) {
    const room = regionBottom - (regionTop + chartH + GAP);
    let chosen = quoteBlocks(input.quote, measure, least, 0);
    for (const size of QUOTE_SIZES) {
      const q = quoteBlocks(input.quote, measure, size, 0);
      if (q.height <= room) {
        chosen = q;
        break;
      }
    }
    // In the middle of the room the chart leaves (at its top when it does not fit).
    const top = regionTop + chartH + GAP + Math.max(0, (room - chosen.height) / 2);
    const q = quoteBlocks(input.quote, measure, chosen.text.size, top);
    quote = { text: q.text, attribution: q.attribution };
  }
  return { title, subtitle, legend, legendSize: LEGEND_PX, chart, quote, footer };
}
