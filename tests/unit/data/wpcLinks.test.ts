import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validateDataset';

/** The shipped links (issue 19): sourced, in our own words, and honest about readings. */
const raw: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
);
const result = validateDataset(raw);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const { dataset } = result;
const links = dataset.links ?? [];
const eventsById = new Map(dataset.events.map((e) => [e.id, e]));

describe('the shipped links', () => {
  it('include the 2011 keynote looking back on the 2010 "all in" keynote, from seed 002', () => {
    const l = links.find(
      (x) => x.from === 'wpc-2011-ballmer-keynote' && x.to === 'wpc-2010-ballmer-all-in-keynote',
    );
    expect(l?.kind).toBe('responds-to');
    expect(l?.reading).toBeUndefined();
    expect(l?.sources).toContain('talkincloud-2011-07-12-cloud-momentum');
  });

  it('mark every reading as ours in the note, and only readings say so', () => {
    for (const l of links) {
      expect(l.note.startsWith('Our reading:'), `${l.from} → ${l.to}`).toBe(l.reading === true);
    }
    expect(links.filter((l) => l.reading).length).toBeGreaterThan(0);
  });

  it('cite, for a sourced link, a source that one of its two events cites too', () => {
    for (const l of links.filter((x) => !x.reading)) {
      const cited = new Set([
        ...(eventsById.get(l.from)?.sources ?? []),
        ...(eventsById.get(l.to)?.sources ?? []),
      ]);
      expect(
        l.sources.some((s) => cited.has(s)),
        `${l.from} → ${l.to}`,
      ).toBe(true);
    }
  });

  it('point from the later event to the earlier, except "leads to"', () => {
    for (const l of links) {
      const from = eventsById.get(l.from)?.start ?? '';
      const to = eventsById.get(l.to)?.start ?? '';
      if (l.kind === 'leads-to') expect(from <= to, `${l.from} → ${l.to}`).toBe(true);
      else expect(from >= to, `${l.from} → ${l.to}`).toBe(true);
    }
  });
});
