import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import type { Source } from '../../../src/domain/types';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import {
  checkEventSources,
  describeWhen,
  groupChecks,
  standpointOf,
  timingGroup,
  writtenWhen,
} from '../../../src/lib/standpoints';
import { miniRaw } from '../../setup/fixtures';

/** The mini fixture, its sources given standpoints and a third, undated source. */
function load(): LoadedDataset {
  const raw = miniRaw();
  raw.sources[0]!.standpoint = { relation: 'journalist-on-site', basis: 'first-hand' };
  raw.sources[1]!.standpoint = { relation: 'commentator', basis: 'repeats', repeats: 'src-a' };
  raw.sources.push({ id: 'src-c', title: 'Undated page', outlet: 'Somewhere', kind: 'other' });
  const e4 = raw.events.find((e) => e.id === 'e4')!;
  (e4.sources as string[]).push('src-c');
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset, r.warnings);
}

function source(date: string | undefined): Source {
  return { id: 's', title: 'T', outlet: 'O', kind: 'news', ...(date ? { date } : {}) };
}

describe('how long after an event a source was written', () => {
  const data = load();
  const ev = (id: string) => data.eventsById.get(id)!;

  it('counts whole days after a one-day event, and a range when a date is a month', () => {
    // e1 is 3 March 2001.
    expect(writtenWhen(source('2001-03-04'), ev('e1'))).toEqual({
      kind: 'after',
      minDays: 1,
      maxDays: 1,
    });
    expect(writtenWhen(source('2001-04'), ev('e1'))).toEqual({
      kind: 'after',
      minDays: 29,
      maxDays: 58,
    });
    // e3 runs from September 2001 to February 2002: after its last day, 28 February at latest.
    expect(writtenWhen(source('2002-03-01'), ev('e3'))).toEqual({
      kind: 'after',
      minDays: 1,
      maxDays: 28,
    });
  });

  it('tells before, the same day, and while a conference ran', () => {
    expect(writtenWhen(source('2001-03-02'), ev('e1')).kind).toBe('before');
    expect(writtenWhen(source('2001-03-03'), ev('e1')).kind).toBe('same-day');
    // conf-2001 runs 2 to 5 March 2001.
    expect(writtenWhen(source('2001-03-04'), ev('conf-2001')).kind).toBe('during');
  });

  it('says "not stated" where the dates leave it open or a date is missing', () => {
    // A source of June 2002 about an event some time in June 2002.
    expect(writtenWhen(source('2002-06'), ev('e4')).kind).toBe('unclear');
    expect(writtenWhen(source('2001'), ev('e1')).kind).toBe('unclear');
    expect(writtenWhen(source(undefined), ev('e1')).kind).toBe('no-source-date');
    expect(timingGroup({ kind: 'unclear' })).toBe('not-stated');
    expect(timingGroup({ kind: 'no-source-date' })).toBe('not-stated');
  });

  it('buckets by the longest possible delay, and only when the range fits one bucket', () => {
    expect(timingGroup({ kind: 'after', minDays: 1, maxDays: 7 })).toBe('within-week');
    expect(timingGroup({ kind: 'after', minDays: 1, maxDays: 31 })).toBe('within-month');
    expect(timingGroup({ kind: 'after', minDays: 200, maxDays: 300 })).toBe('within-year');
    expect(timingGroup({ kind: 'after', minDays: 400, maxDays: 800 })).toBe('later');
    expect(timingGroup({ kind: 'after', minDays: 300, maxDays: 500 })).toBe('not-stated');
    expect(timingGroup({ kind: 'same-day' })).toBe('during');
  });
});

describe('the standpoint in words', () => {
  let en: Translator;
  let de: Translator;
  beforeAll(async () => {
    await loadMessages('de');
    en = i18nFor('en');
    de = i18nFor('de');
  });

  it('reads the timing in English and German', () => {
    const cases = [
      { kind: 'after', minDays: 1, maxDays: 1 },
      { kind: 'after', minDays: 3, maxDays: 3 },
      { kind: 'after', minDays: 29, maxDays: 58 },
      { kind: 'same-day' },
      { kind: 'before' },
      { kind: 'unclear' },
      { kind: 'no-source-date' },
    ] as const;
    expect(cases.map((c) => describeWhen(c, en))).toEqual([
      '1 day after',
      '3 days after',
      '29 to 58 days after',
      'the same day',
      'before it happened',
      'not stated (the dates are too coarse to tell)',
      'not stated (the source has no date)',
    ]);
    expect(cases.map((c) => describeWhen(c, de))).toEqual([
      '1 Tag danach',
      '3 Tage danach',
      '29 bis 58 Tage danach',
      'am selben Tag',
      'bevor es geschah',
      'nicht angegeben (die Daten sind zu ungenau)',
      'nicht angegeben (die Quelle hat kein Datum)',
    ]);
  });

  it('is "not stated" for a source without one', () => {
    expect(standpointOf(source('2001'))).toEqual({
      relation: 'not-stated',
      basis: 'not-stated',
      repeats: null,
      note: null,
    });
  });
});

describe('an event’s sources as a corroboration checklist', () => {
  const data = load();
  const byId = new Map(data.dataset.sources.map((s) => [s.id, s]));
  // e4 cites src-b and src-c, and its attendance conflict sets src-a against src-b.
  const checks = checkEventSources(data.eventsById.get('e4')!, byId);

  it('has one row per source the event cites, in its conflicts too', () => {
    expect(checks.map((c) => c.source.id)).toEqual(['src-b', 'src-c', 'src-a']);
  });

  it('answers who, how close, first-hand or repeating, and whether the others agree', () => {
    const b = checks.find((c) => c.source.id === 'src-b')!;
    expect(b.relation).toBe('commentator');
    expect(b.basis).toBe('repeats');
    expect(b.repeats?.id).toBe('src-a');
    expect(b.claims).toEqual([
      { about: 'Attendance', claim: 'about 150 people', disagreeing: ['src-a'] },
    ]);
    const a = checks.find((c) => c.source.id === 'src-a')!;
    expect(a.repeatedByOthers).toBe(true);
    expect(a.claims[0]?.disagreeing).toEqual(['src-b']);
    const c = checks.find((x) => x.source.id === 'src-c')!;
    expect(c.relation).toBe('not-stated');
    expect(c.claims).toEqual([]);
    expect(c.timing).toBe('not-stated');
  });

  it('groups by each question, in the vocabulary’s order, leaving out empty groups', () => {
    const keys = (by: 'relation' | 'timing' | 'basis') =>
      groupChecks(checks, by).map((g) => [g.key, g.checks.map((c) => c.source.id)]);
    expect(keys('relation')).toEqual([
      ['journalist-on-site', ['src-a']],
      ['commentator', ['src-b']],
      ['not-stated', ['src-c']],
    ]);
    expect(keys('basis')).toEqual([
      ['first-hand', ['src-a']],
      ['repeats', ['src-b']],
      ['not-stated', ['src-c']],
    ]);
    // src-a (4 March 2001) was written before the event of June 2002.
    expect(keys('timing')).toEqual([
      ['before', ['src-a']],
      ['not-stated', ['src-b', 'src-c']],
    ]);
  });
});
