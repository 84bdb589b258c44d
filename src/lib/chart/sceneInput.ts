/**
 * What a chart scene is composed from, and the per-frame measures every part of it shares.
 */
import type { DatedEvent, Theme } from '../../domain/types';
import type { ChartGeometry, ChartMetrics } from '../chartGeometry';
import type { LaneLayout } from '../laneLayout';
import type { TimeIndex } from '../timeIndex';
import type { Tick } from '../timeScale';
import type { Domain } from '../viewport';
import type { ChartItem } from './chartItems';
import type { ChartPalette } from './palette';
import type { SceneText } from './sceneTypes';
import type { TextFit } from './textMetrics';

export interface SceneStrings {
  readonly laneLabel: (key: string | null) => string;
  readonly moreHere: (count: number) => string;
}

export interface SceneInput {
  readonly width: number;
  readonly height: number;
  /** How far the lanes are scrolled under the fixed header. */
  readonly scrollTop: number;
  readonly domain: Domain;
  readonly metrics: ChartMetrics;
  readonly palette: ChartPalette;
  readonly themes: readonly Theme[];
  readonly conferences: readonly DatedEvent[];
  /** The dataset's eras, in date order: each a labelled span in the header strip. */
  readonly eras?: readonly {
    readonly label: string;
    readonly startMs: number;
    readonly endMs: number;
  }[];
  /** Each conference's name as fitted to the zoom step (see bandLabelTexts). */
  readonly bandTexts: readonly string[];
  readonly ticks: readonly Tick[];
  readonly items: readonly ChartItem[];
  readonly index: TimeIndex<ChartItem>;
  readonly layout: LaneLayout;
  readonly geometry: ChartGeometry;
  /** Top of each row by row number (content coordinates). */
  readonly rowTop: Float64Array;
  readonly selectedId: string | null;
  /** Events drawn although their lane aggregated them (focused or selected), y in content. */
  readonly pinned: readonly { readonly item: ChartItem; readonly y: number }[];
  readonly fit: TextFit;
  readonly strings: SceneStrings;
  /** Keep every text inside the frame (slides); the chart lets names run under the edges. */
  readonly fitToFrame: boolean;
  /** The presenter's stage: the selected title larger and outlined. */
  readonly stage: boolean;
  /** Lanes whose events are all filtered out (dimmed): their summary is faint too. */
  readonly faintLanes?: ReadonlySet<string | null>;
}

/** How far left of the window to look for marks whose labels reach into it, in px. */
export const LOOKBACK_PX = 1000;

export function text(t: Omit<SceneText, 'anchor' | 'opacity'> & Partial<SceneText>): SceneText {
  return { anchor: 'start', opacity: 1, ...t };
}

/** The measures of one frame: type scale, time → x, and which rows are in view. */
export interface SceneFrame {
  /** The type scale against the chart's 12.5 px base. */
  readonly s: number;
  /** Pixels per millisecond. */
  readonly k: number;
  readonly xOf: (ms: number) => number;
  readonly pad: number;
  readonly rowVisible: (row: number) => boolean;
  readonly colorOf: (themeIndex: number) => string;
}

export function sceneFrame(input: SceneInput): SceneFrame {
  const { width, height, scrollTop, domain, metrics: m, palette: pal, themes } = input;
  const s = m.fontPx / 12.5;
  const k = width / Math.max(1, domain[1] - domain[0]);
  const viewTop = scrollTop + m.headerHeight - m.rowHeight;
  const viewBottom = scrollTop + height;
  return {
    s,
    k,
    xOf: (ms: number) => (ms - domain[0]) * k,
    pad: 4 * s,
    rowVisible: (row: number) => {
      const top = input.rowTop[row] ?? 0;
      return top >= viewTop && top <= viewBottom;
    },
    colorOf: (i: number) => themes[i]?.color ?? pal.other,
  };
}
