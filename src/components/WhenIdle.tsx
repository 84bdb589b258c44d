import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Renders its children once the browser has been idle after the first paint: for panels
 * below the fold or for print, so they never delay the timeline's first frame. Printing
 * before then renders them at once.
 */
export function WhenIdle({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const go = () => {
      setReady(true);
    };
    const idle = typeof window.requestIdleCallback === 'function';
    const idleHandle = idle ? window.requestIdleCallback(go, { timeout: 1000 }) : 0;
    const timer = idle ? undefined : setTimeout(go, 0);
    const beforePrint = () => {
      flushSync(go);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      if (idle) window.cancelIdleCallback(idleHandle);
      clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ready]);
  return ready ? children : null;
}
