/** At the latest this long after start-up, even if no timeline is drawn (an error page). */
export const REGISTER_BY_MS = 8000;

/**
 * Runs `work` once the first timeline is on screen (the `timeline-drawn` mark) and the page
 * is idle: used to install the service worker, which downloads and caches the whole app (about
 * 1 MB) and runs its script; started on `load`, on a 2-core machine that competed with drawing
 * the timeline.
 */
export function afterFirstDraw(work: () => void, latestMs = REGISTER_BY_MS): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    if (typeof globalThis.requestIdleCallback === 'function') {
      globalThis.requestIdleCallback(work, { timeout: 2000 });
    } else setTimeout(work, 0);
  };
  const timer = setTimeout(go, latestMs);
  if (performance.getEntriesByName('timeline-drawn', 'mark').length > 0) {
    go();
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('timeline-drawn').length > 0) go();
    });
    observer.observe({ type: 'mark' });
  } catch {
    // No PerformanceObserver for marks: the timer above still registers the worker.
  }
}
