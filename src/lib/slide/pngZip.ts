/**
 * A tour as a sequence of images for any slide tool: one 1920 × 1080 PNG per stop (the whole
 * slide: title, chart, quote, source line), numbered in the tour's order, in a zip (fflate).
 * PNGs are compressed already, so they are stored, not deflated again: the zip is made in
 * milliseconds and never holds up the page.
 */
import { slugify } from '../slug';
import { stopPictures, type DeckExportOptions } from './deckExport';

/** "03-houston-2008-12-plus-6.png". */
export function stopFileName(n: number, title: string): string {
  const slug = slugify(title.replace(/['’‘`]/g, ''), 48).replace(/-+$/, '');
  return `${String(n).padStart(2, '0')}-${slug || 'stop'}.png`;
}

export async function buildPngZip(o: DeckExportOptions): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for await (const pic of stopPictures(o, true))
    files[stopFileName(pic.stop.number, pic.stop.title)] = pic.png;
  o.signal?.throwIfAborted();
  return zipSync(files, { level: 0 });
}
