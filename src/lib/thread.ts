/**
 * A thread: the path through the years that an event's links make. From the event it runs
 * back through what it answers, follows up or echoes (and what led to it), and on through
 * what answered it, each way only (no side branches); listed in date order. Cycles and
 * self-links are harmless: every event is visited once.
 */
import type { EventLink } from '../domain/types';

export interface ThreadStep {
  readonly eventId: string;
  /** The links that join this step to the thread, towards the starting event. */
  readonly via: readonly EventLink[];
}

/** The earlier and the later event of a link ("leads to" points forwards, the rest back). */
export function linkSpan(link: EventLink): { earlier: string; later: string } {
  return link.kind === 'leads-to'
    ? { earlier: link.from, later: link.to }
    : { earlier: link.to, later: link.from };
}

/** At most this many steps, so a dense dataset still gives a list one can read. */
export const MAX_THREAD_STEPS = 60;

/**
 * The thread through `eventId`, in order of `startOf` (then id). Links naming unknown events
 * (`startOf` gives undefined) are skipped.
 */
export function buildThread(
  eventId: string,
  links: readonly EventLink[] | undefined,
  startOf: (id: string) => number | undefined,
): ThreadStep[] {
  if (startOf(eventId) === undefined) return [];
  const back = new Map<string, EventLink[]>();
  const forward = new Map<string, EventLink[]>();
  for (const link of links ?? []) {
    const { earlier, later } = linkSpan(link);
    if (earlier === later || startOf(earlier) === undefined || startOf(later) === undefined)
      continue;
    (back.get(later) ?? back.set(later, []).get(later))?.push(link);
    (forward.get(earlier) ?? forward.set(earlier, []).get(earlier))?.push(link);
  }
  const via = new Map<string, EventLink[]>([[eventId, []]]);
  const walk = (edges: Map<string, EventLink[]>, next: (l: EventLink) => string) => {
    const queue = [eventId];
    while (queue.length > 0 && via.size < MAX_THREAD_STEPS) {
      const id = queue.shift() as string;
      for (const link of edges.get(id) ?? []) {
        const other = next(link);
        const seen = via.get(other);
        if (seen) {
          if (other !== eventId && !seen.includes(link)) seen.push(link);
          continue;
        }
        if (via.size >= MAX_THREAD_STEPS) break;
        via.set(other, [link]);
        queue.push(other);
      }
    }
  };
  walk(back, (l) => linkSpan(l).earlier);
  walk(forward, (l) => linkSpan(l).later);
  return [...via.entries()]
    .map(([id, v]) => ({ eventId: id, via: v }))
    .sort(
      (a, b) =>
        (startOf(a.eventId) ?? 0) - (startOf(b.eventId) ?? 0) || (a.eventId < b.eventId ? -1 : 1),
    );
}
