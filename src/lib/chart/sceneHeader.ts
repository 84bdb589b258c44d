/**
 * The chart's header and grid: conference bands with their names in the header strip, eras as
 * a bracket under their name in the same strip (a line from the era's start to its end; plain,
 * not bold, type, so an era never reads as a conference), and the time grid with its tick labels (a label that would run into the next, or out of a slide's
 * frame, is left out).
 */
import type { SceneBand, SceneRect, SceneText } from './sceneTypes';
import { splitConferenceTitle } from '../conferenceTitle';
import { text, type SceneFrame, type SceneInput, LOOKBACK_PX } from './sceneInput';

export function composeBands(
  input: SceneInput,
  { s, xOf, pad }: SceneFrame,
): { bands: SceneBand[]; bandLabels: SceneText[] } {
  const { width, height, metrics: m, palette: pal, fit } = input;
  const bands: SceneBand[] = [];
  const bandLabels: SceneText[] = [];
  const confs = input.conferences;
  confs.forEach((c, i) => {
    const x0 = xOf(c.startMs);
    const x1 = xOf(c.endMs);
    if (x1 < -LOOKBACK_PX || x0 > width) return;
    const selected = c.id === input.selectedId;
    if (x1 >= 0) {
      const y = m.bandLabelHeight;
      const fill = selected ? pal.bandSelected : pal.band;
      bands.push({
        id: c.id,
        x: x0,
        y,
        width: Math.max(3, x1 - x0),
        height: height - y,
        fill,
        selected,
      });
    }
    // A slide names no conference that ended before its window.
    if (input.fitToFrame && x1 < 0) return;
    const x = input.fitToFrame ? Math.max(3 * s, x0 + 3 * s) : x0 + 3 * s;
    const next = confs[i + 1];
    const nextX = next ? xOf(next.startMs) : Infinity;
    let label = input.bandTexts[i] ?? c.title;
    if (input.fitToFrame) {
      // Where the name with its place does not fit, the name alone before any cut.
      const room = Math.min(nextX, width) - x - 2 * pad;
      if (fit.measure(label, m.bandPx, true) > room) label = splitConferenceTitle(c.title).label;
      label = fit.fit(label, room, m.bandPx, true);
    }
    if (label === '' || x > width) return;
    bandLabels.push(
      text({
        text: label,
        x,
        y: m.bandLabelHeight - 8 * s,
        size: m.bandPx,
        weight: 700,
        color: pal.bandLabel,
        role: 'band-label',
        content: true,
        underline: selected,
      }),
    );
  });
  for (const era of input.eras ?? []) {
    const x0 = xOf(era.startMs);
    const x1 = xOf(era.endMs);
    if (x1 < 0 || x0 > width) continue;
    const left = Math.max(0, x0);
    const right = Math.min(width, x1);
    // Eras that meet keep a gap between their brackets.
    bands.push({
      id: `era:${era.label}`,
      x: left,
      y: m.bandLabelHeight - 5 * s,
      width: Math.max(2, right - left - 2 * s),
      height: Math.max(2, 2.5 * s),
      fill: pal.bandLabel,
      selected: false,
      era: true,
    });
    const label = fit.fit(era.label, right - left - 6 * s, m.bandPx);
    if (label === '') continue;
    bandLabels.push(
      text({
        text: label,
        x: left + 3 * s,
        y: m.bandLabelHeight - 9 * s,
        size: m.bandPx,
        weight: 400,
        color: pal.bandLabel,
        role: 'band-label',
        content: true,
        underline: false,
      }),
    );
  }
  return { bands, bandLabels };
}

export function composeGrid(
  input: SceneInput,
  { s, pad }: SceneFrame,
): { grid: SceneRect[]; ticks: SceneText[] } {
  const { width, height, metrics: m, palette: pal, fit } = input;
  const grid: SceneRect[] = [];
  const ticks: SceneText[] = [];
  let tickEnd = -Infinity;
  for (const t of input.ticks) {
    const gy = m.bandLabelHeight + 4 * s;
    grid.push({
      x: Math.round(t.x),
      y: gy,
      width: 1,
      height: height - gy,
      fill: t.major ? pal.gridMajor : pal.grid,
    });
    const x = t.x + 4 * s;
    const w = fit.measure(t.label, m.tickPx, t.major);
    // A label that would run into the next one, or out of a slide's frame, is left out.
    if (x < tickEnd || (input.fitToFrame && x + w > width - pad)) continue;
    tickEnd = x + w + 6 * s;
    ticks.push(
      text({
        text: t.label,
        x,
        y: m.headerHeight - 8 * s,
        size: m.tickPx,
        weight: t.major ? 700 : 400,
        color: t.major ? pal.text : pal.muted,
        role: t.major ? 'tick tick--major' : 'tick',
        content: false,
      }),
    );
  }
  return { grid, ticks };
}
