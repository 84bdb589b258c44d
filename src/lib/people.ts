/** Everyone the story names: who they were (roles over time), what they said, where they appear. */
import type { LoadedDataset } from '../domain/indexes';
import type { SpeakerGroup } from '../domain/types';
import { quotesInDateOrder } from './stance';

export interface PersonRole {
  readonly role: string;
  /** The date (as written in the data) of the first quote given under this role. */
  readonly from: string;
  /** The date of the last quote given under this role before it changed. */
  readonly to: string;
}

export interface Person {
  readonly name: string;
  /** Roles in date order; consecutive quotes with the same role are merged. */
  readonly roles: readonly PersonRole[];
  /** Their quotes in date order. */
  readonly quoteIds: readonly string[];
  /** Events naming them in `people`, or where they were quoted; in date order. */
  readonly eventIds: readonly string[];
  /** Speaker groups of their quotes, in order of first appearance. */
  readonly groups: readonly SpeakerGroup[];
}

/** Everyone, most-quoted first, then by name. */
export function peopleIndex(data: LoadedDataset): Person[] {
  const names = new Set<string>();
  for (const q of data.dataset.quotes) names.add(q.speaker);
  for (const e of data.events) for (const p of e.people ?? []) names.add(p);
  const quotes = quotesInDateOrder(data.dataset.quotes, data);
  const people = [...names].map((name): Person => {
    const own = quotes.filter((q) => q.speaker === name);
    const roles: { role: string; from: string; to: string }[] = [];
    const groups: SpeakerGroup[] = [];
    for (const q of own) {
      const when = q.date ?? data.eventsById.get(q.eventId)?.start ?? '';
      if (q.speakerRole !== undefined) {
        const prev = roles[roles.length - 1];
        if (prev?.role === q.speakerRole) prev.to = when;
        else roles.push({ role: q.speakerRole, from: when, to: when });
      }
      if (q.speakerGroup !== undefined && !groups.includes(q.speakerGroup))
        groups.push(q.speakerGroup);
    }
    const eventIdSet = new Set(own.map((q) => q.eventId));
    const eventIds = data.events
      .filter((e) => eventIdSet.has(e.id) || (e.people ?? []).includes(name))
      .map((e) => e.id);
    return { name, roles, quoteIds: own.map((q) => q.id), eventIds, groups };
  });
  return people.sort(
    (a, b) => b.quoteIds.length - a.quoteIds.length || a.name.localeCompare(b.name, 'en'),
  );
}
