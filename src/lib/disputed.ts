/**
 * Disputed dates: an event is disputed when one of its dateClaims names a date other than the
 * event's own (compared by extent, so `2009-07-13/2009-07-16` and the same span written as the
 * event's start and end agree). Pure; the chart's ghost marks, the details and the "Disputed"
 * filter all read the same rule.
 */
import { eventExpression, parseEdtf } from '../domain/edtf';
import type { TimelineEvent } from '../domain/types';

type ClaimOf<E extends TimelineEvent> = NonNullable<E['dateClaims']>[number];

function extent(text: string): readonly [number, number] | null {
  try {
    const d = parseEdtf(text);
    return [d.startMs, d.endMs];
  } catch {
    return null;
  }
}

/** The claims whose date differs from the event's own date, in the dataset's order. */
export function competingClaims<E extends TimelineEvent>(event: E): readonly ClaimOf<E>[] {
  const claims = event.dateClaims ?? [];
  if (claims.length === 0) return [];
  const own = extent(eventExpression(event));
  return claims.filter((c) => {
    const x = extent(c.date);
    if (x === null || own === null) return c.date.trim() !== eventExpression(event);
    return x[0] !== own[0] || x[1] !== own[1];
  });
}

export function isDisputed(event: TimelineEvent): boolean {
  return competingClaims(event).length > 0;
}

/** The events the "Disputed" filter keeps: every event when it is off. */
export function filterDisputed<E extends TimelineEvent>(
  events: readonly E[],
  on: boolean,
): readonly E[] {
  return on ? events.filter(isDisputed) : events;
}

export function countDisputed(events: readonly TimelineEvent[]): number {
  let n = 0;
  for (const e of events) if (isDisputed(e)) n++;
  return n;
}
