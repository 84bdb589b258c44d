import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadCiter } from '../../../../src/lib/citations';
import { buildPdf, winAnsi, wrapWhole } from '../../../../src/lib/slide/pdf';
import { deckOptions, tour } from '../../../setup/deck';

/**
 * The PDF handout of a tour (issue 17), parsed with PDF.js: a page per stop with its title,
 * quote and (by choice) notes as real text, then the numbered bibliography.
 */
async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: bytes.slice(),
    standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/`,
  }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    out.push(
      content.items
        .map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \n]+/g, ' '),
    );
  }
  await pdf.destroy();
  return out;
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('the PDF handout of the shipped tour', async () => {
  const { options } = deckOptions();
  const withNotes = await pagesOf(await buildPdf({ ...options, withNotes: true }));
  const without = await pagesOf(await buildPdf({ ...options, withNotes: false }));
  const deck = options.deck;
  const stopPages = (pages: string[]) => pages.filter((p) => /Stop \d+ of 14/.test(p));

  it('has a cover, a page per stop and the bibliography', () => {
    expect(withNotes[0]).toContain(squash(tour.title));
    expect(stopPages(withNotes)).toHaveLength(14);
    expect(stopPages(without)).toHaveLength(14);
    const bibliography = withNotes.findIndex((p) => p.startsWith('Sources 1. '));
    expect(bibliography).toBeGreaterThan(14);
  });

  it('sets each stop’s title, quote and notes as text that can be searched', () => {
    const pages = stopPages(withNotes);
    deck.slides.forEach((stop, i) => {
      const page = pages[i]!;
      expect(page).toContain(`Stop ${i + 1} of 14 ${squash(stop.title)}`);
      if (stop.quote) expect(page).toContain(squash(`“${stop.quote.text}”`));
      expect(page).toContain(`Speaker notes ${squash(stop.notes)}`);
    });
    for (const page of stopPages(without)) expect(page).not.toContain('Speaker notes');
  });

  it('ends with the sources, numbered as the pages cite them, in the chosen style', async () => {
    const citer = await loadCiter(['apa']);
    const start = withNotes.findIndex((p) => p.startsWith('Sources 1. '));
    // Whole, long addresses included (they break across lines, so compare without spaces).
    const bare = (t: string) => t.replace(/\s+/g, '');
    const bibliography = bare(
      withNotes
        .slice(start)
        .join(' ')
        .replace(/\d+ \/ \d+/g, ''),
    );
    deck.sources.forEach((s, i) => {
      expect(bibliography).toContain(bare(`${i + 1}. ${winAnsi(citer.citeSource(s, 'apa'))}`));
    });
    expect(stopPages(withNotes)[1]).toContain('Sources: [1] ');
  });
});

describe('wrapWhole', () => {
  it('breaks a word wider than the line instead of cutting it', () => {
    const measure = (t: string) => t.length * 10;
    const url = 'https://example.org/a-very/long/address/that-does-not-fit';
    const lines = wrapWhole(`See ${url} now`, 200, measure);
    expect(lines.every((l) => measure(l) <= 200)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(`See${url}now`);
  });
});

describe('winAnsi', () => {
  it('keeps what Helvetica can set and replaces the rest', () => {
    expect(winAnsi('„Grüße“ – 12 € … ‘ok’')).toBe('„Grüße“ – 12 € … ‘ok’');
    expect(winAnsi('Łódź ≈ 日本')).toBe('?ódz ? ??');
  });
});
