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
 * Layout, top to bottom: title (the dataset's, or `title`), the visible span in words and
 * the filter, the theme legend (glyph, colour and label of each theme switched on), the
 * chart (conference bands with names, axis ticks, one lane per theme with its label, each
 * event as glyph, bar for ranges and label, laid out by the same packing as the app; a lane
 * whose events do not all fit ends with a "+N more" row), and a source line.
 */
import { splitConferenceTitle } from './conferenceTitle';
import type { LoadedDataset } from '../domain/indexes';
import { parsePartialDate } from '../domain/dates';
import type { DatedEvent, Theme } from '../domain/types';
import type { Translator } from '../i18n/i18n';
import { CHART, computeGeometry } from './chartGeometry';
import { emphasisFor, laneThemeFor } from './emphasis';
import { citedSources, exportWindow, selectExportEvents, type ExportChoices } from './exportCsv';
import { formatPartialDate, formatSpan } from './formatDate';
import { glyphPath, patternPath } from './glyphs';
import {
  computeLaneLayout,
  DEFAULT_MAX_ROWS_PER_LANE,
  type LaneLayout,
  type LayoutItem,
} from './laneLayout';
import { computeTicks } from './timeScale';
import { truncateChars as truncateLabel } from './chart/textMetrics';
import { span, type Domain } from './viewport';

export interface ExportSvgInput {
  readonly data: LoadedDataset;
  readonly choices: ExportChoices;
  /** Size of the picture in px (CSS px; the PNG export doubles it). */
  readonly width: number;
  readonly height: number;
  /** Heading of the slide; the dataset's title when absent. */
  readonly title?: string;
  /** When the export was made: an ISO date or date-time (printed as "9 July 2008", UTC). */
  readonly generatedAt?: string;
  /** The reader's language: the slide's words, dates and ticks. */
  readonly i18n: Translator;
}

/** A 16:9 slide. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

export const EXPORT_FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The chart's light palette (the same values as the canvas drawing). */
const PAL = {
  text: '#1a1a1a',
  muted: '#4a5360',
  grid: '#eef1f5',
  gridMajor: '#c9d1dc',
  band: '#e8eef6',
  bandSelected: '#d3e2f5',
  bandLabel: '#123b66',
  laneLabel: '#3b4a5c',
  rule: '#d5dbe3',
  select: '#0b4f8a',
  outline: '#1a1a1a',
  other: '#444444',
} as const;

const GLYPH_R = 6;
const LABEL_FONT_PX = 12.5;
/** Average advance per character, as a fraction of the font size (generous, so no overlap). */
const CHAR_EM = 0.56;
const CHAR_EM_BOLD = 0.6;
const MARGIN = 28;

// ---------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, …). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value, safe inside an XML document. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function charCount(text: string): number {
  return Array.from(text).length;
}

function textWidth(text: string, fontPx: number, bold = false): number {
  return charCount(text) * fontPx * (bold ? CHAR_EM_BOLD : CHAR_EM);
}

/** The text, cut with "…" so that its estimated width stays within `maxPx`. */
function fitText(text: string, maxPx: number, fontPx: number, bold = false): string {
  if (textWidth(text, fontPx, bold) <= maxPx) return text;
  const per = fontPx * (bold ? CHAR_EM_BOLD : CHAR_EM);
  const max = Math.max(1, Math.floor(maxPx / per));
  return truncateLabel(text, max);
}

/** A number for an attribute: at most two decimals, no "-0". */
function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

function el(name: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

function textEl(a: Attrs, text: string): string {
  return el('text', a, escapeXml(text));
}

/** "9 July 2008" from an ISO date or date-time (UTC); anything else is printed as given. */
function formatGenerated(value: string, i18n: Translator): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return formatPartialDate(parsePartialDate(new Date(ms).toISOString().slice(0, 10)), i18n.locale);
}

// ---------------------------------------------------------------------------------------------
// Chart model

interface Mark {
  readonly event: DatedEvent;
  readonly item: LayoutItem;
  readonly theme: Theme | undefined;
  readonly themeIndex: number;
  readonly dimmed: boolean;
  readonly approximate: boolean;
}

function marksInWindow(data: LoadedDataset, choices: ExportChoices, domain: Domain): Mark[] {
  const themeIndex = new Map(data.dataset.themes.map((t, i) => [t.id, i]));
  const out: Mark[] = [];
  for (const event of data.events) {
    if (event.kind === 'conference') continue;
    if (!(event.endMs > domain[0] && event.startMs < domain[1])) continue;
    const emphasis = emphasisFor(event, choices.themeFilter, choices.dimFiltered);
    if (emphasis === 'hidden') continue;
    const lane = laneThemeFor(event, choices.themeFilter);
    const index = lane === null ? -1 : (themeIndex.get(lane) ?? -1);
    out.push({
      event,
      // Ranges that began before the window are packed from its left edge.
      item: {
        id: event.id,
        startMs: Math.max(event.startMs, domain[0]),
        endMs: event.endMs,
        isRange: event.isRange,
        lane,
        label: truncateLabel(event.title, 30),
      },
      theme: data.dataset.themes[index],
      themeIndex: index,
      dimmed: emphasis === 'dimmed',
      approximate: event.dateCertainty !== undefined && event.dateCertainty !== 'exact',
    });
  }
  return out;
}

/** Bottom of the last row of a layout, in chart coordinates. */
function layoutBottom(layout: LaneLayout): number {
  let y = CHART.bandLabelHeight + CHART.axisHeight;
  for (const g of layout.groups) {
    y += CHART.laneHeaderHeight + (g.rowCount + (g.densityRow === null ? 0 : 1)) * CHART.rowHeight;
  }
  return y;
}

/** The layout with the most rows per lane (up to the app's 12) that fits `height`. */
function fitLayout(
  items: readonly LayoutItem[],
  laneOrder: readonly string[],
  pxPerMs: number,
  height: number,
): LaneLayout {
  let layout = computeLaneLayout(items, laneOrder, { pxPerMs });
  for (
    let rows = DEFAULT_MAX_ROWS_PER_LANE - 1;
    rows >= 1 && layoutBottom(layout) > height;
    rows--
  ) {
    layout = computeLaneLayout(items, laneOrder, {
      pxPerMs,
      maxRowsPerLane: rows,
    });
  }
  return layout;
}

// ---------------------------------------------------------------------------------------------
// The document

export function buildExportSvg(input: ExportSvgInput): string {
  const { data, choices } = input;
  const W = Math.max(320, Math.round(input.width));
  const H = Math.max(200, Math.round(input.height));
  // Everything is laid out in a logical space about 1400 × 800 and scaled to the picture,
  // so text stays readable on a projected slide.
  const scale = Math.round(Math.min(4, Math.max(0.5, Math.min(W / 1400, H / 800))) * 1000) / 1000;
  const LW = W / scale;
  const LH = H / scale;
  const domain = exportWindow(data, choices);
  const themes = data.dataset.themes;
  const filter = choices.themeFilter;
  const title = input.title ?? data.dataset.title;
  const { t } = input.i18n;
  const spanText = formatSpan(domain, input.i18n.locale);
  const innerW = LW - 2 * MARGIN;
  const body: string[] = [];

  // Title, shrunk (down to 18 px) and then cut to fit one line.
  let titlePx = 26;
  while (titlePx > 18 && textWidth(title, titlePx, true) > innerW) titlePx -= 1;
  const titleY = MARGIN + titlePx * 0.9;
  body.push(
    textEl(
      {
        class: 'export-title',
        x: MARGIN,
        y: titleY,
        'font-size': titlePx,
        'font-weight': 700,
        fill: PAL.text,
      },
      fitText(title, innerW, titlePx, true),
    ),
  );

  // The span in words, and the filter.
  const shownThemes = filter === null ? themes : themes.filter((t) => filter.includes(t.id));
  const counts = { shown: shownThemes.length, total: themes.length };
  const filterText =
    filter === null
      ? t('export.svg.allThemes')
      : choices.dimFiltered
        ? t('export.svg.someThemesFaint', counts)
        : t('export.svg.someThemes', counts);
  const spanY = titleY + 26;
  body.push(
    textEl(
      { class: 'export-span', x: MARGIN, y: spanY, 'font-size': 16, fill: PAL.muted },
      fitText(t('export.svg.showing', { span: spanText, filter: filterText }), innerW, 16),
    ),
  );

  // Legend: one item per theme switched on, wrapped into rows.
  const legendTop = spanY + 14;
  const legendRowH = 22;
  let lx = 0;
  let ly = 0;
  const legend: string[] = [];
  for (const t of shownThemes) {
    const label = fitText(t.label, innerW - 24, 13);
    const w = 18 + textWidth(label, 13) + 22;
    if (lx > 0 && lx + w > innerW) {
      lx = 0;
      ly += legendRowH;
    }
    legend.push(
      el(
        'g',
        {
          class: 'legend-item',
          'data-theme-id': t.id,
          transform: `translate(${num(lx)},${num(ly)})`,
        },
        el('path', {
          d: glyphPath(t.glyph, GLYPH_R),
          transform: 'translate(7,11)',
          fill: t.color,
          stroke: PAL.outline,
          'stroke-width': 1,
        }) + textEl({ x: 18, y: 15.5, 'font-size': 13, fill: PAL.text }, label),
      ),
    );
    lx += w;
  }
  if (shownThemes.length === 0) {
    legend.push(
      textEl({ x: 0, y: 15.5, 'font-size': 13, fill: PAL.muted }, 'No themes switched on'),
    );
  }
  body.push(
    el(
      'g',
      { class: 'legend', transform: `translate(${num(MARGIN)},${num(legendTop)})` },
      legend.join(''),
    ),
  );
  const legendBottom = legendTop + ly + legendRowH;

  // Chart frame.
  const chartTop = legendBottom + 10;
  const chartBottom = LH - 40;
  const cw = innerW;
  const ch = Math.max(CHART.bandLabelHeight + CHART.axisHeight + 10, chartBottom - chartTop);
  const k = cw / Math.max(1, span(domain));
  const xOf = (ms: number) => (ms - domain[0]) * k;
  const selectedId = choices.selectedEventId;

  const marks = marksInWindow(data, choices, domain);
  const items = marks.map((m) => m.item);
  const laneOrder = themes.map((t) => t.id);
  const layout = fitLayout(items, laneOrder, k, ch - 6);
  const geometry = computeGeometry(layout);

  // Lanes that do not fit at all (only with very many themes) are summarised below the chart.
  const laneCount = new Map<string | null, number>();
  for (const it of items) laneCount.set(it.lane, (laneCount.get(it.lane) ?? 0) + 1);
  const omittedLanes = new Set<string | null>();
  let omittedEvents = 0;
  let laneBottom = CHART.bandLabelHeight + CHART.axisHeight;
  for (const g of layout.groups) {
    laneBottom +=
      CHART.laneHeaderHeight + (g.rowCount + (g.densityRow === null ? 0 : 1)) * CHART.rowHeight;
    if (laneBottom > ch) {
      omittedLanes.add(g.key);
      omittedEvents += laneCount.get(g.key) ?? 0;
    }
  }
  const laneFits = (key: string | null) => !omittedLanes.has(key);

  const chart: string[] = [];
  // Conference bands, behind everything.
  const confs = data.conferences.filter((c) => c.endMs > domain[0] && c.startMs < domain[1]);
  for (const c of confs) {
    const x0 = xOf(c.startMs);
    chart.push(
      el('rect', {
        class: 'band',
        'data-event-id': c.id,
        x: x0,
        y: CHART.bandLabelHeight,
        width: Math.max(3, xOf(c.endMs) - x0),
        height: ch - CHART.bandLabelHeight,
        fill: c.id === selectedId ? PAL.bandSelected : PAL.band,
      }),
    );
  }
  // Grid and tick labels.
  const ticks = computeTicks(domain, cw, input.i18n.locale);
  const tickY = CHART.bandLabelHeight + CHART.axisHeight - 8;
  for (const t of ticks) {
    chart.push(
      el('rect', {
        x: Math.round(t.x),
        y: CHART.bandLabelHeight + 4,
        width: 1,
        height: ch,
        fill: t.major ? PAL.gridMajor : PAL.grid,
      }),
    );
  }
  chart.push(
    el(
      'g',
      { class: 'axis', 'font-size': 12 },
      ticks
        .map((t) =>
          textEl(
            {
              class: t.major ? 'tick tick--major' : 'tick',
              x: t.x + 4,
              y: tickY,
              fill: t.major ? PAL.text : PAL.muted,
              'font-weight': t.major ? 700 : undefined,
            },
            t.label,
          ),
        )
        .join(''),
    ),
  );
  // Conference names in the strip above the axis: "WPC 2008 · Houston" where there is room.
  confs.forEach((c, i) => {
    const x = Math.max(3, xOf(c.startMs) + 3);
    const next = confs[i + 1];
    const room = (next ? Math.min(cw, xOf(next.startMs)) : cw) - x - 6;
    const { label, place } = splitConferenceTitle(c.title);
    const full = place ? `${label} · ${place}` : label;
    const text = textWidth(full, 12.5, true) <= room ? full : fitText(label, room, 12.5, true);
    if (room < 12.5) return;
    chart.push(
      textEl(
        {
          class: 'band-label',
          x,
          y: CHART.bandLabelHeight - 8,
          'font-size': 12.5,
          'font-weight': 700,
          fill: PAL.bandLabel,
          'text-decoration': c.id === selectedId ? 'underline' : undefined,
        },
        text,
      ),
    );
  });

  // Lanes: a rule and the theme's label.
  geometry.laneHeaders.forEach((h) => {
    if (!laneFits(h.key)) return;
    const theme = h.key === null ? undefined : data.themesById.get(h.key);
    chart.push(
      el(
        'g',
        { class: 'lane', 'data-lane': h.key ?? '' },
        el('rect', { x: 0, y: h.y, width: cw, height: 1, fill: PAL.rule }) +
          textEl(
            {
              class: 'lane-label',
              x: 8,
              y: h.y + 14,
              'font-size': 11.5,
              'font-weight': 600,
              fill: PAL.laneLabel,
              stroke: '#ffffff',
              'stroke-width': 4,
              'stroke-linejoin': 'round',
              'paint-order': 'stroke',
            },
            fitText(theme?.label ?? 'Other', cw - 16, 11.5, true),
          ),
      ),
    );
  });

  // "+N more": what a lane could not fit, as bars whose strength grows with the count.
  for (const g of layout.groups) {
    if (g.densityRow === null || !laneFits(g.key)) continue;
    const top = geometry.rowTop.get(g.densityRow) ?? 0;
    const color = (g.key === null ? undefined : data.themesById.get(g.key))?.color ?? PAL.other;
    let maxCount = 1;
    for (const b of g.density) if (b.count > maxCount) maxCount = b.count;
    const logMax = Math.log(maxCount + 1);
    const bars = g.density
      .map((b) => {
        const f = Math.log(b.count + 1) / logMax;
        const h = 4 + (CHART.rowHeight - 10) * f;
        const x0 = xOf(b.startMs);
        return el('rect', {
          x: x0,
          y: top + CHART.rowHeight - 3 - h,
          width: Math.max(1.5, xOf(b.endMs) - x0 - 0.5),
          height: h,
          fill: color,
          'fill-opacity': 0.35 + 0.65 * f,
        });
      })
      .join('');
    const text = `+${g.overflowCount.toLocaleString('en')} more`;
    // A lane of filtered-out (dimmed) events stays faint in its summary too.
    const faint = marks.every((m) => m.item.lane !== g.key || m.dimmed);
    chart.push(
      el(
        'g',
        {
          class: 'more',
          'data-lane': g.key ?? '',
          'data-count': g.overflowCount,
          opacity: faint ? 0.3 : undefined,
        },
        bars +
          el('rect', {
            x: 4,
            y: top + 1,
            width: textWidth(text, 12.5) + 8,
            height: 15,
            fill: '#ffffff',
            'fill-opacity': 0.85,
          }) +
          textEl({ x: 8, y: top + 12.5, 'font-size': 12.5, fill: PAL.muted }, text),
      ),
    );
  }

  // Events: bar (ranges), glyph, label on a soft halo. The selected event is drawn even when
  // its lane aggregated it, on the "+N more" row, as the app does.
  const drawMark = (m: Mark, y: number) => {
    const selected = m.event.id === selectedId;
    const color = m.theme?.color ?? PAL.other;
    const parts: string[] = [];
    const xStart = xOf(m.event.startMs);
    if (m.event.isRange) {
      parts.push(
        el('rect', {
          class: 'bar',
          x: xStart,
          y: y + 6,
          width: Math.max(1, xOf(m.event.endMs) - xStart),
          height: 5,
          fill: m.themeIndex >= 0 ? `url(#theme-pattern-${m.themeIndex})` : color,
        }),
      );
    }
    if (m.event.startMs >= domain[0]) {
      parts.push(
        el('path', {
          class: 'glyph',
          d: glyphPath(m.theme?.glyph ?? 'circle', GLYPH_R),
          transform: `translate(${num(xStart)},${num(y)})`,
          fill: color,
          'fill-opacity': m.approximate ? 0.45 : undefined,
          stroke: selected ? PAL.select : PAL.outline,
          'stroke-width': selected ? 3 : 1,
          'stroke-dasharray': m.approximate ? '2 1.5' : undefined,
        }),
      );
    }
    const labelX = xOf(m.item.startMs) + GLYPH_R + 6;
    const fontPx = LABEL_FONT_PX;
    parts.push(
      el('rect', {
        x: labelX - 2,
        y: y - 8,
        width: textWidth(m.item.label, fontPx, selected) + 4,
        height: 16,
        fill: '#ffffff',
        'fill-opacity': 0.85,
      }),
      textEl(
        {
          class: 'event-label',
          x: labelX,
          y: y + 4.5,
          'font-size': fontPx,
          'font-weight': selected ? 700 : undefined,
          fill: selected ? PAL.select : PAL.text,
        },
        m.item.label,
      ),
    );
    chart.push(
      el(
        'g',
        {
          class: selected ? 'event is-selected' : 'event',
          'data-event-id': m.event.id,
          opacity: m.dimmed ? 0.3 : undefined,
        },
        parts.join(''),
      ),
    );
  };
  const half = CHART.rowHeight / 2;
  marks.forEach((m, i) => {
    if (!laneFits(m.item.lane)) return;
    const row = layout.rowByIndex[i] ?? -1;
    if (row >= 0) {
      drawMark(m, (geometry.rowTop.get(row) ?? 0) + half);
    } else if (m.event.id === selectedId) {
      const g = layout.groups.find((x) => x.key === m.item.lane);
      const densityRow = g?.densityRow ?? null;
      if (densityRow !== null) drawMark(m, (geometry.rowTop.get(densityRow) ?? 0) + half);
    }
  });
  if (omittedEvents > 0) {
    chart.push(
      textEl(
        { class: 'more', x: 8, y: ch - 8, 'font-size': 12.5, fill: PAL.muted },
        `+${omittedEvents.toLocaleString('en')} more in ${omittedLanes.size} ${omittedLanes.size === 1 ? 'lane' : 'lanes'} that do not fit`,
      ),
    );
  }
  if (marks.length === 0) {
    chart.push(
      textEl(
        { x: cw / 2, y: ch / 2, 'font-size': 16, fill: PAL.muted, 'text-anchor': 'middle' },
        'No events in this window match the theme filter.',
      ),
    );
  }
  body.push(
    el(
      'g',
      { class: 'chart', transform: `translate(${num(MARGIN)},${num(chartTop)})` },
      el('rect', { x: 0, y: 0, width: cw, height: ch, fill: '#ffffff', stroke: PAL.rule, rx: 8 }) +
        el('g', { 'clip-path': 'url(#chart-clip)' }, chart.join('')),
    ),
  );

  // Source line.
  const cited = citedSources(data, selectExportEvents(data, choices)).length;
  const generated = formatGenerated(input.generatedAt ?? new Date().toISOString(), input.i18n);
  const head = t('export.svg.sourcesCited', { count: cited });
  const tail = t('export.svg.generated', { date: generated });
  const datasetTitle = data.dataset.title.replace(/[.\s]+$/, '');
  const room = innerW - textWidth(head + tail, 12);
  body.push(
    textEl(
      { class: 'export-sources', x: MARGIN, y: LH - 18, 'font-size': 12, fill: PAL.muted },
      `${head}${fitText(datasetTitle, Math.max(60, room), 12)}${tail}`,
    ),
  );

  // Definitions: a pattern per theme (bars carry a cue that is not colour), the chart's clip.
  const defs = themes
    .map((t, i) => {
      const d = patternPath(t.pattern);
      const filled = t.pattern === 'dots' || t.pattern === 'checker';
      return el(
        'pattern',
        { id: `theme-pattern-${i}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
        el('rect', { width: 8, height: 8, fill: t.color }) +
          (d === null
            ? ''
            : el('path', {
                d,
                stroke: '#ffffff',
                'stroke-width': 1.6,
                fill: filled ? '#ffffff' : 'none',
              })),
      );
    })
    .join('');
  const clip = el(
    'clipPath',
    { id: 'chart-clip' },
    el('rect', { x: 0, y: 0, width: cw, height: ch }),
  );

  const description = `Timeline, ${spanText}, ${filterText}: ${marks.length.toLocaleString('en')} ${marks.length === 1 ? 'event' : 'events'}${confs.length > 0 ? ` and ${confs.length} ${confs.length === 1 ? 'conference' : 'conferences'}` : ''}.`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': 'export-title export-desc',
      'font-family': EXPORT_FONT_STACK,
    })}>\n`,
    textElement('title', 'export-title', `${title} — ${spanText}`),
    textElement('desc', 'export-desc', description),
    `<defs>${defs}${clip}</defs>\n`,
    el('rect', { width: W, height: H, fill: '#ffffff' }),
    '\n',
    el('g', { transform: `scale(${String(scale)})` }, body.join('\n')),
    '\n</svg>\n',
  ].join('');
}

function textElement(name: 'title' | 'desc', id: string, text: string): string {
  return `${el(name, { id }, escapeXml(text))}\n`;
}
