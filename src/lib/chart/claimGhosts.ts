/**
 * Competing date claims on the chart (issue 18): where the sources put an event on another
 * date than the one the chart shows, that date is drawn as a ghost of the event's own mark, a
 * dashed outline and never a fill, so it can never be mistaken for an event. A conference's
 * ghost is a dashed outline of its band over the claimed days; an event's is a hollow dashed
 * glyph at the claimed start (with a dashed outline of the claimed span when it is a span)
 * and a dashed curve from the event's own mark, so the two read as one event.
 *
 * Built as a pass after the scene is composed (like the note glyphs): only disputed events in
 * view cost anything, and a dataset without competing claims leaves the scene untouched. The
 * canvas painter and the SVG writer draw the same ghosts. Pure.
 */
import { parseEdtf } from '../../domain/edtf';
import type { TimelineEvent } from '../../domain/types';
import { competingClaims } from '../disputed';
import type { ChartScene, QuadCurve } from './sceneTypes';

/** A claimed date, as an extent in ms, with its place in the event's `dateClaims`. */
export interface ClaimExtent {
  readonly claim: number;
  readonly startMs: number;
  readonly endMs: number;
}

export interface SceneGhost {
  /** The event whose date is disputed. */
  readonly id: string;
  /** The claim's index in the event's `dateClaims`. */
  readonly claim: number;
  /** A conference band's ghost, or an event mark's. */
  readonly kind: 'band' | 'mark';
  /** The dashed outline: a band's days, or (for a mark) the claimed span's bar. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A mark's ghost glyph: a dashed circle at the claimed start. */
  readonly glyph: { readonly x: number; readonly y: number; readonly r: number } | null;
  /** The dashed curve from the event's own mark to its ghost (quadratic: ends and control). */
  readonly link: QuadCurve | null;
  readonly color: string;
  readonly lineWidth: number;
  /** Dash and gap, px. */
  readonly dash: readonly [number, number];
  readonly opacity: number;
  readonly selected: boolean;
}

/** Worked out once per list of events: the chart, each slide and each of its tries share it. */
const extentsCache = new WeakMap<
  readonly TimelineEvent[],
  ReadonlyMap<string, readonly ClaimExtent[]>
>();

/**
 * Each disputed event's competing claims as extents, by event id: worked out once per
 * dataset. A claim whose date cannot be read is left out (the validator reports it).
 */
export function claimExtentsOf(
  events: readonly TimelineEvent[],
): ReadonlyMap<string, readonly ClaimExtent[]> {
  const known = extentsCache.get(events);
  if (known) return known;
  const out = new Map<string, ClaimExtent[]>();
  extentsCache.set(events, out);
  for (const e of events) {
    const claims = e.dateClaims;
    if (!claims || claims.length === 0) continue;
    const competing = new Set(competingClaims(e));
    const list: ClaimExtent[] = [];
    claims.forEach((c, claim) => {
      if (!competing.has(c)) return;
      try {
        const d = parseEdtf(c.date);
        if (Number.isFinite(d.startMs) && Number.isFinite(d.endMs))
          list.push({ claim, startMs: d.startMs, endMs: d.endMs });
      } catch {
        // Not drawn: unreadable.
      }
    });
    if (list.length > 0) out.set(e.id, list);
  }
  return out;
}

export interface GhostFrame {
  /** The window the scene shows, ms. */
  readonly domain: readonly [number, number];
  /** The type scale against the chart's 12.5 px base. */
  readonly s: number;
  readonly color: string;
  readonly selectedColor: string;
}

/** The scene with the ghosts of the disputed events in view; the same scene when there are none. */
export function withClaimGhosts(
  scene: ChartScene,
  claims: ReadonlyMap<string, readonly ClaimExtent[]>,
  frame: GhostFrame,
): ChartScene {
  if (claims.size === 0) return scene;
  const { s } = frame;
  const k = scene.width / Math.max(1, frame.domain[1] - frame.domain[0]);
  const xOf = (ms: number) => (ms - frame.domain[0]) * k;
  const inView = (x0: number, x1: number) => x1 >= -8 && x0 <= scene.width + 8;
  const ghosts: SceneGhost[] = [];
  const look = (selected: boolean) => ({
    color: selected ? frame.selectedColor : frame.color,
    lineWidth: (selected ? 2 : 1.25) * Math.max(1, s * 0.8),
    dash: [5 * s, 3 * s] as const,
    opacity: selected ? 1 : 0.6,
    selected,
  });
  for (const b of scene.bands) {
    if (b.era) continue;
    const list = claims.get(b.id);
    if (!list) continue;
    for (const c of list) {
      const x0 = xOf(c.startMs);
      const x1 = xOf(c.endMs);
      if (!inView(x0, x1)) continue;
      // Where the claimed days and the band's are a few px apart at most (zoomed out), an
      // outline would only draw a dark line over the band.
      const apart = 4 * s;
      if (Math.abs(x0 - b.x) < apart && Math.abs(x1 - (b.x + b.width)) < apart) continue;
      ghosts.push({
        id: b.id,
        claim: c.claim,
        kind: 'band',
        x: x0,
        y: b.y,
        width: Math.max(3, x1 - x0),
        height: b.height,
        glyph: null,
        link: null,
        ...look(b.selected),
      });
    }
  }
  for (const m of scene.marks) {
    const list = claims.get(m.id);
    if (!list) continue;
    for (const c of list) {
      const gx = xOf(c.startMs);
      const x1 = xOf(c.endMs);
      if (!inView(gx, x1)) continue;
      const span = x1 - gx > 2 * m.r;
      const dx = gx - m.x;
      // Coincident at this zoom: the ghost would only blur the mark.
      if (Math.abs(dx) < m.r && !span) continue;
      const lift = Math.min(22 * s, Math.max(8 * s, Math.abs(dx) / 3));
      ghosts.push({
        id: m.id,
        claim: c.claim,
        kind: 'mark',
        x: gx,
        y: m.y + 6 * s,
        width: span ? x1 - gx : 0,
        height: span ? 5 * s : 0,
        glyph: { x: gx, y: m.y, r: m.r },
        link:
          Math.abs(dx) < 2 * m.r
            ? null
            : {
                x0: m.x + Math.sign(dx) * m.r,
                y0: m.y - m.r * 0.6,
                cx: (m.x + gx) / 2,
                cy: m.y - m.r - lift,
                x1: gx - Math.sign(dx) * m.r,
                y1: m.y - m.r * 0.6,
              },
        ...look(m.selected),
      });
    }
  }
  return ghosts.length === 0 ? scene : { ...scene, ghosts };
}

export type KeyCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

const CORNERS: readonly KeyCorner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];

/**
 * Where the ghosts' key goes in the frame: the first corner of the lanes' area (bottom right,
 * top right, bottom left, top left) where it covers no event label, mark or lane name; failing
 * all four, the one where it covers least. `gutter` is kept clear at the right (the scroll
 * bar), `inset` from every edge; the box is in px of the frame.
 */
export function keyCorner(
  scene: ChartScene,
  box: { readonly width: number; readonly height: number },
  measureLane: (text: string, px: number) => number,
  inset = 4,
  gutter = 12,
): KeyCorner {
  const obstacles: { x: number; y: number; width: number; height: number }[] = [
    ...scene.labels.map((l) => l.halo),
    ...scene.marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r })),
    ...scene.lanes.map((l) => ({
      x: l.label.x,
      y: l.label.y - l.label.size,
      width: measureLane(l.label.text, l.label.size),
      height: l.label.size * 1.3,
    })),
  ];
  const at = (c: KeyCorner) => ({
    x: c.endsWith('right') ? scene.width - gutter - inset - box.width : inset,
    y: c.startsWith('top') ? scene.rowsTop + inset : scene.height - inset - box.height,
  });
  let best: KeyCorner = CORNERS[0] ?? 'bottom-right';
  let least = Infinity;
  for (const c of CORNERS) {
    const { x, y } = at(c);
    let covered = 0;
    for (const o of obstacles) {
      const w = Math.min(x + box.width, o.x + o.width) - Math.max(x, o.x);
      const h = Math.min(y + box.height, o.y + o.height) - Math.max(y, o.y);
      if (w > 0 && h > 0) covered += w * h;
    }
    if (covered === 0) return c;
    if (covered < least) {
      least = covered;
      best = c;
    }
  }
  return best;
}
