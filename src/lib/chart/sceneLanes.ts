/**
 * The chart's lanes: a rule and the theme's name for each lane in view, and the density rows
 * where a lane aggregates its events into bars whose strength grows with the count.
 */
import type { LaneGroup } from '../laneLayout';
import type { SceneDensity, SceneLane, SceneRect } from './sceneTypes';
import { text, type SceneFrame, type SceneInput } from './sceneInput';

export function composeLanes(input: SceneInput, { s }: SceneFrame): SceneLane[] {
  const { width, height, scrollTop, metrics: m, palette: pal, fit } = input;
  const viewBottom = scrollTop + height;
  const lanes: SceneLane[] = [];
  const { layout, geometry } = input;
  geometry.laneHeaders.forEach((h, gi) => {
    const next = geometry.laneHeaders[gi + 1];
    const bottom = next ? next.y : geometry.contentHeight - m.bottomPadding;
    if (bottom < scrollTop + m.headerHeight || h.y > viewBottom) return;
    const y = h.y - scrollTop;
    const label = input.strings.laneLabel(h.key);
    lanes.push({
      key: h.key,
      top: y,
      bottom: bottom - scrollTop,
      rule: { x: 0, y, width, height: 1, fill: pal.gridMajor },
      label: text({
        text: input.fitToFrame ? fit.fit(label, width - 16 * s, m.lanePx, true) : label,
        x: 8 * s,
        y: y + 13.5 * s,
        size: m.lanePx,
        weight: 700,
        color: pal.laneLabel,
        role: 'lane-label',
        content: h.key !== null,
      }),
      eventCount: layout.groups[gi]?.eventCount ?? 0,
    });
  });
  return lanes;
}

export function composeDensity(input: SceneInput, frame: SceneFrame): SceneDensity[] {
  const { s, xOf, rowVisible, colorOf } = frame;
  const { width, scrollTop, metrics: m, palette: pal, themes, fit, layout, geometry } = input;
  const density: SceneDensity[] = [];
  const folded = new Map<number, number>();
  for (const box of geometry.densityRows) if (box.folded) folded.set(box.groupIndex, box.top);
  for (const [gi, g] of layout.groups.entries()) {
    if (g.densityRow === null || g.density.length === 0) continue;
    const headerTop = folded.get(gi);
    if (headerTop !== undefined) {
      const d = foldedCount(input, frame, g, headerTop - scrollTop);
      if (d !== null) density.push(d);
      continue;
    }
    if (!rowVisible(g.densityRow)) continue;
    const top = (input.rowTop[g.densityRow] ?? 0) - scrollTop;
    let maxCount = 1;
    for (const b of g.density) if (b.count > maxCount) maxCount = b.count;
    const logMax = Math.log(maxCount + 1);
    const bars: (SceneRect & { opacity: number })[] = [];
    let count = 0;
    for (const b of g.density) {
      const x0 = xOf(b.startMs);
      const x1 = xOf(b.endMs);
      if (x1 < 0 || x0 > width) continue;
      count += b.count;
      const f = Math.log(b.count + 1) / logMax;
      const h = 4 * s + (m.rowHeight - 10 * s) * f;
      bars.push({
        x: x0,
        y: top + m.rowHeight - 3 * s - h,
        width: Math.max(1.5, x1 - x0 - 0.5),
        height: h,
        fill: '',
        opacity: 0.35 + 0.65 * f,
      });
    }
    const themeIdx = themes.findIndex((t) => t.id === g.key);
    let label: SceneDensity['label'] = null;
    if (count > 0) {
      const t = input.strings.moreHere(count);
      const shown = input.fitToFrame ? fit.fit(t, width - 16 * s, m.densityPx) : t;
      const w = fit.measure(shown, m.densityPx);
      label = {
        ...text({
          text: shown,
          x: 8 * s,
          y: top + 12 * s,
          size: m.densityPx,
          weight: 400,
          color: pal.muted,
          role: 'more',
          content: false,
        }),
        halo: { x: 4 * s, y: top + s, width: w + 8 * s, height: 15 * s, color: pal.halo },
      };
    }
    const faint = input.faintLanes?.has(g.key) ?? false;
    density.push({
      lane: g.key,
      top,
      fill: colorOf(themeIdx),
      opacity: faint ? 0.3 : 1,
      bars,
      count,
      label,
    });
  }
  return density;
}

/**
 * A folded lane (the stage, when every lane must fit the frame): no bars, and the count of the
 * events the lane holds in view written after its name in the lane's header.
 */
function foldedCount(
  input: SceneInput,
  { s, xOf, colorOf }: SceneFrame,
  g: LaneGroup,
  top: number,
): SceneDensity | null {
  const { width, height, metrics: m, palette: pal, themes, fit } = input;
  if (top + m.laneHeaderHeight < m.headerHeight || top > height) return null;
  let count = 0;
  for (const b of g.density) if (xOf(b.endMs) >= 0 && xOf(b.startMs) <= width) count += b.count;
  if (count === 0) return null;
  const name = input.strings.laneLabel(g.key);
  const x = 8 * s + fit.measure(name, m.lanePx, true) + 12 * s;
  const room = width - x - 8 * s;
  const t = input.strings.moreHere(count);
  const shown = input.fitToFrame ? fit.fit(t, room, m.densityPx) : t;
  if (shown === '' || room <= 0) return null;
  return {
    lane: g.key,
    top,
    fill: colorOf(themes.findIndex((th) => th.id === g.key)),
    opacity: 1,
    bars: [],
    count,
    label: {
      ...text({
        text: shown,
        x,
        y: top + 13.5 * s,
        size: m.densityPx,
        weight: 400,
        color: pal.muted,
        role: 'more',
        content: false,
      }),
      halo: { x: x - 4 * s, y: top + s, width: 0, height: 0, color: pal.halo },
    },
  };
}
