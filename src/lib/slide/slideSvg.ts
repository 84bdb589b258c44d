/**
 * A slide of one view as a self-contained SVG document, laid out by slideLayout and drawn
 * from the same chart scene as the app: title, what the chart shows, legend, the chart at its
 * content's height, the featured quote where the chart leaves room, and the source line.
 * `part: 'chart'` writes only the legend and the chart (the picture a PowerPoint or PDF
 * slide places beside its own, real text). Pure and deterministic for a given input.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { I18n } from '../../i18n/i18n';
import { LIGHT_PALETTE } from '../chart/palette';
import { CHART_FONT_STACK, createTextFit, estimateWidth, fitText } from '../chart/textMetrics';
import { citedSources, exportWindow, selectExportEvents, type ExportChoices } from '../exportScope';
import { formatSpan, utcDateFormat } from '../formatDate';
import { glyphPath } from '../glyphs';
import { claimExtentsOf } from '../chart/claimGhosts';
import { sceneToSvg, scenePatternDefs } from './sceneSvg';
import { composeSlideChart, slideMetrics, type SlideChart } from './slideChart';
import {
  baseline,
  CHART_TEXT_PX,
  INNER_W,
  layoutSlide,
  SLIDE_H,
  SLIDE_W,
  type SlideLayout,
  type SlideQuoteText,
  type TextBlock,
} from './slideLayout';
import { attrs, el, escapeXml, num, textEl } from './xml';

export interface SlideSvgInput {
  readonly data: LoadedDataset;
  readonly choices: ExportChoices;
  /** Size of the picture in px; the slide is laid out at 1920 × 1080 and scaled. */
  readonly width: number;
  readonly height: number;
  readonly i18n: I18n;
  /** Heading of the slide; the dataset's title when absent. */
  readonly title?: string;
  readonly quote?: SlideQuoteText | null;
  /** When the export was made: an ISO date or date-time (printed in the reader's language). */
  readonly generatedAt?: string;
  /** The source line; by default how many sources the view cites, and when it was made. */
  readonly footer?: string;
}

export interface ComposedSlide {
  readonly layout: SlideLayout;
  readonly chart: SlideChart;
  readonly title: string;
  readonly spanText: string;
  readonly filterText: string;
}

const PAL = LIGHT_PALETTE;

function formatGenerated(value: string, i18n: I18n): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms)
    ? value
    : utcDateFormat(i18n.locale === 'de' ? 'de' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(ms);
}

/** The slide's layout and chart scene (what every format of the slide draws). */
export function composeSlide(input: SlideSvgInput): ComposedSlide {
  const { data, choices, i18n } = input;
  const themes = data.dataset.themes;
  const filter = choices.themeFilter;
  const shown = filter === null ? themes : themes.filter((t) => filter.includes(t.id));
  const domain = exportWindow(data, choices);
  const spanText = formatSpan(domain, i18n.locale, data.timeScale);
  const filterText =
    filter === null
      ? i18n.t('slide.allThemes')
      : i18n.t(choices.dimFiltered ? 'slide.someThemesFaint' : 'slide.someThemes', {
          on: shown.length,
          total: themes.length,
        });
  const title = input.title ?? data.dataset.title;
  const cited = citedSources(data, selectExportEvents(data, choices)).length;
  const footer =
    input.footer ??
    i18n.t('slide.sources', {
      count: cited,
      dataset: data.dataset.title.replace(/[.\s]+$/, ''),
      date: formatGenerated(input.generatedAt ?? new Date().toISOString(), i18n),
    });
  const fit = createTextFit(estimateWidth);
  const chartAt = (fontPx: number, maxHeight: number) =>
    composeSlideChart({
      data,
      choices,
      width: INNER_W,
      maxHeight,
      metrics: slideMetrics(fontPx),
      fit,
      i18n,
    });
  const made: { chart?: SlideChart } = {};
  const layout = layoutSlide({
    measure: estimateWidth,
    title,
    subtitle: i18n.t('slide.showing', { span: spanText, filter: filterText }),
    legend: [
      ...shown.map((t) => ({ id: t.id, label: t.label })),
      // Room for the key to the dashed ghosts, where a competing date claim may be drawn.
      ...(claimsIn(data, domain) ? [{ id: GHOST_KEY, label: i18n.t('chart.claimsLegend') }] : []),
    ],
    quote: input.quote ?? null,
    footer,
    chart: (maxHeight) => {
      // Without a quote to fill the room: larger type, where it shows as much as 26 px does.
      const base = chartAt(CHART_TEXT_PX, maxHeight);
      made.chart = base;
      if (!input.quote)
        for (const size of LARGER_CHART_TEXT_PX) {
          const c = chartAt(size, maxHeight);
          const asMuch = aggregated(c) <= aggregated(base) && whole(c) >= whole(base);
          if (c.omittedEvents === 0 && asMuch) {
            made.chart = c;
            break;
          }
        }
      return made.chart.height;
    },
  });
  if (!made.chart) throw new Error('the slide has no chart');
  return { layout, chart: made.chart, title, spanText, filterText };
}

/** Chart type sizes tried, largest first, on a slide with no quote (px at 1920 × 1080). */
const LARGER_CHART_TEXT_PX = [44, 40, 36, 32, 29] as const;

/** Events the chart shows only as "+N more". */
function aggregated(c: SlideChart): number {
  return c.scene.density.reduce((n, d) => n + d.count, 0) + c.omittedEvents;
}

/** Labels that show their event's whole title. */
function whole(c: SlideChart): number {
  return c.scene.labels.filter((l) => l.whole).length;
}

function blockSvg(b: TextBlock, cls: string, fill: string, extra = {}): string {
  return b.lines
    .map((line, i) =>
      textEl(
        {
          class: cls,
          x: b.x,
          y: baseline(b, i),
          'font-size': b.size,
          'font-weight': b.bold ? 700 : undefined,
          ...extra,
          fill,
        },
        line,
      ),
    )
    .join('');
}

function legendSvg(s: ComposedSlide, data: LoadedDataset, i18n: I18n): string {
  const size = s.layout.legendSize;
  const r = size * 0.4;
  // The ghosts' key is drawn only when the chart did draw a ghost (its room is kept anyway).
  const ghosts = (s.chart.scene.ghosts?.length ?? 0) > 0;
  const items = s.layout.legend.map((item) => {
    if (item.id === GHOST_KEY) return ghosts ? ghostKeySvg(item.x, item.y, size, item.label) : '';
    const theme = data.themesById.get(item.id);
    return el(
      'g',
      { class: 'legend-item', 'data-theme-id': item.id },
      el('path', {
        d: glyphPath(theme?.glyph ?? 'circle', r),
        transform: `translate(${num(item.x + r + 2)},${num(item.y + size * 0.62)})`,
        fill: theme?.color ?? PAL.other,
        stroke: PAL.outline,
        'stroke-width': 1.5,
      }) +
        textEl(
          { x: item.x + size * 1.4, y: item.y + size * 0.95, 'font-size': size, fill: PAL.text },
          item.label,
        ),
    );
  });
  if (items.length === 0) {
    const y = s.layout.subtitle.top + s.layout.subtitle.height + 14 + size;
    items.push(
      textEl(
        { x: s.layout.title.x, y, 'font-size': size, fill: PAL.muted },
        i18n.t('slide.noThemes'),
      ),
    );
  }
  return el('g', { class: 'legend' }, items.join(''));
}

/** The legend entry that keys the chart's dashed ghosts (competing date claims). */
const GHOST_KEY = '\u0000claims';

/** Whether a competing date claim of any event reaches into the window. */
function claimsIn(data: LoadedDataset, [from, to]: readonly [number, number]): boolean {
  for (const list of claimExtentsOf(data.events).values())
    if (list.some((c) => c.endMs >= from && c.startMs <= to)) return true;
  return false;
}

/** The key's sample: a dashed outline, as the ghosts are drawn. */
function ghostKeySvg(x: number, y: number, size: number, label: string): string {
  return el(
    'g',
    { class: 'legend-item ghost-key' },
    el('rect', {
      x: x + 1,
      y: y + size * 0.2,
      width: size * 1.1,
      height: size * 0.85,
      fill: 'none',
      stroke: PAL.text,
      'stroke-width': 1.5,
      'stroke-dasharray': '5 3',
    }) +
      textEl({ x: x + size * 1.4, y: y + size * 0.95, 'font-size': size, fill: PAL.muted }, label),
  );
}

const estimateFit = (text: string, room: number) =>
  fitText(text, room, CHART_TEXT_PX, false, estimateWidth);

function chartSvg(s: ComposedSlide, i18n: I18n): string {
  const { x, y, width, height } = s.layout.chart;
  const parts = [
    el('rect', { x: 0, y: 0, width, height, fill: PAL.background, stroke: PAL.rule, rx: 8 }),
    el('g', { 'clip-path': 'url(#chart-clip)' }, sceneToSvg(s.chart.scene)),
  ];
  const note = (text: string, yy: number, anchor?: string) =>
    textEl(
      {
        class: 'more',
        x: anchor ? width / 2 : 16,
        y: yy,
        'text-anchor': anchor,
        'font-size': CHART_TEXT_PX,
        fill: PAL.muted,
      },
      text,
    );
  if (s.chart.omittedEvents > 0)
    parts.push(
      note(
        estimateFit(
          i18n.t('slide.omitted', {
            count: s.chart.omittedEvents,
            themes: s.chart.omittedLanes.join(', '),
          }),
          width - 32,
        ),
        height - 14,
      ),
    );
  if (s.chart.eventCount === 0) parts.push(note(i18n.t('slide.empty'), height / 2, 'middle'));
  return el('g', { class: 'chart', transform: `translate(${num(x)},${num(y)})` }, parts.join(''));
}

/** The slide as an SVG document; `part: 'chart'` keeps only the legend and the chart. */
export function buildSlideSvg(input: SlideSvgInput, part: 'slide' | 'chart' = 'slide'): string {
  const s = composeSlide(input);
  return slideSvgOf(s, input, part);
}

export function slideSvgOf(
  s: ComposedSlide,
  input: SlideSvgInput,
  part: 'slide' | 'chart' = 'slide',
): string {
  const { data, i18n } = input;
  const W = Math.max(320, Math.round(input.width));
  const H = Math.max(180, Math.round(input.height));
  const { layout } = s;
  const cropTop = (layout.legend[0]?.y ?? layout.chart.y) - 8;
  const box =
    part === 'slide'
      ? { x: 0, y: 0, w: SLIDE_W, h: SLIDE_H }
      : {
          x: layout.chart.x - 8,
          y: cropTop,
          w: layout.chart.width + 16,
          h: layout.chart.y + layout.chart.height + 8 - cropTop,
        };
  const scale = Math.min(W / box.w, H / box.h);
  const body: string[] = [];
  if (part === 'slide') {
    body.push(blockSvg(layout.title, 'export-title', PAL.text));
    body.push(blockSvg(layout.subtitle, 'export-span', PAL.muted));
  }
  body.push(legendSvg(s, data, i18n), chartSvg(s, i18n));
  if (part === 'slide' && layout.quote) {
    const q = layout.quote;
    body.push(
      el(
        'g',
        { class: 'export-quote' },
        el('rect', {
          x: layout.title.x,
          y: q.text.top,
          width: 6,
          height: q.text.height + 10 + q.attribution.height,
          fill: PAL.select,
        }) +
          blockSvg(q.text, 'quote-text', PAL.text, { 'font-style': 'italic' }) +
          blockSvg(q.attribution, 'quote-attribution', PAL.muted),
      ),
    );
  }
  if (part === 'slide') body.push(blockSvg(layout.footer, 'export-sources', PAL.muted));
  const title = `${s.title} — ${s.spanText}`;
  const description = i18n.t('slide.description', {
    span: s.spanText,
    filter: s.filterText,
    count: s.chart.eventCount,
  });
  const clip = el(
    'clipPath',
    { id: 'chart-clip' },
    el('rect', { x: 0, y: 0, width: layout.chart.width, height: layout.chart.height }),
  );
  const tx = (W - box.w * scale) / 2 - box.x * scale;
  const ty = (H - box.h * scale) / 2 - box.y * scale;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': 'export-title export-desc',
      'font-family': CHART_FONT_STACK,
    })}>\n`,
    `${el('title', { id: 'export-title' }, escapeXml(title))}\n`,
    `${el('desc', { id: 'export-desc' }, escapeXml(description))}\n`,
    `<defs>${scenePatternDefs(s.chart.scene)}${clip}</defs>\n`,
    el('rect', { width: W, height: H, fill: '#ffffff' }),
    '\n',
    el(
      'g',
      {
        transform: `translate(${num(tx)},${num(ty)}) scale(${String(Math.round(scale * 10000) / 10000)})`,
      },
      body.join('\n'),
    ),
    '\n</svg>\n',
  ].join('');
}
