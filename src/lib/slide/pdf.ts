/**
 * A tour as a PDF handout (pdf-lib, loaded when first used): one A4 page per stop with its
 * title, what the chart shows, the legend and chart as a picture, the featured quote with
 * speaker and source, the stop's notes (a choice), and the source line; then a numbered
 * bibliography in the chosen citation style. All words are real text (Helvetica, which every
 * PDF reader has), so they can be selected, searched and read aloud.
 */
import { citeSourcesOffThread } from '../citations/offThread';
import { LIGHT_PALETTE } from '../chart/palette';
import { longDate, stopPictures, type DeckExportOptions } from './deckExport';

export interface PdfOptions extends DeckExportOptions {
  /** Print each stop's speaker notes under its chart. */
  readonly withNotes: boolean;
}

/** A4 portrait, in PDF points. */
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const M = 50;
const TEXT_W = PAGE_W - 2 * M;

/** Characters Helvetica (WinAnsi) can carry beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The text as the standard fonts can set it: other characters lose their accents or become "?". */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\t\u00a0]/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch))
      out += ch;
    else if (ch === '\n') out += ch;
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\x20-\x7e]+$/.test(base) ? base : '?';
    }
  }
  return out;
}

/**
 * Lines of at most `max` wide, broken at spaces; a word wider than a line (a long address) is
 * broken after "/", "-", "?", "&" or "." where it can be, else anywhere, never cut short.
 */
export function wrapWhole(text: string, max: number, measure: (t: string) => number): string[] {
  const pieces: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (measure(word) <= max) {
      pieces.push(word);
      continue;
    }
    let rest = word;
    while (measure(rest) > max) {
      let n = 1;
      while (n < rest.length && measure(rest.slice(0, n + 1)) <= max) n++;
      const soft = Math.max(...['/', '-', '?', '&', '.'].map((c) => rest.lastIndexOf(c, n - 1)));
      const cut = soft > n / 2 ? soft + 1 : n;
      pieces.push(`${rest.slice(0, cut)}\u0000`);
      rest = rest.slice(cut);
    }
    if (rest !== '') pieces.push(rest);
  }
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    const glued = p.endsWith('\u0000');
    const word = glued ? p.slice(0, -1) : p;
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
    if (glued) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export async function buildPdf(o: PdfOptions): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const { deck, i18n } = o;
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(deck.title), { showInWindowTitleBar: true });
  doc.setSubject(winAnsi(o.data.dataset.title));
  doc.setLanguage(o.data.dataset.language ?? 'en');
  doc.setCreator('WPC timeline');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  type Face = keyof typeof fonts;
  const color = (hex: string) => rgb(...hexRgb(hex));
  const text = color(LIGHT_PALETTE.text);
  const muted = color(LIGHT_PALETTE.muted);

  let page = doc.addPage([PAGE_W, PAGE_H]);
  let y = PAGE_H - M;
  /** Sets a paragraph at the cursor, wrapped to the text width; a new page when it runs out. */
  const para = (
    t: string,
    size: number,
    face: Face = 'regular',
    fill = text,
    gapAfter = size * 0.6,
    indent = 0,
  ) => {
    const lines = t
      .split('\n')
      .flatMap((p) =>
        wrapWhole(winAnsi(p), TEXT_W - indent, (t) => fonts[face].widthOfTextAtSize(t, size)),
      );
    const lead = size * 1.3;
    for (const line of lines) {
      if (y - lead < M) {
        page = doc.addPage([PAGE_W, PAGE_H]);
        y = PAGE_H - M;
      }
      y -= size;
      page.drawText(line, { x: M + indent, y, size, font: fonts[face], color: fill });
      y -= lead - size;
    }
    y -= gapAfter;
  };

  // The cover.
  y = PAGE_H - 220;
  para(deck.title, 26, 'bold', text, 14);
  para(deck.description, 12, 'regular', text, 18);
  para(i18n.t('slide.deckStops', { count: deck.slides.length }), 11, 'regular', muted, 4);
  para(o.data.dataset.title, 11, 'regular', muted, 4);
  para(i18n.t('slide.generated', { date: longDate(o.generatedAt, i18n) }), 11, 'regular', muted);

  // JPEG: pdf-lib embeds it as it is, where a PNG would be decoded and deflated again (slow).
  for await (const pic of stopPictures(o, false, 'jpeg')) {
    const stop = pic.stop;
    page = doc.addPage([PAGE_W, PAGE_H]);
    y = PAGE_H - M;
    para(
      i18n.t('presenter.progress', { n: stop.number, total: deck.slides.length }),
      9,
      'regular',
      muted,
      4,
    );
    para(stop.title, 18, 'bold', text, 4);
    para(pic.composed.layout.subtitle.lines.join(' '), 9.5, 'regular', muted, 8);
    const image = await doc.embedJpg(pic.png);
    const w = TEXT_W;
    const h = (w * pic.box.h) / pic.box.w;
    y -= h;
    page.drawImage(image, { x: M, y, width: w, height: h });
    y -= 14;
    if (stop.quoteText) {
      const top = y;
      para(`“${stop.quoteText.text}”`, 12, 'italic', text, 4, 12);
      para(`— ${stop.quoteText.speaker}`, 9.5, 'regular', muted, 2, 12);
      para(stop.quoteText.source, 9.5, 'regular', muted, 0, 12);
      if (y < top)
        page.drawRectangle({
          x: M,
          y: y + 4,
          width: 3,
          height: top - y - 4,
          color: color(LIGHT_PALETTE.select),
        });
      y -= 12;
    }
    if (o.withNotes && stop.notes !== '') {
      para(i18n.t('presenter.notes'), 10, 'bold', text, 3);
      para(stop.notes, 10.5, 'regular', text, 10);
    }
    para(stop.sourceLine, 8.5, 'regular', muted, 0);
  }

  // The bibliography, numbered as the pages cite it.
  page = doc.addPage([PAGE_W, PAGE_H]);
  y = PAGE_H - M;
  para(i18n.t('slide.bibliography'), 18, 'bold', text, 10);
  if (deck.sources.length === 0) para(i18n.t('slide.noBibliography'), 10.5);
  (await citeSourcesOffThread(deck.sources, o.style)).forEach((entry, i) => {
    para(`${i + 1}. ${entry}`, 10, 'regular', text, 5);
  });
  // Page numbers, after the cover.
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    if (i === 0) return;
    const label = `${i + 1} / ${pages.length}`;
    const size = 8.5;
    p.drawText(label, {
      x: PAGE_W - M - fonts.regular.widthOfTextAtSize(label, size),
      y: M / 2,
      size,
      font: fonts.regular,
      color: muted,
    });
  });
  o.signal?.throwIfAborted();
  return doc.save();
}
