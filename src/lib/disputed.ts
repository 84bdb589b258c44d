/**
 * The open questions of a dataset, for students: an event is disputed when its sources
 * disagree, either in a recorded conflict (attendance, wording, a price, the dates) or in a
 * dated claim of another date than the one the event is drawn at (`dateClaims`). Pure.
 */
import type { TimelineEvent } from '../domain/types';

type Evidence = Pick<TimelineEvent, 'start' | 'conflicts' | 'dateClaims'>;

/** Whether the sources disagree about this event. */
export function isDisputed(e: Evidence): boolean {
  if ((e.conflicts?.length ?? 0) > 0) return true;
  return (e.dateClaims ?? []).some((c) => c.date !== e.start);
}

/** The ids of every disputed event, in the order given. */
export function disputedEventIds(
  events: readonly (Evidence & { readonly id: string })[],
): ReadonlySet<string> {
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
