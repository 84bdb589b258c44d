import { readFileSync } from 'node:fs';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { estimateWidth } from '../../src/lib/chart/textMetrics';

/** The shipped dataset (data/wpc.json is part of the repository). */
export function shippedData(): LoadedDataset {
  const result = validateDataset(JSON.parse(readFileSync('data/wpc.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  return prepareDataset(result.dataset);
}

export interface SvgText {
  readonly cls: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly anchor: 'start' | 'end' | 'middle';
  /** Left and right ends, estimated with the chart's width table (an upper bound). */
  readonly left: number;
  readonly right: number;
  /** Inside the chart's group (coordinates relative to the chart's frame). */
  readonly inChart: boolean;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function attrOf(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Every <text> of a slide the exporters write, with its position in the slide's units. */
export function slideTexts(svg: string): SvgText[] {
  const chartStart = svg.indexOf('<g class="chart"');
  // The slide's parts are one line each: the chart's group ends at the end of its line.
  const chartEnd = chartStart < 0 ? -1 : svg.indexOf('\n', chartStart);
  const out: SvgText[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const a = m[1] ?? '';
    const text = unescape(m[2] ?? '');
    const size = Number(attrOf(a, 'font-size'));
    const bold = attrOf(a, 'font-weight') === '700';
    const x = Number(attrOf(a, 'x'));
    const anchor = (attrOf(a, 'text-anchor') ?? 'start') as SvgText['anchor'];
    const w = estimateWidth(text, size, bold);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const at = m.index;
    out.push({
      cls: attrOf(a, 'class') ?? '',
      text,
      x,
      y: Number(attrOf(a, 'y')),
      size,
      bold,
      anchor,
      left,
      right: left + w,
      inChart: at > chartStart && (chartEnd < 0 || at < chartEnd),
    });
  }
  return out;
}

/** The chart's frame: its translate and the clip rectangle's size. */
export function chartFrame(svg: string) {
  const t = /<g class="chart" transform="translate\(([\d.-]+),([\d.-]+)\)"/.exec(svg);
  const clip =
    /<clipPath id="chart-clip"><rect x="0" y="0" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (!t || !clip) throw new Error('no chart frame');
  return { x: Number(t[1]), y: Number(t[2]), width: Number(clip[1]), height: Number(clip[2]) };
}

/** The outer transform: translate and scale from slide units to the picture's px. */
export function slideScale(svg: string): number {
  const m = /<g transform="translate\([\d.-]+,[\d.-]+\) scale\(([\d.]+)\)">/.exec(svg);
  if (!m) throw new Error('no slide transform');
  return Number(m[1]);
}
