import { describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import type { ExportChoices } from '../../../src/lib/exportScope';
import { buildExportSvg, escapeXml, SLIDE_SIZE } from '../../../src/lib/exportSvg';
import { formatSpan } from '../../../src/lib/formatDate';
import { computeTicks } from '../../../src/lib/timeScale';
import { paddedBounds } from '../../../src/lib/viewport';
import { getI18n } from '../../../src/i18n/i18n';
import { loadFixture, miniRaw } from '../../setup/fixtures';

const data = loadFixture();
const GENERATED = '2025-01-15T12:00:00Z';
/** March 2001 to the end of 2001: conf-2001, e1, e2 and e3 (a range); not e4 or e5. */
const WINDOW = [Date.UTC(2001, 1, 15), Date.UTC(2002, 0, 1)] as const;

const choices = (over: Partial<ExportChoices> = {}): ExportChoices => ({
  themeFilter: null,
  dimFiltered: false,
  selectedEventId: null,
  viewport: WINDOW,
  ...over,
});

function svgOf(c: ExportChoices, extra: { title?: string; data?: LoadedDataset } = {}) {
  return buildExportSvg({
    data: extra.data ?? data,
    i18n: getI18n(),
    choices: c,
    ...SLIDE_SIZE,
    generatedAt: GENERATED,
    ...(extra.title === undefined ? {} : { title: extra.title }),
  });
}

function datasetWith(edit: (raw: ReturnType<typeof miniRaw>) => void): LoadedDataset {
  const raw = miniRaw();
  edit(raw);
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset);
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Text without markup: every "&" starts an entity, no "<" (">" is escaped too, by choice). */
function checkText(text: string, where: number) {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new Error(`bare "&" at ${where + i}: ${text.slice(i, i + 20)}`);
  }
  if (/[<>]/.test(text)) throw new Error(`bare "<" or ">" at ${where}: ${text.slice(0, 40)}`);
}

/**
 * A strict well-formedness check for the subset of XML the exporter writes: one prolog, one
 * root element, balanced tags, double-quoted attributes (no duplicates, no raw "<" or "&"),
 * escaped text, no comments, CDATA, doctype or processing instructions after the prolog.
 */
function assertWellFormed(xml: string): { root: string; attributes: Map<string, string> } {
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!prolog) throw new Error('no XML declaration');
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z][\w:.-]*="[^"]*")*)\s*(\/?)>/y;
  const attr = /\s+([A-Za-z][\w:.-]*)="([^"]*)"/g;
  const stack: string[] = [];
  let root: { root: string; attributes: Map<string, string> } | null = null;
  let closedRoot = false;
  let i = prolog[0].length;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt === -1 ? xml.slice(i) : xml.slice(i, lt);
    checkText(text, i);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 80)}`);
    const [, close, name = '', attrText = '', selfClose] = m;
    if (close && (attrText !== '' || selfClose)) throw new Error(`bad end tag at ${lt}`);
    const names = new Map<string, string>();
    for (const a of attrText.matchAll(attr)) {
      if (names.has(a[1]!)) throw new Error(`duplicate attribute ${a[1]!} at ${lt}`);
      checkText(a[2]!, lt);
      names.set(a[1]!, a[2]!);
    }
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? '(nothing)'}> at ${lt}`);
      if (stack.length === 0) closedRoot = true;
    } else {
      if (closedRoot || (stack.length === 0 && root !== null)) throw new Error('a second root');
      if (stack.length === 0) root = { root: name, attributes: names };
      if (!selfClose) stack.push(name);
      else if (stack.length === 0) closedRoot = true;
    }
    i = tag.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' > ')}`);
  if (!root || !closedRoot) throw new Error('no root element');
  return root;
}

/** The visible text of the elements with this class. */
function textsOf(svg: string, className: string): string[] {
  const re = new RegExp(`<text[^>]* class="${className}"[^>]*>([^<]*)</text>`, 'g');
  return [...svg.matchAll(re)].map((m) => m[1]!);
}

describe('buildExportSvg', () => {
  it('is a well-formed standalone SVG document of the requested size', () => {
    const svg = svgOf(choices());
    const { root, attributes } = assertWellFormed(svg);
    expect(root).toBe('svg');
    expect(attributes.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(attributes.get('width')).toBe('1920');
    expect(attributes.get('height')).toBe('1080');
    expect(attributes.get('viewBox')).toBe('0 0 1920 1080');
    expect(attributes.get('font-family')).toBe(
      'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, Arial, sans-serif',
    );
    const small = assertWellFormed(
      buildExportSvg({
        data,
        i18n: getI18n(),
        choices: choices(),
        width: 800,
        height: 450,
        generatedAt: GENERATED,
      }),
    );
    expect([small.attributes.get('width'), small.attributes.get('height')]).toEqual(['800', '450']);
  });

  it('references nothing outside itself and runs nothing', () => {
    const svg = svgOf(choices({ selectedEventId: 'e3' }));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/href=/i);
    expect(svg).not.toMatch(/<(image|use|foreignObject|style|a)\b/i);
    expect(svg).not.toMatch(/@import|@font-face/i);
    expect([...svg.matchAll(/url\(([^)]*)\)/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    // Every in-document reference points at something defined in it.
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`id="${m[1]!}"`);
  });

  it('carries the title, the visible span in words and the source line', () => {
    const svg = svgOf(choices({ themeFilter: ['gamma'] }));
    expect(textsOf(svg, 'export-title')).toEqual([data.dataset.title]);
    expect(textsOf(svg, 'export-span')[0]).toContain(formatSpan(WINDOW, 'en'));
    expect(formatSpan(WINDOW, 'en')).toBe('Feb–Dec 2001');
    // conf-2001 cites src-a; e3 and its quote cite src-b.
    expect(textsOf(svg, 'export-sources')).toEqual([
      `Sources: 2 cited; full list in the app. ${data.dataset.title}. Generated 15 January 2025.`,
    ]);
    expect(textsOf(svgOf(choices({ viewport: null })), 'export-span')[0]).toContain(
      formatSpan(paddedBounds(data.span), 'en'),
    );
    expect(textsOf(svgOf(choices(), { title: 'Partner briefing' }), 'export-title')).toEqual([
      'Partner briefing',
    ]);
  });

  it('has one legend item per theme shown, with its glyph colour and label', () => {
    const all = svgOf(choices());
    expect(
      [...all.matchAll(/class="legend-item" data-theme-id="([^"]+)"/g)].map((m) => m[1]),
    ).toEqual(['alpha', 'beta', 'gamma']);
    const some = svgOf(choices({ themeFilter: ['gamma', 'alpha'] }));
    const items = [...some.matchAll(/<g class="legend-item" data-theme-id="([^"]+)".*?<\/g>/g)];
    expect(items.map((m) => m[1])).toEqual(['alpha', 'gamma']);
    expect(items[0]![0]).toContain('fill="#1f5fa8"');
    expect(items[0]![0]).toContain('>Alpha theme</text>');
    expect(items[1]![0]).toContain('fill="#2d6a2e"');
    expect(items[1]![0]).toContain('>Gamma theme</text>');
  });

  it('draws the events of the window that pass the filter, and leaves out the others', () => {
    const svg = svgOf(choices({ themeFilter: ['gamma'] }));
    expect(textsOf(svg, 'event-label')).toEqual(['Gamma period']);
    expect(svg).not.toContain('Alpha launches');
    expect(svg).not.toContain('Approximate alpha'); // outside the window
    // A range: a bar with its theme's pattern, and the glyph.
    const e3 = /<g class="event" data-event-id="e3">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(e3).toContain('fill="url(#theme-pattern-2)"');
    expect(e3).toContain('class="glyph"');
    // Lanes with their labels, conference bands with their names, axis ticks.
    expect(textsOf(svg, 'lane-label')).toEqual(['Gamma theme']);
    expect(textsOf(svg, 'band-label')).toEqual(['Fixture Conf 2001 · Springfield']);
    expect(svg).toContain('class="band" data-event-id="conf-2001"');
    const ticks = textsOf(svg, 'tick').concat(textsOf(svg, 'tick tick--major'));
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => /\d{4}|[A-Z][a-z]{2}/.test(t))).toBe(true);

    const every = svgOf(choices());
    expect(textsOf(every, 'event-label')).toEqual([
      'Alpha launches',
      'Beta reacts',
      'Gamma period',
    ]);
    expect(textsOf(every, 'lane-label')).toEqual(['Alpha theme', 'Beta theme', 'Gamma theme']);
    expect(computeTicks(WINDOW, 100, 'en').length).toBeGreaterThan(0);
  });

  it('draws dimmed events faintly, and highlights the selected event', () => {
    const svg = svgOf(
      choices({ themeFilter: ['gamma'], dimFiltered: true, selectedEventId: 'e3' }),
    );
    expect(svg).toMatch(/<g class="event" data-event-id="e1" opacity="0.3">/);
    expect(svg).toMatch(/<g class="event" data-event-id="e2" opacity="0.3">/);
    const selected = /<g class="event is-selected" data-event-id="e3">(.*?)<\/g>/.exec(svg)?.[1];
    expect(selected).toBeDefined();
    expect(selected).toMatch(/class="glyph"[^>]* stroke="#0b4f8a" stroke-width="([\d.]+)"/);
    expect(selected).toMatch(/font-weight="700" fill="#0b4f8a">Gamma period</);
    // Only the theme switched on is in the legend.
    expect([...svg.matchAll(/class="legend-item"/g)]).toHaveLength(1);
  });

  it('escapes text from the title and the dataset', () => {
    const hostile = datasetWith((raw) => {
      raw.title = 'Tom & Jerry <script>alert(1)</script>';
      raw.events[1]!.title = '<img src=x> & "q"\u0001';
      raw.themes[0]!.label = 'A < B & C';
    });
    const svg = svgOf(choices(), { data: hostile, title: '<script>alert("x")</script> & Co' });
    assertWellFormed(svg);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(textsOf(svg, 'export-title')).toEqual([
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co',
    ]);
    expect(svg).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;. Generated');
    expect(textsOf(svg, 'event-label')[0]).toBe('&lt;img src=x&gt; &amp; &quot;q&quot;');
    expect(textsOf(svg, 'lane-label')[0]).toBe('A &lt; B &amp; C');
    expect(escapeXml('a\u0000b\uD800c<')).toBe('abc&lt;');
  });

  it('summarises the events a lane cannot fit as "+N more"', () => {
    const busy = datasetWith((raw) => {
      for (let i = 0; i < 40; i++) {
        raw.events.push({
          id: `busy-${i}`,
          kind: 'milestone',
          title: `Busy day event ${i}`,
          start: '2001-06-10',
          themes: ['beta'],
          sources: ['src-a'],
        });
      }
    });
    const svg = buildExportSvg({
      data: busy,
      i18n: getI18n(),
      choices: choices({ themeFilter: ['beta'] }),
      width: 1280,
      height: 720,
      generatedAt: GENERATED,
    });
    assertWellFormed(svg);
    const drawn = textsOf(svg, 'event-label').filter((t) => t.startsWith('Busy'));
    const more =
      /<g class="more" data-lane="beta" data-count="(\d+)">.*?>\+(\d+) more<\/text>/.exec(svg);
    expect(more).not.toBeNull();
    expect(more![1]).toBe(more![2]);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length + Number(more![1])).toBe(40);
    // Every drawn row fits inside the chart.
    const chartHeight = Number(
      /<clipPath id="chart-clip"><rect [^>]*height="([\d.]+)"/.exec(svg)![1],
    );
    const ys = [...svg.matchAll(/class="event-label" x="[\d.-]+" y="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.max(...ys)).toBeLessThan(chartHeight);
  });

  it('is deterministic for the same input', () => {
    const c = choices({ themeFilter: ['alpha', 'gamma'], selectedEventId: 'e1' });
    expect(svgOf(c)).toBe(svgOf(c));
    expect(svgOf(c)).not.toBe(svgOf(choices()));
  });
});
