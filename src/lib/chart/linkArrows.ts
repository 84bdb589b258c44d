/**
 * Links as curved arrows between marks: the geometry (a quadratic curve bowed upwards, cut
 * back so it starts and ends at the marks' rims, and a head whose shape says the kind) and
 * the level of detail (arrows outside the frame or between marks that touch are left out;
 * heads are dropped on short arrows; with many arrows the rest are drawn thin and faint, the
 * ones touching the selected event staying strong). Pure, in px of the frame.
 *
 * Every kind has its own dash pattern and head, so colour is never the only signal.
 */
import type { EventLink, LinkKind } from '../../domain/types';
import type { QuadCurve } from './sceneTypes';

export type ArrowHead = 'triangle' | 'chevron' | 'bar' | 'diamond' | 'dot';

export interface LinkArrowStyle {
  /** Canvas/SVG dash pattern in px; empty for a solid line. */
  readonly dash: readonly number[];
  readonly head: ArrowHead;
}

export const LINK_ARROW_STYLES: Readonly<Record<LinkKind, LinkArrowStyle>> = {
  'responds-to': { dash: [], head: 'triangle' },
  'follows-up': { dash: [7, 4], head: 'chevron' },
  reverses: { dash: [2, 3], head: 'bar' },
  'leads-to': { dash: [10, 3, 2, 3], head: 'diamond' },
  echoes: { dash: [4, 4], head: 'dot' },
};

export interface ArrowEnd {
  readonly x: number;
  readonly y: number;
  /** The mark's radius: the arrow stops this far (plus a gap) from its centre. */
  readonly r: number;
}

export interface ArrowFrame {
  readonly width: number;
  readonly height: number;
  /** Arrows are drawn under the header strip: nothing above this counts as in view. */
  readonly top: number;
}

/** An arrow's curve (a quadratic: start, control point, end), its dash and its head. */
export interface SceneArrow extends QuadCurve {
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  readonly dash: readonly number[];
  readonly head: ArrowHead | null;
  /** The head's outline (flat x, y pairs); for a dot: centre x, centre y, radius. */
  readonly headPoints: readonly number[];
  readonly width: number;
  readonly opacity: number;
  /** Touches the selected or focused event. */
  readonly strong: boolean;
  /** The dataset's own reading rather than a source's. */
  readonly reading: boolean;
  readonly color: string;
}

export interface ArrowColors {
  readonly normal: string;
  readonly strong: string;
}

export interface ArrowOptions {
  /** px between a mark's rim and the arrow's ends. */
  readonly gap: number;
  /** Head length in px. */
  readonly headLength: number;
  readonly lineWidth: number;
  /** Above this many arrows in view, the ones not touching the selection are thin and faint. */
  readonly crowd: number;
}

export const DEFAULT_ARROW_OPTIONS: ArrowOptions = {
  gap: 3,
  headLength: 9,
  lineWidth: 1.6,
  crowd: 150,
};

/** How far the curve bows, in px, for a chord of this length. */
export function bowOf(chord: number): number {
  return Math.min(120, Math.max(14, chord * 0.22));
}

function unit(dx: number, dy: number): [number, number] {
  const len = Math.hypot(dx, dy);
  return len === 0 ? [1, 0] : [dx / len, dy / len];
}

/** The head at the tip (x, y) pointing along (ux, uy). */
export function headPoints(
  head: ArrowHead,
  x: number,
  y: number,
  ux: number,
  uy: number,
  length: number,
): number[] {
  const px = -uy;
  const py = ux;
  const half = length * 0.45;
  const bx = x - ux * length;
  const by = y - uy * length;
  switch (head) {
    case 'triangle':
    case 'chevron':
      return [bx + px * half, by + py * half, x, y, bx - px * half, by - py * half];
    case 'bar':
      return [x + px * half, y + py * half, x - px * half, y - py * half];
    case 'diamond': {
      const mx = x - (ux * length) / 2;
      const my = y - (uy * length) / 2;
      return [
        x,
        y,
        mx + px * half * 0.8,
        my + py * half * 0.8,
        bx,
        by,
        mx - px * half * 0.8,
        my - py * half * 0.8,
      ];
    }
    case 'dot':
      return [x - ux * (length / 3), y - uy * (length / 3), length / 3];
  }
}

/**
 * One arrow from `a` to `b`, or null when the marks touch (no room to draw it). The curve
 * bows upwards (towards smaller y) whichever way it runs.
 */
export function arrowBetween(
  a: ArrowEnd,
  b: ArrowEnd,
  style: LinkArrowStyle,
  o: ArrowOptions = DEFAULT_ARROW_OPTIONS,
): Pick<SceneArrow, 'x0' | 'y0' | 'cx' | 'cy' | 'x1' | 'y1' | 'head' | 'headPoints'> | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const chord = Math.hypot(dx, dy);
  if (chord <= a.r + b.r + 2 * o.gap) return null;
  // The normal pointing up (or left, for a vertical chord running down).
  let [nx, ny] = unit(-dy, dx);
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const bow = bowOf(chord);
  const cx = (a.x + b.x) / 2 + nx * bow;
  const cy = (a.y + b.y) / 2 + ny * bow;
  const [sx, sy] = unit(cx - a.x, cy - a.y);
  const [ex, ey] = unit(b.x - cx, b.y - cy);
  const x0 = a.x + sx * (a.r + o.gap);
  const y0 = a.y + sy * (a.r + o.gap);
  const x1 = b.x - ex * (b.r + o.gap);
  const y1 = b.y - ey * (b.r + o.gap);
  // Short arrows keep their dash but lose the head, which would cover them.
  const head = chord >= o.headLength * 3 ? style.head : null;
  return {
    x0,
    y0,
    cx,
    cy,
    x1,
    y1,
    head,
    headPoints: head === null ? [] : headPoints(head, x1, y1, ex, ey, o.headLength),
  };
}

/** Whether the curve's hull (its three points) reaches into the frame. */
export function inFrame(
  pts: Pick<SceneArrow, 'x0' | 'y0' | 'cx' | 'cy' | 'x1' | 'y1'>,
  f: ArrowFrame,
): boolean {
  const minX = Math.min(pts.x0, pts.cx, pts.x1);
  const maxX = Math.max(pts.x0, pts.cx, pts.x1);
  const minY = Math.min(pts.y0, pts.cy, pts.y1);
  const maxY = Math.max(pts.y0, pts.cy, pts.y1);
  return maxX >= 0 && minX <= f.width && maxY >= f.top && minY <= f.height;
}

/**
 * The arrows to draw for these links: those whose ends both have a place (`positionOf` gives
 * null for events not laid out, such as filtered-out ones) and that reach into the frame.
 * `strongIds`: the selected/focused events, whose arrows are drawn on top and never faded.
 */
export function composeLinkArrows(
  links: readonly EventLink[],
  positionOf: (eventId: string) => ArrowEnd | null,
  frame: ArrowFrame,
  strongIds: ReadonlySet<string>,
  colors: ArrowColors = { normal: '#1a1a1a', strong: '#0b4f8a' },
  o: ArrowOptions = DEFAULT_ARROW_OPTIONS,
): SceneArrow[] {
  const out: SceneArrow[] = [];
  for (const link of links) {
    const a = positionOf(link.from);
    const b = a && positionOf(link.to);
    if (!a || !b) continue;
    const style = LINK_ARROW_STYLES[link.kind];
    const geo = arrowBetween(a, b, style, o);
    if (!geo || !inFrame(geo, frame)) continue;
    out.push({
      from: link.from,
      to: link.to,
      kind: link.kind,
      ...geo,
      dash: style.dash,
      width: o.lineWidth,
      opacity: 0.75,
      strong: strongIds.has(link.from) || strongIds.has(link.to),
      reading: link.reading === true,
      color: colors.normal,
    });
  }
  const crowded = out.length > o.crowd;
  const shown = out.map((arrow) =>
    arrow.strong
      ? { ...arrow, width: o.lineWidth * 1.4, opacity: 1, color: colors.strong }
      : crowded
        ? {
            ...arrow,
            width: Math.max(0.75, o.lineWidth / 2),
            opacity: 0.4,
            head: null,
            headPoints: [],
          }
        : arrow,
  );
  // The strong ones last, so they are drawn on top.
  return [...shown.filter((x) => !x.strong), ...shown.filter((x) => x.strong)];
}
