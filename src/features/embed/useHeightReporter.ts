import { useEffect, type RefObject } from 'react';
import { makeHeightMessage } from './heightMessage';

/**
 * Tells the parent window the embed's content height, so a host page can size the iframe:
 * once on mount, then whenever the element's height changes (a ResizeObserver, coalesced to
 * one message per animation frame, and none when the rounded height is unchanged).
 *
 * The target origin is '*': the embed cannot know its host's origin (any site may embed it),
 * and the message carries nothing secret — a number, and the id the host itself put in the
 * URL. Hosts must check `event.origin` (this app's origin) before trusting a message.
 *
 * Measure an element that wraps all content with `display: flow-root` (so child margins are
 * inside it) and has no height of its own: not the document, which never gets shorter than
 * the iframe it is in.
 */
export function useHeightReporter(ref: RefObject<HTMLElement | null>, id: string | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    let frame = 0;
    const send = () => {
      frame = 0;
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(makeHeightMessage(height, id), '*');
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(send);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    schedule();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, id]);
}
