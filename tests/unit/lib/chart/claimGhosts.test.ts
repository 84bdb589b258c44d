import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../src/domain/types';
import { paintGhosts } from '../../../../src/features/timeline/paintGhosts';
import { claimExtentsOf, keyCorner, withClaimGhosts } from '../../../../src/lib/chart/claimGhosts';
import type { SceneBand, SceneMark } from '../../../../src/lib/chart/sceneTypes';
import { sceneToSvg } from '../../../../src/lib/slide/sceneSvg';
import { recordingContext } from '../../../setup/recordingContext';
import { blankScene, sceneMark } from '../../../setup/sceneParts';

/**
 * Competing date claims drawn as ghosts: a dashed outline where another source puts the event,
 * linked to the event's own mark; nothing for claims that agree with the chart's date.
 */
const ev = (id: string, start: string, end: string | undefined, claims: string[]) =>
  ({
    id,
    title: id,
    start,
    ...(end === undefined ? {} : { end }),
    dateClaims: claims.map((date) => ({ date, sources: ['s1'] })),
  }) as TimelineEvent;

const DAY = 86_400_000;
const t0 = Date.UTC(2009, 6, 1);
/** 1 July 2009 to 31 July 2009 over 310 px: 10 px a day. */
const domain = [t0, t0 + 31 * DAY] as const;
const xOf = (ms: number) => ((ms - t0) / DAY) * 10;
const frame = { domain, s: 1, color: '#1a1a1a', selectedColor: '#0b4f8a' };

const conference = ev('wpc09', '2009-07-13', '2009-07-16', [
  '2009-07-13/2009-07-16',
  '2009-07-13/2009-07-19',
]);
const moved = ev('keynote', '2009-07-13', undefined, ['2009-07-13', '2009-07-20']);
const agreed = ev('agreed', '2009-07-10', undefined, ['2009-07-10']);

const band = (selected: boolean): SceneBand => ({
  id: 'wpc09',
  x: xOf(Date.UTC(2009, 6, 13)),
  y: 20,
  width: 40,
  height: 280,
  fill: '#e8eef6',
  selected,
});
const mark = (id: string, day: number, selected = false) =>
  sceneMark(id, xOf(Date.UTC(2009, 6, day)), { y: 120, selected });
const scene = (bands: SceneBand[], marks: SceneMark[]) =>
  blankScene({ width: 310, height: 300, headerHeight: 40, rowsTop: 40, bands, marks });

describe('claimExtentsOf', () => {
  it('keeps only the claims that put the event on another date, with their index', () => {
    const claims = claimExtentsOf([conference, moved, agreed]);
    expect([...claims.keys()]).toEqual(['wpc09', 'keynote']);
    expect(claims.get('wpc09')).toEqual([
      { claim: 1, startMs: Date.UTC(2009, 6, 13), endMs: Date.UTC(2009, 6, 20) },
    ]);
    expect(claims.get('keynote')?.map((c) => c.claim)).toEqual([1]);
  });

  it('leaves out a claim whose date cannot be read', () => {
    expect(claimExtentsOf([ev('x', '2009-07-13', undefined, ['not a date'])]).size).toBe(0);
  });
});

describe('withClaimGhosts', () => {
  const claims = claimExtentsOf([conference, moved, agreed]);

  it("outlines a conference's claimed days over its band, the band's full height", () => {
    const out = withClaimGhosts(scene([band(false)], []), claims, frame);
    expect(out.ghosts).toHaveLength(1);
    const g = out.ghosts?.[0];
    expect(g).toMatchObject({ id: 'wpc09', claim: 1, kind: 'band', y: 20, height: 280 });
    // 13 July to the end of 19 July: seven days, where the band shows four.
    expect(g?.x).toBeCloseTo(xOf(Date.UTC(2009, 6, 13)));
    expect(g?.width).toBeCloseTo(70);
    expect(g?.dash[0]).toBeGreaterThan(0);
    expect(g?.color).toBe(frame.color);
  });

  it('draws the selected event’s ghosts stronger, in the selection colour', () => {
    const plain = withClaimGhosts(scene([band(false)], []), claims, frame).ghosts?.[0];
    const sel = withClaimGhosts(scene([band(true)], []), claims, frame).ghosts?.[0];
    expect(sel?.color).toBe(frame.selectedColor);
    expect(sel?.lineWidth).toBeGreaterThan(plain?.lineWidth ?? Infinity);
    expect(sel?.opacity).toBeGreaterThan(plain?.opacity ?? 1);
  });

  it("puts a mark's ghost at the claimed date, in its row, linked by a curve above", () => {
    const out = withClaimGhosts(scene([], [mark('keynote', 13)]), claims, frame);
    const g = out.ghosts?.[0];
    expect(g?.kind).toBe('mark');
    expect(g?.glyph?.x).toBeCloseTo(xOf(Date.UTC(2009, 6, 20)));
    expect(g?.glyph?.y).toBe(120);
    expect(g?.link).not.toBeNull();
    expect(g?.link?.x0).toBeGreaterThan(mark('keynote', 13).x);
    expect(g?.link?.x1).toBeLessThan(g?.glyph?.x ?? 0);
    expect(g?.link?.cy).toBeLessThan(120 - 6);
  });

  it('draws nothing where the claimed date coincides with the mark at this zoom', () => {
    const wide = { ...frame, domain: [t0, t0 + 3650 * DAY] as const };
    // Ten years over 310 px: the mark sits where 13 July falls, the claim a week later.
    const at = { ...mark('keynote', 13), x: (12 * 310) / 3650 };
    const out = withClaimGhosts(scene([], [at]), claims, wide);
    expect(out.ghosts).toBeUndefined();
  });

  it('leaves the scene untouched when no disputed event is in view', () => {
    const s = scene([], [mark('agreed', 10)]);
    expect(withClaimGhosts(s, claims, frame)).toBe(s);
    expect(withClaimGhosts(s, new Map(), frame)).toBe(s);
  });

  it("draws no band ghost where the claimed days and the band's are only a few px apart", () => {
    // Ten years over 310 px: 13–16 July and 13–19 July are both about a pixel wide.
    const wide = { ...frame, domain: [t0, t0 + 3650 * DAY] as const };
    const k = 310 / (3650 * DAY);
    const b = { ...band(false), x: 12 * DAY * k, width: 3 };
    expect(withClaimGhosts(scene([b], []), claims, wide).ghosts).toBeUndefined();
  });

  it('skips ghosts wholly outside the frame', () => {
    const later = { ...frame, domain: [t0 + 40 * DAY, t0 + 71 * DAY] as const };
    expect(withClaimGhosts(scene([band(false)], []), claims, later).ghosts).toBeUndefined();
  });
});

describe('painting the ghosts', () => {
  const claims = claimExtentsOf([conference, moved]);
  const out = withClaimGhosts(scene([band(true)], [mark('keynote', 13)]), claims, frame);

  it('strokes dashed outlines on the canvas and never fills one', () => {
    const rec = recordingContext();
    paintGhosts(rec.ctx, out.ghosts ?? [], 'band');
    const dash = rec.calls.find((c) => c.name === 'setLineDash');
    expect((dash?.args[0] as number[]).length).toBe(2);
    expect(rec.calls.filter((c) => c.name === 'strokeRect')).toHaveLength(1);
    expect(rec.calls.some((c) => c.name === 'fill' || c.name === 'fillRect')).toBe(false);
    const marks = recordingContext();
    paintGhosts(marks.ctx, out.ghosts ?? [], 'mark');
    expect(marks.calls.filter((c) => c.name === 'arc')).toHaveLength(1);
    expect(marks.calls.filter((c) => c.name === 'quadraticCurveTo')).toHaveLength(1);
    expect(marks.calls.some((c) => c.name === 'strokeRect')).toBe(false);
  });

  it('writes the same ghosts into the SVG, each carrying its event and claim', () => {
    const svg = sceneToSvg(out);
    const ghosts = svg.match(/<g class="claim-ghost[^"]*"[^>]*>/g) ?? [];
    expect(ghosts).toHaveLength(2);
    expect(ghosts[0]).toContain('data-event-id="wpc09"');
    expect(ghosts[0]).toContain('data-claim="1"');
    expect(svg).toMatch(/class="claim-ghost claim-ghost--mark" data-event-id="keynote"/);
    expect(svg).toMatch(/<rect[^>]*fill="none"[^>]*stroke-dasharray="5 3"/);
    // The band's ghost comes before any event group, the mark's under the marks.
    expect(svg.indexOf('claim-ghost--band')).toBeLessThan(svg.indexOf('claim-ghost--mark'));
  });
});

describe("the ghosts' key", () => {
  const box = { width: 120, height: 24 };
  const measure = (text: string, px: number) => text.length * px * 0.6;
  const halo = (x: number, y: number) => ({
    id: 'e',
    text: 'Label',
    title: 'Label',
    whole: true,
    width: 100,
    x,
    y,
    size: 12,
    weight: 400 as const,
    color: '#000',
    anchor: 'start' as const,
    opacity: 1,
    role: 'event-label',
    content: true,
    selected: false,
    halo: { x, y: y - 8, width: 100, height: 16, color: '#fff' },
  });

  it('sits bottom right when nothing is there', () => {
    expect(keyCorner(scene([], []), box, measure)).toBe('bottom-right');
  });

  it('moves to a corner where it covers no event label or mark', () => {
    // A label across the bottom right of a 310 × 300 frame: the key goes top right.
    const s = { ...scene([], []), labels: [halo(200, 290)] };
    expect(keyCorner(s, box, measure)).toBe('top-right');
    const both = { ...s, marks: [mark('m', 20, false)].map((m) => ({ ...m, x: 250, y: 50 })) };
    expect(keyCorner(both, box, measure)).toBe('bottom-left');
  });

  it('covers least where every corner has something', () => {
    const s = {
      ...scene([], []),
      labels: [halo(200, 290), halo(200, 50), halo(0, 50), halo(0, 295)],
    };
    // The bottom-left label is only half under the key's box: that corner covers least.
    expect(keyCorner(s, box, measure)).toBe('bottom-left');
  });
});
