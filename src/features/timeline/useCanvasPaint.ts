import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Theme } from '../../domain/types';
import type { ChartScene } from '../../lib/chart/sceneTypes';
import { makeThemePatterns, paintScene } from './paintScene';

/** The canvas with the scene it last painted, for tests and anyone profiling. */
export type SceneCanvas = HTMLCanvasElement & { chartScene?: ChartScene };

/**
 * Keeps the canvas the size of the visible plot (at the device's pixel ratio) and paints
 * the scene whenever it is a new one: the chart memoises the scene, so a render that changes
 * nothing drawn (its accessible layer catching up) does not repaint.
 */
export function useCanvasPaint(
  canvasRef: RefObject<SceneCanvas | null>,
  scene: ChartScene,
  themes: readonly Theme[],
  fontFamily: string,
  dataKey: unknown,
): void {
  const patternCache = useRef<{ themes: unknown; patterns: (CanvasPattern | null)[] } | null>(null);
  const last = useRef<{ scene: ChartScene; fontFamily: string } | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(scene.width * dpr);
    const h = Math.round(scene.height * dpr);
    // Resizing clears the canvas: then it must be drawn whatever else changed.
    let cleared = false;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      cleared = true;
    }
    if (patternCache.current?.themes !== themes) {
      patternCache.current = { themes, patterns: makeThemePatterns(ctx, scene.patterns) };
    }
    if (!cleared && last.current?.scene === scene && last.current.fontFamily === fontFamily) return;
    last.current = { scene, fontFamily };
    paintScene(ctx, scene, { dpr, patterns: patternCache.current.patterns, fontFamily });
    canvas.chartScene = scene;
  });

  // For the benchmark and for anyone profiling: when the first frame with marks is on screen.
  useEffect(() => {
    const id = requestAnimationFrame(() => performance.mark('timeline-drawn'));
    return () => {
      cancelAnimationFrame(id);
    };
  }, [dataKey]);
}
