import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCiter } from '../../../../src/lib/citations';
import { buildPptx } from '../../../../src/lib/slide/pptx';
import { deckOptions, textRuns, TINY_PNG, tour } from '../../../setup/deck';

/**
 * The PowerPoint deck of a tour (issue 17), unzipped and read: a title slide, one slide per
 * stop with its title, chart picture, quote and notes, and the sources cited.
 */
describe('the PowerPoint deck of the shipped tour', async () => {
  const { options, calls } = deckOptions();
  const progress: number[] = [];
  const bytes = await buildPptx({ ...options, onProgress: (done) => progress.push(done) });
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const slideCount = Object.keys(files).filter((p) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(p),
  ).length;
  const deck = options.deck;

  it('has a title slide, one slide per stop and the sources after them', () => {
    expect(tour.stops).toHaveLength(14);
    const sourceSlides = Math.ceil(deck.sources.length / 8);
    expect(deck.sources.length).toBeGreaterThan(0);
    expect(slideCount).toBe(1 + 14 + sourceSlides);
    expect(textRuns(text('ppt/slides/slide1.xml'))[0]).toBe(tour.title);
    // The presentation is 16:9 (13.33 × 7.5 in).
    expect(text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(progress).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('gives each stop its slide: title, chart picture, featured quote and source line', () => {
    deck.slides.forEach((stop, i) => {
      const n = i + 2;
      const runs = textRuns(text(`ppt/slides/slide${n}.xml`));
      expect(runs[0]).toBe(stop.title);
      if (stop.quote) {
        expect(runs).toContain(`“${stop.quote.text}”`);
        expect(runs.join('\n')).toContain(`— ${stop.quote.speaker}`);
      }
      expect(runs.at(-1)).toBe(stop.sourceLine);
      // One picture, a PNG in the package, described for screen readers.
      const rels = text(`ppt/slides/_rels/slide${n}.xml.rels`);
      const media = [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]!);
      expect(media).toHaveLength(1);
      const png = files[`ppt/media/${media[0]!}`]!;
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      // The picture drawn for this stop, byte for byte (not PptxGenJS's placeholder).
      expect(png).toEqual(TINY_PNG);
      expect(text(`ppt/slides/slide${n}.xml`)).toContain(`descr="Timeline chart of the stop`);
    });
    // The pictures are the legend and chart only: the slide's words are text, not pixels.
    expect(calls).toHaveLength(14);
    for (const c of calls) {
      expect([c.pixelRatio, c.type]).toEqual([2, 'png']);
      expect(c.svg).toContain('class="legend-item"');
      expect(c.svg).toContain('class="chart"');
      expect(c.svg).not.toContain('class="export-title"');
      expect(c.svg).not.toContain('class="quote-text"');
    }
  });

  it('puts each stop’s notes in its notes slide', () => {
    deck.slides.forEach((stop, i) => {
      const rels = text(`ppt/slides/_rels/slide${i + 2}.xml.rels`);
      const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      expect(notes).toBeDefined();
      expect(stop.notes.length).toBeGreaterThan(100);
      expect(textRuns(text(`ppt/notesSlides/${notes!}`)).join('')).toContain(stop.notes);
    });
  });

  it('lists the sources cited, numbered as the slides cite them, in the chosen style', async () => {
    const citer = await loadCiter(['apa']);
    const runs = Array.from({ length: slideCount - 15 }, (_, i) =>
      textRuns(text(`ppt/slides/slide${16 + i}.xml`)),
    ).flat();
    const body = runs.join('\n');
    deck.sources.forEach((s, i) => {
      expect(body).toContain(`${i + 1}. ${citer.citeSource(s, 'apa')}`);
    });
    const first = deck.slides.find((s) => s.sources.length > 0)!;
    expect(first.sourceLine).toMatch(/^Sources: \[1\] /);
  });

  it('sets its text in Inter, with Arial as the theme’s named fallback', () => {
    expect(text('ppt/slides/slide2.xml')).toContain('<a:latin typeface="Inter"');
    expect(text('ppt/theme/theme1.xml')).toContain('<a:latin typeface="Arial"/>');
  });
});

describe('cancelling the deck', () => {
  it('stops between stops and makes no file', async () => {
    const controller = new AbortController();
    const { options, calls } = deckOptions({
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    });
    await expect(buildPptx(options)).rejects.toThrow();
    expect(calls).toHaveLength(3);
  });
});
