import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPngZip, stopFileName } from '../../../../src/lib/slide/pngZip';
import { deckOptions, TINY_PNG } from '../../../setup/deck';

/** The image sequence (issue 17): a zip with one whole 1920 × 1080 slide per stop. */
describe('the PNG zip of the shipped tour', () => {
  it('holds one PNG per stop, in order, each the whole slide at 1920 × 1080', async () => {
    const { options, calls } = deckOptions();
    const files = unzipSync(await buildPngZip(options));
    const names = Object.keys(files);
    expect(names).toHaveLength(14);
    expect(names).toEqual(options.deck.slides.map((s) => stopFileName(s.number, s.title)));
    expect(names[0]).toBe('01-five-conferences-one-shift.png');
    for (const name of names) expect(files[name]).toEqual(TINY_PNG);
    // Each picture is the whole slide (title, quote and source line included), not upscaled.
    expect(calls.map((c) => [c.width, c.height, c.pixelRatio])).toEqual(
      Array.from({ length: 14 }, () => [1920, 1080, 1]),
    );
    calls.forEach((c, i) => {
      expect(c.svg).toContain('class="export-title"');
      expect(c.svg).toContain('class="export-sources"');
      if (options.deck.slides[i]!.quote) expect(c.svg).toContain('class="quote-text"');
    });
  });
});
