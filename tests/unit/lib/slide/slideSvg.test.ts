import { afterAll, describe, expect, it } from 'vitest';
import { getI18n, setLocale } from '../../../../src/i18n/i18n';
import type { ExportChoices } from '../../../../src/lib/exportScope';
import { buildExportSvg, SLIDE_SIZE } from '../../../../src/lib/exportSvg';
import { MIN_TEXT_PX } from '../../../../src/lib/slide/slideLayout';
import { tourDeck } from '../../../../src/lib/slide/tourSlides';
import { estimateWidth } from '../../../../src/lib/chart/textMetrics';
import { chartFrame, shippedData, slideScale, slideTexts } from '../../../setup/slideSvg';

/**
 * The slide of a view is laid out as a slide (issue 17): the faults of the first SVG/PNG
 * export were labels cut short with room to spare ("Ballmer bets Microsoft on the…"), labels
 * clipped by the frame's right edge ("Office 365 laun"), the bottom 40 % empty, and type too
 * small for a projected 1920 × 1080 slide.
 */
const data = shippedData();
const GENERATED = '2026-12-03';
/** The issue's case: 2009–2011, three themes. */
const ISSUE: ExportChoices = {
  themeFilter: ['all-in', 'azure-platform', 'online-services-compensation'],
  dimFiltered: false,
  selectedEventId: null,
  viewport: [Date.UTC(2009, 0, 1), Date.UTC(2012, 0, 1)],
};
const deck = tourDeck(data, data.dataset.tours![0]!, getI18n());

function slide(
  choices: ExportChoices,
  extra: { title?: string; quote?: (typeof deck.slides)[number]['quoteText'] } = {},
) {
  return buildExportSvg({
    data,
    i18n: getI18n(),
    choices,
    ...SLIDE_SIZE,
    generatedAt: GENERATED,
    ...extra,
  });
}

/** Each event label with its event's id and whole title, and the glyphs of its row. */
function eventLabels(svg: string) {
  const groups = [
    ...svg.matchAll(/<g class="event[^"]*" data-event-id="([^"]+)"[^>]*>(.*?)<\/g>/g),
  ];
  const glyphs = groups.flatMap((g) => {
    const t = /class="glyph"[^>]* transform="translate\(([\d.-]+),([\d.-]+)\)"/.exec(g[2]!);
    return t ? [{ id: g[1]!, x: Number(t[1]), y: Number(t[2]) }] : [];
  });
  const labels = groups.flatMap((g) => {
    const texts = slideTexts(`<g class="chart" transform="translate(0,0)">${g[2]!}`).filter(
      (t) => t.cls === 'event-label',
    );
    return texts.map((t) => ({ ...t, id: g[1]!, title: data.eventsById.get(g[1]!)!.title }));
  });
  return { labels, glyphs };
}

describe('a slide of a view', () => {
  afterAll(async () => {
    await setLocale('en');
  });

  it('keeps every text inside the frame: the chart’s inside the chart, the rest on the slide', () => {
    for (const choices of [ISSUE, ...deck.slides.map((s) => s.choices)]) {
      const svg = slide(choices);
      const frame = chartFrame(svg);
      const texts = slideTexts(svg);
      expect(texts.filter((t) => t.inChart && t.cls === 'event-label').length).toBeGreaterThan(0);
      for (const t of texts) {
        const [lo, hi] = t.inChart ? [0, frame.width] : [0, SLIDE_SIZE.width];
        expect({ text: t.text, left: t.left >= lo, right: t.right <= hi }).toEqual({
          text: t.text,
          left: true,
          right: true,
        });
      }
    }
  });

  it('shows whole titles wherever the row has room, and cuts only at the next mark or the edge', () => {
    const svg = slide(ISSUE);
    const frame = chartFrame(svg);
    const { labels, glyphs } = eventLabels(svg);
    // The issue's example, cut at 30 characters by the first export, is whole.
    expect(labels.map((l) => l.text)).toContain(
      'Ballmer bets Microsoft on the cloud: “we’re all in”',
    );
    const s = (labels[0]?.size ?? 26) / 12.5;
    let whole = 0;
    for (const l of labels) {
      if (l.text === l.title) {
        whole++;
        continue;
      }
      expect(l.text.endsWith('…')).toBe(true);
      if (l.anchor !== 'start') continue;
      const rowY = l.y - 0.36 * l.size;
      const next = glyphs
        .filter((g) => Math.abs(g.y - rowY) < 1 && g.x > l.x)
        .reduce((min, g) => Math.min(min, g.x), Infinity);
      const roomEnd = Math.min(next - 7 * s - 10 * s, frame.width);
      const wholeRight = l.x + estimateWidth(l.title, l.size);
      expect({ title: l.title, collides: wholeRight > roomEnd - 4 }).toEqual({
        title: l.title,
        collides: true,
      });
    }
    expect(whole).toBeGreaterThan(0);
  });

  it('sizes the chart to its content, and puts the featured quote in the room it leaves', () => {
    const stop = deck.slides[1]!; // Denver 2007, with Ballmer's quote
    expect(stop.quoteText).not.toBeNull();
    const svg = slide(stop.choices, { title: stop.title, quote: stop.quoteText });
    const frame = chartFrame(svg);
    const texts = slideTexts(svg);
    const lowestInChart = Math.max(...texts.filter((t) => t.inChart).map((t) => t.y));
    expect(frame.height - lowestInChart).toBeLessThan(60);
    const quote = texts.filter((t) => t.cls === 'quote-text');
    expect(quote.map((t) => t.text).join(' ')).toBe(`“${stop.quote!.text}”`);
    const attribution = texts.filter((t) => t.cls === 'quote-attribution').map((t) => t.text);
    expect(attribution[0]).toBe(`— ${stop.quote!.speaker}, ${stop.quote!.speakerRole!}`);
    expect(attribution.join(' ')).toContain('Source: ChannelWeb UK');
    const footerTop = Math.min(
      ...texts.filter((t) => t.cls === 'export-sources').map((t) => t.y - t.size),
    );
    expect(quote[0]!.y - quote[0]!.size).toBeGreaterThan(frame.y + frame.height);
    expect(
      Math.max(
        ...attribution.map((_, i) => texts.filter((t) => t.cls === 'quote-attribution')[i]!.y),
      ),
    ).toBeLessThan(footerTop);
    // The bottom 40 % of the slide carries the quote, not nothing.
    expect(quote.some((t) => t.y > SLIDE_SIZE.height * 0.6)).toBe(true);
  });

  it('sets every text at a size that reads at 1920 × 1080', () => {
    for (const s of deck.slides) {
      const svg = slide(s.choices, { title: s.title, quote: s.quoteText });
      const scale = slideScale(svg);
      for (const t of slideTexts(svg)) expect(t.size * scale).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    }
  });

  it('gives every stop its whole title and, where it has one, its whole quote', () => {
    for (const s of deck.slides) {
      const svg = slide(s.choices, { title: s.title, quote: s.quoteText });
      const texts = slideTexts(svg);
      expect(
        texts
          .filter((t) => t.cls === 'export-title')
          .map((t) => t.text)
          .join(' '),
      ).toBe(s.title);
      if (s.quote)
        expect(
          texts
            .filter((t) => t.cls === 'quote-text')
            .map((t) => t.text)
            .join(' '),
        ).toBe(`“${s.quote.text.replace(/\s+/g, ' ')}”`);
    }
  });

  it('speaks the reader’s language', async () => {
    await setLocale('de');
    const svg = buildExportSvg({
      data,
      i18n: getI18n(),
      choices: ISSUE,
      ...SLIDE_SIZE,
      generatedAt: GENERATED,
    });
    const texts = slideTexts(svg);
    expect(texts.find((t) => t.cls === 'export-span')?.text).toMatch(
      /^Zeitraum .* · 3 von 8 Themen$/,
    );
    expect(
      texts
        .filter((t) => t.cls === 'export-sources')
        .map((t) => t.text)
        .join(' '),
    ).toMatch(/^Quellen: \d+ zitiert; .* Erstellt am 3\. Dezember 2026\.$/);
    await setLocale('en');
  });
});
