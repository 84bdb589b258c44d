/** WCAG 2.x relative luminance and contrast ratio for #rrggbb colours. */

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`"${hex}" is not a #rrggbb colour`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** Backgrounds marks are drawn on (light theme). */
export const CHART_BACKGROUND = '#ffffff';
/** WCAG 1.4.11: graphical objects need 3:1 against adjacent colours. */
export const MIN_GRAPHIC_CONTRAST = 3;

/** WCAG 1.4.3: text needs 4.5:1 against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * Black or white, whichever reads better on `background` (#rrggbb). One of the two always
 * has 4.58:1 or more, so text in it meets WCAG's 4.5:1 on any colour a dataset gives.
 */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
