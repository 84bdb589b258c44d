/** The import worker's events as JSON text: the page gets back the dataset it would have cloned. */
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { importText } from '../../../src/import/importDataset';
import { packDataset, unpackDataset } from '../../../src/import/wire';

function importedOf(text: string) {
  const outcome = importText(text, 't.json');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

describe('packDataset and unpackDataset', () => {
  it('give back the same events, in order, with their lookups', () => {
    const n = 2003;
    const events = Array.from({ length: n }, (_, i) => ({
      start_date: { year: String(1900 + (i % 90)), month: String((i % 12) + 1) },
      ...(i % 5 === 0 ? { end_date: { year: '1999' } } : {}),
      text: { headline: `Event ${i} – “quoted”`, text: `<p>Body <b>${i}</b></p>` },
      group: `G${i % 3}`,
    }));
    const { dataset, warnings } = importedOf(JSON.stringify({ events }));
    const origin = 'https://example.org/t.json';
    const packed = packDataset(dataset, warnings, origin, 1000);
    if (packed === null) throw new Error('expected the events packed');
    expect(packed.eventsJson).toHaveLength(3);
    expect(packed.dataset).not.toHaveProperty('events');
    const back = unpackDataset(structuredClone(packed));
    expect(back).toEqual(prepareDataset(dataset, warnings, origin));
    expect(back.events.map((e) => e.order)).toEqual([...Array(n).keys()]);
    const last = back.events[n - 1]!;
    expect(back.eventsById.get(last.id)).toBe(last);
  });

  it('leaves a dataset with EDTF dates to be cloned as it is', () => {
    const { dataset, warnings } = importedOf(
      JSON.stringify({
        schemaVersion: 2,
        title: 'T',
        themes: [{ id: 't', label: 'T', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' }],
        sources: [{ id: 's', title: 'S', outlet: 'O', kind: 'other' }],
        events: [{ id: 'e', title: 'E', start: '2007-07~', themes: ['t'], sources: ['s'] }],
        quotes: [],
      }),
    );
    expect(prepareDataset(dataset).events[0]?.edtf).toBeDefined();
    expect(packDataset(dataset, warnings, null)).toBeNull();
  });
});
