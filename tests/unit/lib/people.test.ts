import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import { peopleIndex } from '../../../src/lib/people';
import { loadFixture, readFixture } from '../../setup/fixtures';

describe('peopleIndex', () => {
  it('lists everyone named, most quoted first, with roles, quotes, events and groups', () => {
    const people = peopleIndex(loadFixture());
    expect(people).toEqual([
      {
        name: 'Sam Partner',
        roles: [{ role: 'Partner', from: '2001-03-04', to: '2001-03-04' }],
        quoteIds: ['q2', 'q4'],
        eventIds: ['e2', 'e5'],
        groups: ['partner'],
      },
      { name: 'Lee Press', roles: [], quoteIds: ['q3'], eventIds: ['e3'], groups: ['press'] },
      {
        name: 'Pat Example',
        roles: [{ role: 'CEO, Example Corp', from: '2001-03-03', to: '2001-03-03' }],
        quoteIds: ['q1'],
        eventIds: ['e1'],
        groups: ['microsoft'],
      },
    ]);
  });

  it('follows roles over time and includes people who are only named (real data)', () => {
    const result = validateDataset(readFixture('../../data/wpc.json'));
    if (!result.ok) throw new Error('bad data');
    const data = prepareDataset(result.dataset);
    const people = peopleIndex(data);
    const raw = result.dataset;
    const elop = people.find((p) => p.name === 'Stephen Elop')!;
    const elopQuotes = raw.quotes.filter((q) => q.speaker === 'Stephen Elop');
    expect(elop.quoteIds).toHaveLength(elopQuotes.length);
    const distinctRoles = [...new Set(elopQuotes.map((q) => q.speakerRole))];
    expect(elop.roles.map((r) => r.role).sort()).toEqual(distinctRoles.sort());
    expect(elop.roles[0]!.from <= elop.roles[elop.roles.length - 1]!.from).toBe(true);
    // Quote ids are in date order.
    const dates = elop.quoteIds.map((id) => data.quotesById.get(id)!.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    const named = raw.events.filter((e) => e.people?.includes('Bill Clinton')).map((e) => e.id);
    expect(people.find((p) => p.name === 'Bill Clinton')).toMatchObject({
      quoteIds: [],
      roles: [],
      eventIds: named,
    });
    const ballmer = people[0]!;
    const counts = new Map<string, number>();
    for (const q of raw.quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    expect(ballmer.quoteIds).toHaveLength(Math.max(...counts.values()));
  });
});
