import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/domain/types';
import {
  competingClaims,
  countDisputed,
  disputedEventIds,
  filterDisputed,
  isDisputed,
  onlyEvents,
} from '../../../src/lib/disputed';

const ev = (id: string, start: string, end?: string, claims?: string[]): TimelineEvent =>
  ({
    id,
    title: id,
    start,
    ...(end === undefined ? {} : { end }),
    ...(claims === undefined
      ? {}
      : { dateClaims: claims.map((date) => ({ date, sources: ['s1'] })) }),
  }) as TimelineEvent;

const plain = ev('plain', '2008-07-07', '2008-07-10');
const agreeing = ev('agree', '2009-07-13', '2009-07-16', ['2009-07-13/2009-07-16']);
const disputed = ev('wpc09', '2009-07-13', '2009-07-16', [
  '2009-07-13/2009-07-16',
  '2009-07-13/2009-07-19',
]);
const disputedEnd = ev('wpc10', '2010-07-11', '2010-07-15', ['2010-07-11/2010-07-16']);

describe('disputed dates', () => {
  it('lists only the claims that name another date than the event', () => {
    expect(competingClaims(disputed).map((c) => c.date)).toEqual(['2009-07-13/2009-07-19']);
    expect(competingClaims(agreeing)).toEqual([]);
    expect(competingClaims(plain)).toEqual([]);
  });

  it('counts an event as disputed when a claim differs, however it is written', () => {
    expect(isDisputed(disputed)).toBe(true);
    expect(isDisputed(disputedEnd)).toBe(true);
    expect(isDisputed(agreeing)).toBe(false);
    expect(countDisputed([plain, agreeing, disputed, disputedEnd])).toBe(2);
  });

  it('the filter keeps only disputed events when on and every event when off', () => {
    const all = [plain, agreeing, disputed, disputedEnd];
    expect(filterDisputed(all, true).map((e) => e.id)).toEqual(['wpc09', 'wpc10']);
    expect(filterDisputed(all, false)).toBe(all);
  });
});

const wpc = JSON.parse(readFileSync('data/wpc.json', 'utf8')) as { events: TimelineEvent[] };

describe('disputed events (conflicts too)', () => {
  const base = { id: 'e', title: 'e', start: '2009-07-13' } as TimelineEvent;
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

describe('onlyEvents', () => {
  it('keeps what every filter that is on keeps, and is null when none is on', () => {
    expect(onlyEvents(null, null)).toBeNull();
    expect([...onlyEvents(new Set(['a', 'b']), null)!]).toEqual(['a', 'b']);
    expect([...onlyEvents(new Set(['a', 'b']), new Set(['b', 'c']))!]).toEqual(['b']);
  });
});
