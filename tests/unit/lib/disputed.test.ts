import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/domain/types';
import {
  competingClaims,
  countDisputed,
  filterDisputed,
  isDisputed,
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
