import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import { themeArcs } from '../../../src/lib/themeArcs';
import { loadFixture, miniRaw, readFixture } from '../../setup/fixtures';
import { getI18n } from '../../../src/i18n/i18n';

const en = getI18n();

function load(raw: unknown) {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset, result.warnings);
}

describe('themeArcs', () => {
  it('gives first/last appearance, peak year, key events and a summary (mini fixture)', () => {
    const arcs = themeArcs(loadFixture(), en);
    expect(arcs.map((a) => a.themeId)).toEqual(['alpha', 'beta', 'gamma']);
    const [alpha, beta, gamma] = arcs;
    expect(alpha).toMatchObject({
      count: 3,
      firstMs: Date.UTC(2001, 2, 3),
      lastMs: Date.UTC(2002, 6, 1),
      peakYear: 2001,
      peakCount: 2,
    });
    expect(alpha!.opening?.id).toBe('e1');
    expect(alpha!.closing?.id).toBe('e4');
    expect(alpha!.summary).toBe(
      'Alpha theme: 3 events, from March 2001 (Alpha launches) to June 2002 (Approximate alpha); busiest in 2001 (2 events).',
    );
    // A tie between 2001 and 2003 goes to the earlier year; a year-only date reads "2003".
    expect(beta).toMatchObject({ count: 2, peakYear: 2001, peakCount: 1 });
    expect(beta!.summary).toBe(
      'Beta theme: 2 events, from March 2001 (Beta reacts) to 2003 (Beta in 2003).',
    );
    expect(gamma!.summary).toBe('Gamma theme: 1 event, in September 2001 (Gamma period).');
    expect(gamma!.lastMs).toBe(Date.UTC(2002, 2, 1));
  });

  it('prefers announcements and keynotes over reactions on the same day', () => {
    const raw = miniRaw();
    raw.events.push(
      {
        id: 'k0',
        kind: 'keynote',
        title: 'Beta keynote',
        start: '2001-03-04',
        themes: ['beta'],
        sources: ['src-a'],
      },
      {
        id: 'r9',
        kind: 'reaction',
        title: 'Late beta reaction',
        start: '2003',
        themes: ['beta'],
        sources: ['src-a'],
      },
    );
    const beta = themeArcs(load(raw), en)[1]!;
    expect(beta.count).toBe(4);
    expect(beta.opening?.id).toBe('k0');
    expect(beta.closing?.id).toBe('e5');
    expect(beta.peakYear).toBe(2001);
  });

  it('handles a theme with no events', () => {
    const raw = miniRaw();
    raw.themes.push({
      id: 'delta',
      label: 'Delta theme',
      color: '#1f5fa8',
      pattern: 'solid',
      glyph: 'star',
    });
    const delta = themeArcs(load(raw), en)[3]!;
    expect(delta).toMatchObject({ count: 0, firstMs: null, peakYear: null, opening: null });
    expect(delta.summary).toBe('Delta theme: no events yet.');
  });

  it('agrees with the real dataset', () => {
    const raw = readFixture('../../data/wpc.json') as {
      events: { id: string; start: string; themes: string[] }[];
    };
    const data = load(raw);
    const arcs = themeArcs(data, en);
    const sps = arcs.find((a) => a.themeId === 'software-plus-services')!;
    const withTheme = raw.events.filter((e) => e.themes.includes('software-plus-services'));
    expect(sps.count).toBe(withTheme.length);
    const years = withTheme.map((e) => Number(e.start.slice(0, 4)));
    const tally = new Map<number, number>();
    for (const y of years) tally.set(y, (tally.get(y) ?? 0) + 1);
    const best = Math.max(...tally.values());
    expect(sps.peakYear).toBe(
      Math.min(...[...tally].filter(([, n]) => n === best).map(([y]) => y)),
    );
    const earliest = [...withTheme].sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
    expect(sps.opening?.id).toBe(earliest.id);
    expect(sps.summary.startsWith(`Software + Services: ${withTheme.length} events, from `)).toBe(
      true,
    );
  });

  it('copes with a theme of 200,000 events (no argument-spread stack overflow)', () => {
    const n = 200_000;
    const events = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      themes: ['t'],
      startMs: Date.UTC(2000, 0, 1) + i * 60_000,
      endMs: Date.UTC(2000, 0, 1) + i * 60_000 + (i === 10 ? 10 ** 12 : 0),
      startDate: { year: 2000, month: 1, day: 1, precision: 'day' },
    }));
    const data = {
      dataset: { themes: [{ id: 't', label: 'T' }] },
      events,
    } as unknown as Parameters<typeof themeArcs>[0];
    const [arc] = themeArcs(data, en);
    expect(arc?.count).toBe(n);
    expect(arc?.lastMs).toBe(Date.UTC(2000, 0, 1) + 10 * 60_000 + 10 ** 12);
  });
});
