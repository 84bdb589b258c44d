import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disputedEventIds, isDisputed } from '../../../src/lib/disputed';

const wpc = JSON.parse(readFileSync('data/wpc.json', 'utf8')) as {
  events: {
    id: string;
    start: string;
    conflicts?: { about: string; claims: { claim: string; sources: string[] }[] }[];
    dateClaims?: { date: string; sources: string[] }[];
  }[];
};

describe('disputed events', () => {
  const base = { start: '2009-07-13' };
  it('are those whose sources disagree in a recorded conflict', () => {
    expect(isDisputed(base)).toBe(false);
    expect(
      isDisputed({
        ...base,
        conflicts: [
          {
            about: 'Attendance',
            claims: [
              { claim: '8,000', sources: ['a'] },
              { claim: '12,000', sources: ['b'] },
            ],
          },
        ],
      }),
    ).toBe(true);
    expect(isDisputed({ ...base, conflicts: [] })).toBe(false);
  });

  it('or that carry a dated claim of another date than the one drawn', () => {
    expect(isDisputed({ ...base, dateClaims: [{ date: '2009-07-13', sources: ['a'] }] })).toBe(
      false,
    );
    expect(
      isDisputed({
        ...base,
        dateClaims: [
          { date: '2009-07-13', sources: ['a'] },
          { date: '2009-07-12', sources: ['b'] },
        ],
      }),
    ).toBe(true);
  });

  it('in the shipped data: every event with a recorded conflict, and no other without a claim', () => {
    const ids = disputedEventIds(wpc.events);
    const withConflicts = wpc.events.filter((e) => (e.conflicts?.length ?? 0) > 0);
    expect(withConflicts.length).toBeGreaterThan(5);
    for (const e of withConflicts) expect(ids.has(e.id), e.id).toBe(true);
    for (const e of wpc.events)
      if (!e.conflicts?.length && !e.dateClaims?.some((c) => c.date !== e.start))
        expect(ids.has(e.id), e.id).toBe(false);
    // WPC 2009's dates are one of the open questions (13–16 or 13–19 July).
    expect(ids.has('wpc-2009')).toBe(true);
  });
});
