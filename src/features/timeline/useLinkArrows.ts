import { useMemo } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { composeLinkArrows, type ArrowEnd } from '../../lib/chart/linkArrows';
import type { ChartPalette } from '../../lib/chart/palette';
import type { ChartScene } from '../../lib/chart/sceneTypes';
import type { ChartMetrics } from '../../lib/chartGeometry';
import { linkIndexOf, linksToDraw } from '../../lib/links';
import type { Domain } from '../../lib/viewport';
import type { ChartModel } from './useChartModel';

/**
 * The scene with its link arrows: the selected and focused events' links, or all of them
 * behind "Show links". With nothing to draw, the scene is returned as it is and nothing else
 * is worked out (no lookup of marks, no geometry).
 */
export function useLinkArrows(
  data: LoadedDataset,
  model: ChartModel,
  scene: ChartScene,
  view: { domain: Domain; scrollTop: number },
  look: { metrics: ChartMetrics; palette: ChartPalette },
  ids: { selectedId: string | null; focusedId: string | null; showAll: boolean },
): ChartScene {
  const all = data.dataset.links;
  const { selectedId, focusedId, showAll } = ids;
  const links = useMemo(
    () => linksToDraw(all, linkIndexOf(all), showAll, [selectedId, focusedId]),
    [all, showAll, selectedId, focusedId],
  );
  const { items, layout, rowTop } = model;
  const wanted = links.length > 0;
  // Where each item is, for ends outside the frame: built only while arrows are drawn.
  const itemById = useMemo(
    () => (wanted ? new Map(items.map((it, i) => [it.id, i])) : null),
    [wanted, items],
  );
  const { domain, scrollTop } = view;
  const { metrics, palette } = look;
  return useMemo(() => {
    if (!itemById || links.length === 0) return scene;
    const onScreen = new Map<string, ArrowEnd>();
    for (const m of scene.marks) onScreen.set(m.id, { x: m.x, y: m.y, r: m.r });
    const k = scene.width / Math.max(1, domain[1] - domain[0]);
    const positionOf = (id: string): ArrowEnd | null => {
      const seen = onScreen.get(id);
      if (seen) return seen;
      const i = itemById.get(id);
      if (i === undefined) return null;
      const row = layout.rowByIndex[i] ?? -1;
      const item = items[i];
      if (row < 0 || !item) return null;
      return {
        x: (item.startMs - domain[0]) * k,
        y: (rowTop[row] ?? 0) + metrics.rowHeight / 2 - scrollTop,
        r: metrics.glyphR,
      };
    };
    const strong = new Set([selectedId, focusedId].filter((x): x is string => x !== null));
    const arrows = composeLinkArrows(
      links,
      positionOf,
      { width: scene.width, height: scene.height, top: scene.rowsTop },
      strong,
      { normal: palette.text, strong: palette.select },
    );
    return { ...scene, arrows };
  }, [
    scene,
    links,
    itemById,
    items,
    layout,
    rowTop,
    domain,
    scrollTop,
    metrics,
    palette,
    selectedId,
    focusedId,
  ]);
}
