import { describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import {
  describeSegment,
  isStanceGroup,
  quoteGroupMatches,
  stanceSegments,
} from '../../../src/lib/stance';
import { loadFixture } from '../../setup/fixtures';
import { getI18n, i18nFor, loadMessages } from '../../../src/i18n/i18n';

const en = getI18n();

const zero = { reassuring: 0, warning: 0, critical: 0, momentum: 0, neutral: 0 };

/** A hand-made dataset with known answers. */
function handMade(): LoadedDataset {
  const ev = (id: string, kind: string, start: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind,
    title: `Event ${id}`,
    start,
    themes: ['t1'],
    sources: ['s'],
    ...extra,
  });
  let n = 0;
  const q = (eventId: string, stance: string, extra: Record<string, unknown> = {}) => ({
    id: `q${++n}`,
    text: `Words ${n}.`,
    speaker: 'Someone',
    speakerGroup: 'microsoft',
    eventId,
    sourceId: 's',
    themes: ['t1'],
    stance,
    ...extra,
  });
  const raw = {
    schemaVersion: 3,
    title: 'Hand-made',
    themes: [
      { id: 't1', label: 'One', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' },
      { id: 't2', label: 'Two', color: '#a3361f', pattern: 'dots', glyph: 'square' },
    ],
    sources: [{ id: 's', title: 'S', outlet: 'O', kind: 'news' }],
    events: [
      ev('c1', 'conference', '2009-07-13', { end: '2009-07-16', conference: 'X 2009' }),
      ev('k1', 'keynote', '2009-07-14', { conference: 'X 2009' }),
      ev('r1', 'reaction', '2009-07-20'),
      ev('m0', 'milestone', '2009-07-02'),
      ev('m1', 'milestone', '2009-08-30', { themes: ['t2'] }),
      ev('m2', 'milestone', '2009-11-02'),
    ],
    quotes: [
      q('k1', 'reassuring'),
      q('k1', 'reassuring'),
      q('k1', 'reassuring', { speakerGroup: 'partner' }),
      q('k1', 'warning', { speakerGroup: 'press' }),
      q('r1', 'critical', { speakerGroup: 'analyst' }),
      q('m0', 'neutral'),
      q('m1', 'momentum', { themes: [] }),
      q('m1', 'neutral', { date: '2009-10-01' }),
      q('m2', 'warning'),
    ],
  };
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset, result.warnings);
}

describe('stanceSegments on the mini fixture', () => {
  const data = loadFixture();

  it('puts conference quotes in the conference and the rest in quarters', () => {
    const segs = stanceSegments(data, {}, en);
    expect(segs.map((s) => [s.id, s.label, s.total, s.quoteIds, s.thin])).toEqual([
      ['conf-2001', 'Fixture Conf 2001', 2, ['q1', 'q2'], true],
      ['q-2001-3', 'Q3 2001', 1, ['q3'], true],
      ['q-2003-1', 'Q1 2003', 1, ['q4'], true],
    ]);
    expect(segs[0]!.counts).toEqual({ ...zero, reassuring: 1, critical: 1 });
    expect(segs[0]!.startMs).toBe(Date.UTC(2001, 2, 2));
    expect(segs[0]!.endMs).toBe(Date.UTC(2001, 2, 6));
    expect(segs[1]!.startMs).toBe(Date.UTC(2001, 6, 1));
    expect(segs[1]!.endMs).toBe(Date.UTC(2001, 9, 1));
    expect(segs[1]!.counts).toEqual({ ...zero, momentum: 1 });
  });

  it('filters by speaker group (no group counts as other) and by theme', () => {
    expect(stanceSegments(data, { group: 'microsoft' }, en).map((s) => s.quoteIds)).toEqual([
      ['q1'],
    ]);
    expect(stanceSegments(data, { group: 'partner+other' }, en).map((s) => s.quoteIds)).toEqual([
      ['q2'],
      ['q4'],
    ]);
    expect(stanceSegments(data, { group: 'press+analyst' }, en).map((s) => s.quoteIds)).toEqual([
      ['q3'],
    ]);
    expect(stanceSegments(data, { themeFilter: ['beta'] }, en).map((s) => s.quoteIds)).toEqual([
      ['q2'],
      ['q4'],
    ]);
    expect(stanceSegments(data, { themeFilter: [] }, en)).toEqual([]);
    expect(stanceSegments(data, { group: 'all', themeFilter: null }, en)).toHaveLength(3);
  });
});

describe('stanceSegments on a hand-made dataset', () => {
  const data = handMade();

  it('gives the known segments', () => {
    const segs = stanceSegments(data, {}, en);
    expect(segs.map((s) => [s.id, s.label, s.context, s.quoteIds])).toEqual([
      ['q-2009-3-before-c1', 'Q3 2009', 'before X 2009', ['q6']],
      ['c1', 'X 2009', null, ['q1', 'q2', 'q3', 'q4', 'q5']],
      ['q-2009-3-after-c1', 'Q3 2009', 'after X 2009', ['q7']],
      ['q-2009-4', 'Q4 2009', null, ['q8', 'q9']],
    ]);
    const conf = segs[1]!;
    expect(conf.counts).toEqual({ ...zero, reassuring: 3, warning: 1, critical: 1 });
    expect(conf.total).toBe(5);
    expect(conf.thin).toBe(false);
    // Quarters are clipped to the gap between conferences.
    expect(segs[0]!.startMs).toBe(Date.UTC(2009, 6, 1));
    expect(segs[0]!.endMs).toBe(Date.UTC(2009, 6, 13));
    expect(segs[2]!.startMs).toBe(Date.UTC(2009, 6, 17));
    expect(segs[2]!.endMs).toBe(Date.UTC(2009, 9, 1));
    // The quote's own date wins over its event's (q8 is on an August event, dated October).
    expect(segs[3]!.counts).toEqual({ ...zero, neutral: 1, warning: 1 });
    expect(segs[3]!.thin).toBe(true);
  });

  it('speaks the language it is given, though buckets are worked out once per dataset', async () => {
    expect(stanceSegments(data, {}, en)[0]!.context).toBe('before X 2009');
    await loadMessages('de');
    const de = i18nFor('de');
    expect(stanceSegments(data, {}, de).map((s) => s.context)).toEqual([
      'vor X 2009',
      null,
      'nach X 2009',
      null,
    ]);
    expect(stanceSegments(data, {}, en)[2]!.context).toBe('after X 2009');
  });

  it('takes the event themes when a quote has none', () => {
    expect(stanceSegments(data, { themeFilter: ['t2'] }, en).map((s) => s.quoteIds)).toEqual([
      ['q7'],
    ]);
  });

  it('describes a segment in words', () => {
    const segs = stanceSegments(data, {}, en);
    expect(describeSegment(segs[1]!, en)).toBe(
      'X 2009: 5 quotes — 3 reassuring, 1 warning, 1 critical',
    );
    expect(describeSegment(segs[0]!, en)).toBe(
      'Q3 2009 (before X 2009): 1 quote — 1 neutral (thin evidence)',
    );
  });

  it('matches speaker groups', () => {
    expect(isStanceGroup('press+analyst')).toBe(true);
    expect(isStanceGroup('nobody')).toBe(false);
    const q = data.quotesById.get('q5')!;
    expect(quoteGroupMatches(q, 'press+analyst')).toBe(true);
    expect(quoteGroupMatches(q, 'analyst')).toBe(true);
    expect(quoteGroupMatches(q, 'press')).toBe(false);
  });
});
