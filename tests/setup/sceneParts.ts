/**
 * Hand-made scene parts for unit tests of the passes that run after a scene is composed (note
 * glyphs, claim ghosts): a plain mark and an empty scene, each overridable.
 */
import type { ChartScene, SceneMark } from '../../src/lib/chart/sceneTypes';

export function sceneMark(id: string, x: number, over: Partial<SceneMark> = {}): SceneMark {
  return {
    id,
    lane: 'alpha',
    x,
    y: 50,
    glyph: 'circle',
    r: 6,
    fill: '#1f5fa8',
    fillOpacity: 1,
    stroke: '#1a1a1a',
    strokeWidth: 1,
    dashed: false,
    opacity: 1,
    selected: false,
    ...over,
  };
}

export function blankScene(over: Partial<ChartScene> = {}): ChartScene {
  return {
    width: 400,
    height: 100,
    headerHeight: 20,
    rowsTop: 20,
    background: '#ffffff',
    bands: [],
    grid: [],
    bandLabels: [],
    ticks: [],
    lanes: [],
    density: [],
    bars: [],
    marks: [],
    labels: [],
    patterns: [],
    ...over,
  };
}
