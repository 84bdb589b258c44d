import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { BASE_FONT_PX } from '../../lib/chartGeometry';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  paletteFrom,
  samePalette,
  type ChartPalette,
} from '../../lib/chart/palette';
import {
  CHART_FONT_STACK,
  createTextFit,
  estimateWidth,
  type Measure,
  type TextFit,
} from '../../lib/chart/textMetrics';

export interface ChartStyle {
  /** Label size: the canvas element's computed font size (`--timeline-font-size`). */
  readonly fontPx: number;
  readonly fontFamily: string;
  readonly palette: ChartPalette;
  /** How many times web fonts have finished loading (widths change then). */
  readonly fonts: number;
}

/** Text widths in the font the canvas draws with (the table's estimate where none can). */
function canvasMeasure(fontFamily: string): Measure {
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  let font = '';
  return (text, fontPx, bold = false) => {
    const f = `${bold ? 700 : 400} ${fontPx}px ${fontFamily}`;
    if (f !== font) ctx.font = font = f;
    return ctx.measureText(text).width;
  };
}

/**
 * What the canvas draws with, read from CSS on the canvas element: its font size (the label
 * size, from `--timeline-font-size`, which the stage sets in viewport units), its font
 * family (the app's) and the `--timeline-*` colours. Read again when the scheme, the variant
 * or the size (and so any viewport unit) changes, and when web fonts finish loading.
 */
export function useChartStyle(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  scheme: 'light' | 'dark',
  variant: string,
  size: { width: number; height: number },
): ChartStyle & { fit: TextFit } {
  const fallback = scheme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
  const [style, setStyle] = useState<ChartStyle>({
    fontPx: BASE_FONT_PX,
    fontFamily: CHART_FONT_STACK,
    palette: fallback,
    fonts: 0,
  });
  const [fontsLoaded, setFontsLoaded] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    const done = () => setFontsLoaded((n) => n + 1);
    fonts.addEventListener('loadingdone', done);
    return () => fonts.removeEventListener('loadingdone', done);
  }, []);
  const { width, height } = size;
  useLayoutEffect(() => {
    const el = canvasRef.current;
    if (!el || typeof getComputedStyle === 'undefined') {
      setStyle((s) => (samePalette(s.palette, fallback) ? s : { ...s, palette: fallback }));
      return;
    }
    const cs = getComputedStyle(el);
    const px = parseFloat(cs.fontSize);
    const next: ChartStyle = {
      fontPx: Number.isFinite(px) && px > 0 ? Math.round(px * 10) / 10 : BASE_FONT_PX,
      fontFamily: cs.fontFamily || CHART_FONT_STACK,
      palette: paletteFrom((p) => cs.getPropertyValue(p), fallback),
      fonts: fontsLoaded,
    };
    setStyle((s) =>
      s.fontPx === next.fontPx &&
      s.fonts === next.fonts &&
      s.fontFamily === next.fontFamily &&
      samePalette(s.palette, next.palette)
        ? s
        : next,
    );
  }, [canvasRef, fallback, variant, width, height, fontsLoaded]);
  // New widths when the family changes or fonts have loaded (`style` is then a new object).
  const fit = useMemo(() => createTextFit(canvasMeasure(style.fontFamily)), [style]);
  return { ...style, fit };
}
