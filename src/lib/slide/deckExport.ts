/**
 * What every tour export shares: each stop composed as a slide (slideSvg), its chart drawn to
 * a PNG by the caller (the browser rasterises; tests pass a stand-in), progress after each
 * stop, a pause between stops so the page stays responsive, and cancelling between stops.
 */
import type { LoadedDataset } from '../../domain/indexes';
import type { I18n } from '../../i18n/i18n';
import type { CitationStyle } from '../citations';
import { composeSlide, slideSvgOf, type ComposedSlide, type SlideSvgInput } from './slideSvg';
import { SLIDE_H, SLIDE_W } from './slideLayout';
import type { StopSlide, TourDeck } from './tourSlides';

/**
 * Draws an SVG document of `width` × `height` px as PNG (or JPEG) bytes, `pixelRatio` times
 * that size.
 */
export type Rasterize = (
  svg: string,
  width: number,
  height: number,
  pixelRatio: number,
  type: 'png' | 'jpeg',
) => Promise<Uint8Array>;

export interface DeckExportOptions {
  readonly data: LoadedDataset;
  readonly deck: TourDeck;
  readonly i18n: I18n;
  /** YYYY-MM-DD, printed on the title slide or page. */
  readonly generatedAt: string;
  /** The bibliography's style. */
  readonly style: CitationStyle;
  readonly rasterize: Rasterize;
  /** After each stop: how many are done, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Lets the page breathe between stops (default: a macrotask). */
  readonly pause?: () => Promise<void>;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface StopPicture {
  readonly stop: StopSlide;
  readonly composed: ComposedSlide;
  readonly input: SlideSvgInput;
  /** Where the legend and chart sit on the 1920 × 1080 slide. */
  readonly box: Box;
  /** The picture's bytes (PNG unless JPEG was asked for). */
  readonly png: Uint8Array;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The legend and chart's box on the slide (what `part: 'chart'` draws). */
export function chartBox(c: ComposedSlide): Box {
  const { layout } = c;
  const top = (layout.legend[0]?.y ?? layout.chart.y) - 8;
  return {
    x: layout.chart.x - 8,
    y: top,
    w: layout.chart.width + 16,
    h: layout.chart.y + layout.chart.height + 8 - top,
  };
}

export function stopInput(o: DeckExportOptions, stop: StopSlide): SlideSvgInput {
  return {
    data: o.data,
    choices: stop.choices,
    i18n: o.i18n,
    width: SLIDE_W,
    height: SLIDE_H,
    title: stop.title,
    quote: stop.quoteText,
    generatedAt: o.generatedAt,
    footer: stop.sourceLine,
  };
}

/**
 * Each stop composed, with its picture: `whole`, the whole slide at 1920 × 1080; else the
 * legend and chart at twice their size on the slide (sharp on a projector and in print).
 */
export async function* stopPictures(
  o: DeckExportOptions,
  whole: boolean,
  type: 'png' | 'jpeg' = 'png',
): AsyncGenerator<StopPicture> {
  const total = o.deck.slides.length;
  const pause = o.pause ?? macrotask;
  let done = 0;
  for (const stop of o.deck.slides) {
    o.signal?.throwIfAborted();
    const input = stopInput(o, stop);
    const composed = composeSlide(input);
    const box = whole ? { x: 0, y: 0, w: SLIDE_W, h: SLIDE_H } : chartBox(composed);
    const svg = slideSvgOf(
      composed,
      { ...input, width: box.w, height: box.h },
      whole ? 'slide' : 'chart',
    );
    const png = await o.rasterize(svg, box.w, box.h, whole ? 1 : 2, type);
    o.signal?.throwIfAborted();
    yield { stop, composed, input, box, png };
    done++;
    o.onProgress?.(done, total);
    await pause();
  }
}

/** "2026-12-03" → "3 December 2026" / "3. Dezember 2026". */
export function longDate(day: string, i18n: I18n): string {
  const ms = Date.parse(day);
  if (Number.isNaN(ms)) return day;
  return new Intl.DateTimeFormat(i18n.locale === 'de' ? 'de' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}
