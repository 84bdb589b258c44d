import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Runs `work` as a transition once the browser has painted the current frame; returns a
 * cancel function. For what should follow an urgent change without holding back its frame.
 */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      startTransition(work);
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value` as of the frame after it changed: a render behind, like `useDeferredValue`, but the
 * catch-up render starts only once the browser has painted the urgent change (and it runs as
 * a transition, in slices). With `useDeferredValue` that render began at once, so the panels'
 * first slice could land before the frame that shows a filter toggle on the chart.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => {
      setShown(() => value);
    });
  }, [value, shown]);
  return shown;
}

/**
 * False for a component's first frame, true from the frame after it was painted (or at once
 * when the page is printed): for content below the first screenful that should not delay it.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const cancel = afterNextPaint(() => {
      setReady(true);
    });
    const beforePrint = () => {
      flushSync(() => {
        setReady(true);
      });
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      cancel();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ready]);
  return ready;
}
