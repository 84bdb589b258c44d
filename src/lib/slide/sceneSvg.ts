/**
 * A chart scene (lib/chart/sceneTypes) written as SVG elements: the slide exports draw the
 * same scene the canvas paints, composed with `fitToFrame` so nothing runs under the frame.
 * Each event is one group (bar, glyph, label on its halo) that carries its id; the selected
 * event's group is last. Pure: a scene in, a string out.
 */
import { glyphPath, patternId, patternPath } from '../glyphs';
import { noteGlyphPath } from '../chart/noteMarks';
import { arrowsSvg } from './arrowSvg';
import { extentSvg } from './extentSvg';
import { ghostsSvg } from './ghostSvg';
import type { ChartScene, SceneLabel, SceneMark, SceneBar, SceneText } from '../chart/sceneTypes';
import { el, textEl, type Attrs } from './xml';

/** `rgba(r,g,b,a)` as a colour and an opacity (SVG 1.1 viewers do not all read rgba). */
function paint(color: string): { fill: string; opacity: number | undefined } {
  const m = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(color);
  if (!m) return { fill: color, opacity: undefined };
  const hex = [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
  return { fill: `#${hex}`, opacity: Number(m[4]) };
}

function sceneText(t: SceneText, extra: Attrs = {}, text = t.text): string {
  return textEl(
    {
      ...extra,
      x: t.x,
      y: t.y,
      'text-anchor': t.anchor === 'end' ? 'end' : undefined,
      'text-decoration': t.underline ? 'underline' : undefined,
      'font-size': t.size,
      'font-weight': t.weight === 400 ? undefined : t.weight,
      fill: t.color,
    },
    text,
  );
}

function labelSvg(l: SceneLabel): string {
  const halo = paint(l.halo.color);
  const box = el('rect', {
    x: l.halo.x,
    y: l.halo.y,
    width: l.halo.width,
    height: l.halo.height,
    fill: halo.fill,
    'fill-opacity': halo.opacity,
    stroke: l.outline,
    'stroke-width': l.outline === undefined ? undefined : 2,
    rx: l.outline === undefined ? undefined : 4,
  });
  const lines = l.lines ?? [l.text];
  const step = l.lineHeight ?? 0;
  const texts = lines
    .map((line, i) =>
      sceneText({ ...l, y: l.y + i * step }, { class: i === 0 ? 'event-label' : undefined }, line),
    )
    .join('');
  return box + texts;
}

function markSvg(m: SceneMark, background: string): string {
  const note = m.noted
    ? el('path', {
        class: 'note-mark',
        d: noteGlyphPath(m),
        fill: background,
        stroke: m.stroke,
        'stroke-width': 1.25,
      })
    : '';
  return (
    el('path', {
      class: 'glyph',
      d: glyphPath(m.glyph, m.r),
      transform: `translate(${String(Math.round(m.x * 100) / 100)},${String(Math.round(m.y * 100) / 100)})`,
      fill: m.fill,
      'fill-opacity': m.fillOpacity === 1 ? undefined : m.fillOpacity,
      stroke: m.stroke,
      'stroke-width': m.strokeWidth,
      'stroke-dasharray': m.dashed ? '4 3' : undefined,
    }) + note
  );
}

function barSvg(b: SceneBar): string {
  return el('rect', {
    class: 'bar',
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    fill: b.pattern >= 0 ? `url(#${patternId(b.pattern)})` : b.fill,
  });
}

/** The pattern definitions the scene's bars refer to. */
export function scenePatternDefs(scene: ChartScene): string {
  return scene.patterns
    .map((p) => {
      const d = patternPath(p.pattern);
      const filled = p.pattern === 'dots' || p.pattern === 'checker';
      return el(
        'pattern',
        { id: patternId(p.index), width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
        el('rect', { width: 8, height: 8, fill: p.color }) +
          (d === null
            ? ''
            : el('path', {
                d,
                stroke: '#ffffff',
                'stroke-width': 1.6,
                fill: filled ? '#ffffff' : 'none',
              })),
      );
    })
    .join('');
}

/** The scene's drawing, in its own coordinates (0,0 at the frame's top left). */
export function sceneToSvg(scene: ChartScene): string {
  const out: string[] = [];
  for (const b of scene.bands)
    out.push(
      el('rect', {
        ...(b.era ? { class: 'era' } : { class: 'band', 'data-event-id': b.id }),
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        fill: b.fill,
      }),
    );
  for (const g of scene.grid)
    out.push(el('rect', { x: g.x, y: g.y, width: g.width, height: g.height, fill: g.fill }));
  if (scene.ghosts) out.push(ghostsSvg(scene.ghosts, 'band'));
  out.push(
    el('g', { class: 'axis' }, scene.ticks.map((t) => sceneText(t, { class: t.role })).join('')),
  );
  for (const b of scene.bandLabels) out.push(sceneText(b, { class: 'band-label' }));
  for (const lane of scene.lanes) {
    out.push(
      el(
        'g',
        { class: 'lane', 'data-lane': lane.key ?? '' },
        el('rect', { ...lane.rule }) + sceneText(lane.label, { class: 'lane-label' }),
      ),
    );
  }
  for (const d of scene.density) {
    const bars = d.bars
      .map((b) =>
        el('rect', {
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          fill: d.fill,
          'fill-opacity': b.opacity,
        }),
      )
      .join('');
    const label = d.label;
    const halo = label ? paint(label.halo.color) : null;
    out.push(
      el(
        'g',
        {
          class: 'more',
          'data-lane': d.lane ?? '',
          'data-count': d.count,
          opacity: d.opacity === 1 ? undefined : d.opacity,
        },
        bars +
          (label && halo
            ? el('rect', {
                x: label.halo.x,
                y: label.halo.y,
                width: label.halo.width,
                height: label.halo.height,
                fill: halo.fill,
                'fill-opacity': halo.opacity,
              }) + sceneText(label)
            : ''),
      ),
    );
  }
  if (scene.ghosts) out.push(ghostsSvg(scene.ghosts, 'mark'));
  // Links under the marks, as on the canvas.
  if (scene.arrows) out.push(arrowsSvg(scene.arrows));
  // One group per event: its bar, glyph and label; the labels' order (faint first, the
  // selected one last) decides the groups' order, events without a label come first.
  const barsOf = new Map(scene.bars.map((b) => [b.id, b]));
  const marksOf = new Map(scene.marks.map((m) => [m.id, m]));
  const extentsOf = new Map((scene.extents ?? []).map((e) => [e.id, e]));
  const labelled = new Set(scene.labels.map((l) => l.id));
  const order = [
    ...new Set([
      ...scene.bars.map((b) => b.id),
      ...extentsOf.keys(),
      ...scene.marks.map((m) => m.id),
    ]),
  ].filter((id) => !labelled.has(id));
  const selected = new Set(scene.marks.filter((m) => m.selected).map((m) => m.id));
  const groups = [...order, ...scene.labels.map((l) => l.id)];
  const labelOf = new Map(scene.labels.map((l) => [l.id, l]));
  for (const id of groups) {
    const bar = barsOf.get(id);
    const mark = marksOf.get(id);
    const label = labelOf.get(id);
    const extent = extentsOf.get(id);
    const opacity = (mark ?? bar ?? label)?.opacity ?? 1;
    out.push(
      el(
        'g',
        {
          class: selected.has(id) || label?.selected ? 'event is-selected' : 'event',
          'data-event-id': id,
          opacity: opacity === 1 ? undefined : opacity,
        },
        (bar ? barSvg(bar) : '') +
          (extent ? extentSvg(extent) : '') +
          (mark ? markSvg(mark, scene.background) : '') +
          (label ? labelSvg(label) : ''),
      ),
    );
  }
  return out.join('');
}
