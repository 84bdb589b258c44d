import { startTransition, useEffect, useState } from 'react';

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        startTransition(() => {
          setShown(() => value);
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
