import { getI18n } from '../../src/i18n/i18n';
import type { DeckExportOptions } from '../../src/lib/slide/deckExport';
import { tourDeck } from '../../src/lib/slide/tourSlides';
import { shippedData } from './slideSvg';

/** A valid 1 × 1 PNG and JPEG: what the stand-in rasteriser returns (Node cannot draw). */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  ),
  (c) => c.charCodeAt(0),
);

export const TINY_JPEG = Uint8Array.from(
  atob(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z',
  ),
  (c) => c.charCodeAt(0),
);

export const data = shippedData();
export const tour = data.dataset.tours![0]!;

/** Export options for the shipped 14-stop tour, with a rasteriser that records its calls. */
export function deckOptions(over: Partial<DeckExportOptions> = {}) {
  const calls: { svg: string; width: number; height: number; pixelRatio: number; type: string }[] =
    [];
  const i18n = over.i18n ?? getI18n();
  const options: DeckExportOptions = {
    data,
    deck: tourDeck(data, tour, i18n),
    i18n,
    generatedAt: '2026-12-03',
    style: 'apa',
    rasterize: (svg, width, height, pixelRatio, type) => {
      calls.push({ svg, width, height, pixelRatio, type });
      return Promise.resolve(type === 'jpeg' ? TINY_JPEG : TINY_PNG);
    },
    pause: () => Promise.resolve(),
    ...over,
  };
  return { options, calls };
}

/** The text runs of an OOXML part, unescaped, in document order. */
export function textRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
