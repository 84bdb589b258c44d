/**
 * The chart's colours: one palette per colour scheme, the one place they are written down.
 * The canvas takes them from CSS custom properties on the chart (`--timeline-*`, see
 * timeline.css, which maps them to the app's design tokens) and falls back to these values;
 * the SVG export uses the light palette as it is.
 */
export interface ChartPalette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly gridMajor: string;
  readonly band: string;
  readonly bandSelected: string;
  readonly bandLabel: string;
  readonly laneLabel: string;
  readonly rule: string;
  readonly select: string;
  /** Behind labels: the background, slightly see-through. */
  readonly halo: string;
  readonly outline: string;
  /** Marks without a theme. */
  readonly other: string;
}

export const LIGHT_PALETTE: ChartPalette = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#4a5360',
  grid: '#eef1f5',
  gridMajor: '#c9d1dc',
  band: '#e8eef6',
  bandSelected: '#d3e2f5',
  bandLabel: '#123b66',
  laneLabel: '#3b4a5c',
  rule: '#d5dbe3',
  select: '#0b4f8a',
  halo: 'rgba(255,255,255,0.85)',
  outline: '#1a1a1a',
  other: '#444444',
};

export const DARK_PALETTE: ChartPalette = {
  background: '#16191d',
  text: '#eceff3',
  muted: '#b6bfcb',
  grid: '#232a33',
  gridMajor: '#3d4754',
  band: '#1d2733',
  bandSelected: '#2a3a4e',
  bandLabel: '#a9d1ff',
  laneLabel: '#c3ccd8',
  rule: '#3a424d',
  select: '#8cc4ff',
  halo: 'rgba(18,20,23,0.85)',
  outline: '#eceff3',
  other: '#9aa4b1',
};

/** The custom property each colour is read from: `--timeline-` and the name in kebab case. */
export function paletteProperty(name: keyof ChartPalette): string {
  return `--timeline-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export const PALETTE_KEYS = Object.keys(LIGHT_PALETTE) as (keyof ChartPalette)[];

/** A palette from property values (e.g. computed CSS), each missing one from `fallback`. */
export function paletteFrom(
  read: (property: string) => string,
  fallback: ChartPalette,
): ChartPalette {
  const out: Record<string, string> = {};
  for (const key of PALETTE_KEYS) {
    const v = read(paletteProperty(key)).trim();
    out[key] = v === '' ? fallback[key] : v;
  }
  return out as unknown as ChartPalette;
}

export function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return PALETTE_KEYS.every((k) => a[k] === b[k]);
}
