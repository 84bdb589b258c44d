/**
 * The open questions of a dataset, for students. An event is disputed when its sources
 * disagree: in a recorded conflict (attendance, wording, a price, the dates), or in a dated
 * claim of another date than the event's own (compared by extent, so `2009-07-13/2009-07-16`
 * and the same span written as the event's start and end agree). Pure; the header's count,
 * the "disputed" filter and the chart's ghost marks all read the same rule.
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

/** Whether the sources disagree about this event. */
export function isDisputed(event: TimelineEvent): boolean {
  return (event.conflicts?.length ?? 0) > 0 || competingClaims(event).length > 0;
}

/** The events the "disputed" filter keeps: every event when it is off. */
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

/** The ids of every disputed event. */
export function disputedEventIds(events: readonly TimelineEvent[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of events) if (isDisputed(e)) ids.add(e.id);
  return ids;
}

/**
 * The events that pass every "only these" filter that is on (the disputed ones, the reader's
 * noted ones); null when none is on.
 */
export function onlyEvents(
  ...sets: readonly (ReadonlySet<string> | null)[]
): ReadonlySet<string> | null {
  const on = sets.filter((x): x is ReadonlySet<string> => x !== null);
  if (on.length === 0) return null;
  const [first, ...rest] = on as [ReadonlySet<string>, ...ReadonlySet<string>[]];
  return new Set([...first].filter((id) => rest.every((r) => r.has(id))));
}
