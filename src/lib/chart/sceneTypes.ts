/**
 * A chart scene: everything one frame of the chart draws, as plain data (text, positions,
 * sizes, colours, glyph and pattern ids) in px of the frame. The canvas painter, the SVG
 * writer and any later slide export render the same scene; it survives JSON.
 */
import type { ThemeGlyph, ThemePattern } from '../../domain/types';
import type { SceneGhost } from './claimGhosts';
import type { SceneArrow } from './linkArrows';

export type TextWeight = 400 | 600 | 700;

export interface SceneText {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  readonly weight: TextWeight;
  readonly color: string;
  readonly anchor: 'start' | 'end';
  readonly opacity: number;
  /** What the text is: `event-label`, `band-label`, `tick`, `tick tick--major`, `lane-label`, `more`. */
  readonly role: string;
  /** Text from the dataset (titles, names) rather than the interface. */
  readonly content: boolean;
  readonly underline?: boolean;
}

/** A quadratic curve: start, control point, end. */
export interface QuadCurve {
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
}

export interface SceneBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An event's label: its title, whole or cut where it would collide. */
export interface SceneLabel extends SceneText {
  readonly id: string;
  /** The whole title. */
  readonly title: string;
  /** Whether `text` is the whole title. */
  readonly whole: boolean;
  readonly width: number;
  /** The soft background behind the text. */
  readonly halo: SceneBox & { readonly color: string };
  readonly selected: boolean;
  /** A selected title too long for one line, broken into lines (`text` is the first). */
  readonly lines?: readonly string[];
  readonly lineHeight?: number;
  /** The selected label is outlined in this colour. */
  readonly outline?: string;
}

export interface SceneMark {
  readonly id: string;
  readonly lane: string | null;
  readonly x: number;
  readonly y: number;
  readonly glyph: ThemeGlyph;
  readonly r: number;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dashed: boolean;
  readonly opacity: number;
  readonly selected: boolean;
  /** The reader has a note on this event (or one of its quotes): a note glyph beside it. */
  readonly noted?: boolean;
}

export interface SceneBar extends SceneBox {
  readonly id: string;
  /** Index of the theme whose pattern fills the bar (see `ChartScene.patterns`), or -1. */
  readonly pattern: number;
  readonly fill: string;
  readonly opacity: number;
}

/**
 * One part of how an EDTF date is drawn (lib/chart/edtfShape), in px: a solid extent (as a
 * bar), a soft one (a faint band, never a hard bar), a bar fading out towards an open or
 * unknown end, an open arrow ("or later" / "or earlier") and a small tick per member of a set.
 */
export type SceneExtentPart =
  | (SceneBox & { readonly kind: 'solid' })
  | (SceneBox & { readonly kind: 'soft' })
  | (SceneBox & { readonly kind: 'fade'; readonly direction: Direction })
  | {
      readonly kind: 'arrow';
      /** From here (beside the mark) to the tip, then the open head back from the tip. */
      readonly x: number;
      readonly y: number;
      readonly tipX: number;
      readonly head: number;
      readonly direction: Direction;
    }
  | { readonly kind: 'tick'; readonly x: number; readonly y0: number; readonly y1: number };

type Direction = 'later' | 'earlier';

/** An event dated in EDTF beyond a plain date or interval: the parts that draw its form. */
export interface SceneExtent {
  readonly id: string;
  readonly color: string;
  readonly opacity: number;
  /** Line width of arrows and ticks. */
  readonly lineWidth: number;
  readonly parts: readonly SceneExtentPart[];
}

export interface SceneRect extends SceneBox {
  readonly fill: string;
  readonly opacity?: number;
}

export interface SceneBand extends SceneRect {
  /** The conference's event id (for an era, a name of its own that is no event's). */
  readonly id: string;
  readonly selected: boolean;
  /** An era's bracket, not a conference's band. */
  readonly era?: boolean;
}

export interface SceneLane {
  readonly key: string | null;
  /** Top of the lane's header. */
  readonly top: number;
  /** Bottom of its last row. */
  readonly bottom: number;
  readonly rule: SceneRect;
  readonly label: SceneText;
  /** Events the lane holds in the whole layout (not only in view). */
  readonly eventCount: number;
}

/** A lane's aggregated events: bars whose strength grows with the count, and "+N more". */
export interface SceneDensity {
  readonly lane: string | null;
  readonly top: number;
  readonly fill: string;
  readonly opacity: number;
  readonly bars: readonly (SceneBox & { readonly opacity: number })[];
  readonly count: number;
  readonly label: (SceneText & { readonly halo: SceneBox & { readonly color: string } }) | null;
}

export interface ScenePattern {
  readonly index: number;
  readonly color: string;
  readonly pattern: ThemePattern;
}

export interface ChartScene {
  readonly width: number;
  readonly height: number;
  /** The strip of conference names and ticks, fixed at the top. */
  readonly headerHeight: number;
  /** Everything under the header (lanes, marks, labels) is clipped to start here. */
  readonly rowsTop: number;
  readonly background: string;
  readonly bands: readonly SceneBand[];
  readonly grid: readonly SceneRect[];
  readonly bandLabels: readonly SceneText[];
  readonly ticks: readonly SceneText[];
  readonly lanes: readonly SceneLane[];
  readonly density: readonly SceneDensity[];
  readonly bars: readonly SceneBar[];
  /** The forms of EDTF dates in view (absent when none is: plain dates add nothing). */
  readonly extents?: readonly SceneExtent[];
  readonly marks: readonly SceneMark[];
  /** In drawing order: dimmed ones first, the selected one last. */
  readonly labels: readonly SceneLabel[];
  readonly patterns: readonly ScenePattern[];
  /** Links drawn as arrows (the selected event's, or all behind "Show links"); none if absent. */
  readonly arrows?: readonly SceneArrow[];
  /** Competing date claims of disputed events in view, drawn as dashed ghosts; none if absent. */
  readonly ghosts?: readonly SceneGhost[];
}
