import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Hides the stage's controls after `ms` without pointer movement, the way presentation tools
 * do; any movement brings them back. Focus inside the controls keeps them shown (the caller
 * pairs this with :focus-within), so a keyboard user always sees where they are. While
 * `pointerIsBusy` (the laser pointer is on), moving the mouse points and leaves them hidden.
 */
export function useIdleHide(
  ms = 2000,
  pointerIsBusy = false,
): { hidden: boolean; wake: () => void } {
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wake = useCallback(() => {
    setHidden(false);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setHidden(true);
    }, ms);
  }, [ms]);
  useEffect(() => {
    timer.current = setTimeout(() => {
      setHidden(true);
    }, ms);
    const onMove = () => {
      if (!pointerIsBusy) wake();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') wake();
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    window.addEventListener('pointerdown', onMove, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerdown', onMove);
      window.removeEventListener('keydown', onKey);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [wake, ms, pointerIsBusy]);
  return { hidden, wake };
}
