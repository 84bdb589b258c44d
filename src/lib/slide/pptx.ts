/**
 * A tour as a PowerPoint deck (PptxGenJS, loaded when first used): a title slide; one 16:9
 * slide per stop with its title and what the chart shows as text, the legend and chart as a
 * picture at twice the slide's resolution, the featured quote with speaker and source as
 * text, the source line, and the stop's notes as the slide's speaker notes; then the sources
 * cited, numbered, in the chosen style. Text is set in Inter, the app's font; the theme's
 * fonts are Arial, the named fallback every PowerPoint has.
 */
import { citeSourcesOffThread } from '../citations/offThread';
import { LIGHT_PALETTE } from '../chart/palette';
import { longDate, stopPictures, type Box, type DeckExportOptions } from './deckExport';
import { INNER_W, MARGIN_X, type TextBlock } from './slideLayout';

export const PPTX_FONT = 'Inter';
export const PPTX_FALLBACK_FONT = 'Arial';
/** Slide px (1920 wide) per inch of PowerPoint's 13.33 in wide layout. */
const PX_PER_IN = 144;
const inch = (px: number) => Math.round((px / PX_PER_IN) * 1000) / 1000;
/** Type sizes: px on the 1920 × 1080 slide are half as many points on 13.33 × 7.5 in. */
const pt = (px: number) => Math.round(px * 5) / 10;
const hex = (c: string) => c.replace('#', '').toUpperCase();
const PAL = LIGHT_PALETTE;

/**
 * What PptxGenJS is given for each chart picture: a 1 × 1 PNG. The real pictures (megabytes)
 * go into the package afterwards as bytes, so they are never turned into base64 text and back
 * on the page (that, in PptxGenJS's zip step, held the page for seconds on a busy machine).
 */
const PLACEHOLDER_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Sources per slide of the list (each at 14 pt, up to three lines). */
const SOURCES_PER_SLIDE = 8;

export async function buildPptx(o: DeckExportOptions): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const { deck, i18n } = o;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = o.data.dataset.title;
  pptx.theme = { headFontFace: PPTX_FALLBACK_FONT, bodyFontFace: PPTX_FALLBACK_FONT };
  // The interface's words in its language; the dataset's (titles, quotes) in the dataset's.
  const base = {
    fontFace: PPTX_FONT,
    color: hex(PAL.text),
    margin: 0,
    valign: 'top' as const,
    lang: i18n.lang,
  };
  const own = { lang: o.data.dataset.language ?? 'en' };
  const textBox = (b: TextBlock, extra: Record<string, unknown> = {}) => ({
    ...base,
    x: inch(b.x),
    y: inch(b.top),
    w: inch(INNER_W - (b.x - MARGIN_X)),
    h: inch(b.height + b.size * 0.3),
    fontSize: pt(b.size),
    bold: b.bold,
    lineSpacingMultiple: 1.05,
    ...extra,
  });

  // The title slide.
  const first = pptx.addSlide();
  first.addText(deck.title, {
    ...base,
    ...own,
    x: inch(MARGIN_X),
    y: inch(300),
    w: inch(INNER_W),
    h: inch(220),
    fontSize: 40,
    bold: true,
    valign: 'bottom',
  });
  first.addText(
    [
      i18n.t('slide.deckStops', { count: deck.slides.length }),
      o.data.dataset.title,
      i18n.t('slide.generated', { date: longDate(o.generatedAt, i18n) }),
    ].join('\n'),
    {
      ...base,
      x: inch(MARGIN_X),
      y: inch(560),
      w: inch(INNER_W),
      h: inch(200),
      fontSize: 20,
      color: hex(PAL.muted),
    },
  );
  if (deck.description !== '') first.addNotes(deck.description);

  /** Each stop's chart picture by its slide's number (the title slide is 1). */
  const pictures = new Map<number, Uint8Array>();
  for await (const pic of stopPictures(o, false)) {
    const { layout } = pic.composed;
    const slide = pptx.addSlide();
    pictures.set(pictures.size + 2, pic.png);
    slide.addText(pic.stop.title, { ...textBox(layout.title), ...own });
    slide.addText(layout.subtitle.lines.join(' '), {
      ...textBox(layout.subtitle),
      color: hex(PAL.muted),
    });
    const box: Box = pic.box;
    slide.addImage({
      data: PLACEHOLDER_PNG,
      x: inch(box.x),
      y: inch(box.y),
      w: inch(box.w),
      h: inch(box.h),
      altText: i18n.t('slide.chartAlt', { title: pic.stop.title }),
    });
    const q = layout.quote;
    if (q && pic.stop.quoteText) {
      const qt = pic.stop.quoteText;
      slide.addShape('rect', {
        x: inch(MARGIN_X),
        y: inch(q.text.top),
        w: inch(6),
        h: inch(q.text.height + 10 + q.attribution.height),
        fill: { color: hex(PAL.select) },
        line: { color: hex(PAL.select), width: 0 },
      });
      slide.addText(`“${qt.text}”`, textBox(q.text, { italic: true, ...own }));
      slide.addText(`— ${qt.speaker}\n${qt.source}`, {
        ...textBox(q.attribution),
        color: hex(PAL.muted),
      });
    }
    slide.addText(pic.stop.sourceLine, { ...textBox(layout.footer), color: hex(PAL.muted) });
    if (pic.stop.notes !== '') slide.addNotes(pic.stop.notes);
  }

  // The sources cited, numbered as on the slides.
  const entries = (await citeSourcesOffThread(deck.sources, o.style)).map(
    (e, i) => `${i + 1}. ${e}`,
  );
  const pages = Math.max(1, Math.ceil(entries.length / SOURCES_PER_SLIDE));
  for (let p = 0; p < pages; p++) {
    const slide = pptx.addSlide();
    const heading =
      pages === 1
        ? i18n.t('slide.bibliography')
        : i18n.t('slide.bibliographyPart', { n: p + 1, total: pages });
    slide.addText(heading, {
      ...base,
      x: inch(MARGIN_X),
      y: inch(64),
      w: inch(INNER_W),
      h: inch(90),
      fontSize: 30,
      bold: true,
    });
    const chunk = entries.slice(p * SOURCES_PER_SLIDE, (p + 1) * SOURCES_PER_SLIDE);
    slide.addText(chunk.length === 0 ? i18n.t('slide.noBibliography') : chunk.join('\n'), {
      ...base,
      x: inch(MARGIN_X),
      y: inch(180),
      w: inch(INNER_W),
      h: inch(840),
      fontSize: 14,
      paraSpaceAfter: 8,
    });
  }
  o.signal?.throwIfAborted();
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('PptxGenJS did not return bytes');
  return withPictures(out, pictures);
}

/**
 * The package with each slide's placeholder picture replaced by its real PNG, found through
 * the slide's relationships. Stored, not deflated: PNGs are compressed already, and the
 * package's XML is small.
 */
async function withPictures(
  pptx: Uint8Array,
  pictures: ReadonlyMap<number, Uint8Array>,
): Promise<Uint8Array> {
  const { strFromU8, unzipSync, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = unzipSync(pptx);
  for (const [n, png] of pictures) {
    const rels = files[`ppt/slides/_rels/slide${n}.xml.rels`];
    const target = rels && /Target="\.\.\/media\/([^"]+)"/.exec(strFromU8(rels))?.[1];
    if (!target || !files[`ppt/media/${target}`])
      throw new Error(`slide ${n} of the deck has no picture to replace`);
    files[`ppt/media/${target}`] = png;
  }
  return zipSync(files, { level: 0 });
}
