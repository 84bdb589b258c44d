import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDataset, rawDataset, type LoadedDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import { i18nFor, loadMessages } from '../../../src/i18n/i18n';
import { exportAppJson } from '../../../src/import/appJson';
import { exportAppCsv } from '../../../src/import/appCsv';
import { importText } from '../../../src/import/importDataset';
import '../../../src/lib/edtfWords';
import { formatEventDate } from '../../../src/lib/formatDate';
import { exportTimelineJs3 } from '../../../src/lib/exportTimelineJs';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/edtf.json', import.meta.url), 'utf8'),
);

function load(): LoadedDataset {
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset, r.warnings);
}

describe('the EDTF fixture', () => {
  beforeAll(() => loadMessages('de'));

  it('validates, and every event reads its date in words', () => {
    const data = load();
    const en = i18nFor('en');
    const words = Object.fromEntries(data.events.map((e) => [e.id, formatEventDate(e, en)]));
    expect(words).toMatchObject({
      'ev-uncertain': 'possibly March 2007',
      'ev-approximate': 'about July 2007',
      'ev-both': 'possibly about November 2007',
      'ev-decade': 'a year from 2000 to 2009',
      'ev-open': 'July 2007 onwards',
      'ev-unknown-start': 'until 2008, start unknown',
      'ev-interval': 'July–September 2007',
      'ev-one-of': '10 July 2007 or 12 July 2007',
      'ev-before': '16 July 2007 or earlier',
      'ev-plain': '1 February 2008',
    });
    expect(formatEventDate(data.eventsById.get('ev-before')!, i18nFor('de'))).toBe(
      '16. Juli 2007 oder früher',
    );
  });

  it('orders events by the start of their extent: the decade first, then by day', () => {
    const ids = load().events.map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['ev-decade', 'ev-uncertain', 'ev-approximate']);
    expect(ids.indexOf('ev-unknown-start')).toBeGreaterThan(ids.indexOf('ev-both'));
  });

  it('survives export to JSON and CSV and import again, dates as written (claims in JSON)', () => {
    const dataset = rawDataset(load());
    for (const [text, name] of [
      [exportAppJson(dataset), 'edtf.json'],
      [exportAppCsv(dataset), 'edtf.csv'],
    ] as const) {
      const back = importText(text, name);
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      const starts = (d: typeof dataset) => d.events.map((e) => [e.id, e.start, e.end]);
      expect(starts(back.dataset)).toEqual(starts(dataset));
      if (name.endsWith('.csv')) continue; // The app CSV carries no conflicts or claims.
      expect(back.dataset.events.find((e) => e.id === 'ev-disputed')?.dateClaims).toEqual(
        dataset.events.find((e) => e.id === 'ev-disputed')?.dateClaims,
      );
    }
  });

  it('goes to TimelineJS at its first known date, the expression as its display date', () => {
    const tjs = exportTimelineJs3(rawDataset(load())) as { events: Record<string, unknown>[] };
    const slide = (id: string) => tjs.events.find((e) => e.unique_id === id);
    expect(slide('ev-approximate')).toMatchObject({
      start_date: { year: '2007', month: '7' },
      display_date: '2007-07~',
    });
    expect(slide('ev-interval')).toMatchObject({
      start_date: { year: '2007', month: '7' },
      end_date: { year: '2007', month: '9' },
    });
    expect(slide('ev-plain')).not.toHaveProperty('display_date');
    const back = importText(JSON.stringify(tjs), 'edtf-timelinejs.json');
    expect(back.ok).toBe(true);
  });

  it('refuses a claim citing a source the file does not have', () => {
    const bad = structuredClone(raw) as { events: { dateClaims?: { sources: string[] }[] }[] };
    const claims = bad.events[0]?.dateClaims;
    if (claims?.[1]) claims[1].sources = ['nowhere'];
    const r = validateDataset(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toContain(
        'events[0] (id "conf-2007").dateClaims[1].sources[0]',
      );
    }
  });
});
