/**
 * Runs a tour export in the page: composes each stop (lib/slide), draws its picture with the
 * browser's own SVG renderer (rasterize.ts, PNG encoding off the main thread in toBlob), and
 * hands the pictures to the format's builder, each loaded on first use with its library
 * (PptxGenJS, pdf-lib, fflate). Between stops it yields to the page; an AbortSignal cancels.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { I18n } from '../../i18n/i18n';
import type { CitationStyle } from '../../lib/citations';
import type { Rasterize } from '../../lib/slide/deckExport';
import { tourDeck } from '../../lib/slide/tourSlides';
import type { Tour } from '../../lib/tours';
import { slugForFile } from './fileName';
import { rasterizeSvg } from './rasterize';

export type TourFormat = 'pptx' | 'pdf' | 'png-zip';

export interface TourExportRequest {
  readonly data: LoadedDataset;
  readonly tour: Tour;
  readonly i18n: I18n;
  readonly format: TourFormat;
  /** PDF: print the speaker notes. */
  readonly withNotes: boolean;
  /** The reader's notes to add to the speaker notes (a choice); none when absent. */
  readonly noteOf?: ((key: string) => string | undefined) | undefined;
  readonly style: CitationStyle;
  /** YYYY-MM-DD */
  readonly generatedAt: string;
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
}

const MIME: Readonly<Record<TourFormat, string>> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  'png-zip': 'application/zip',
};

export function tourFileName(tour: Tour, format: TourFormat): string {
  const base = slugForFile(tour.title) || 'tour';
  return format === 'pptx'
    ? `${base}.pptx`
    : format === 'pdf'
      ? `${base}-handout.pdf`
      : `${base}-slides.zip`;
}

const rasterize: Rasterize = async (svg, width, height, pixelRatio, type) =>
  new Uint8Array(
    await (
      await rasterizeSvg(
        svg,
        width,
        height,
        pixelRatio,
        type === 'jpeg' ? 'image/jpeg' : 'image/png',
      )
    ).arrayBuffer(),
  );

/** A macrotask, so input and painting run between two stops. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function exportTour(r: TourExportRequest): Promise<{ blob: Blob; name: string }> {
  const options = {
    data: r.data,
    deck: tourDeck(r.data, r.tour, r.i18n, r.noteOf),
    i18n: r.i18n,
    generatedAt: r.generatedAt,
    style: r.style,
    rasterize,
    onProgress: r.onProgress,
    signal: r.signal,
    pause: breathe,
  };
  let bytes: Uint8Array;
  if (r.format === 'pptx') bytes = await (await import('../../lib/slide/pptx')).buildPptx(options);
  else if (r.format === 'pdf')
    bytes = await (
      await import('../../lib/slide/pdf')
    ).buildPdf({ ...options, withNotes: r.withNotes });
  else bytes = await (await import('../../lib/slide/pngZip')).buildPngZip(options);
  r.signal.throwIfAborted();
  return {
    blob: new Blob([bytes as BlobPart], { type: MIME[r.format] }),
    name: tourFileName(r.tour, r.format),
  };
}
