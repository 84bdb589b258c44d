import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validateDataset';
import { prepareDataset } from '../../../src/domain/indexes';
import { checkEventSources, groupChecks } from '../../../src/lib/standpoints';

/** The shipped standpoints (issue 18): only what the seeds and the dossier support. */
const raw: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
);
const result = validateDataset(raw);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const data = prepareDataset(result.dataset, result.warnings);
const sources = data.dataset.sources;
const byId = (id: string) => {
  const s = data.sourcesById.get(id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};

describe('the shipped standpoints', () => {
  it('give every source one, saying how it is known wherever it is not "not stated"', () => {
    for (const s of sources) {
      expect(s.standpoint, s.id).toBeDefined();
      const known = s.standpoint?.relation !== 'not-stated' || s.standpoint.basis !== 'not-stated';
      if (known) expect(s.standpoint?.note, s.id).toBeTruthy();
      // Readers see the note: no dossier reference numbers in it.
      expect(s.standpoint?.note ?? '', s.id).not.toMatch(/\bS\d+\b|dossier|seed/i);
    }
  });

  it('call only Microsoft’s own publications and the venue’s press release "vendor"', () => {
    const vendors = sources.filter((s) => s.standpoint?.relation === 'vendor');
    for (const s of vendors) {
      expect(
        /^Microsoft\b/.test(s.outlet) || s.id === 'cnw-2012-07-03-mtcc-welcomes-wpc',
        s.id,
      ).toBe(true);
    }
    const transcripts = sources.filter(
      (s) => s.kind === 'transcript' && s.outlet === 'Microsoft News Center',
    );
    expect(transcripts.length).toBeGreaterThan(0);
    for (const s of transcripts) {
      expect(s.standpoint).toMatchObject({ relation: 'vendor', basis: 'first-hand' });
    }
  });

  it('place a journalist on site only where the text says so (seed 002: “there are 15,000 people here”)', () => {
    const onSite = sources.filter((s) => s.standpoint?.relation === 'journalist-on-site');
    expect(onSite.map((s) => s.id)).toEqual(['talkincloud-2011-07-12-cloud-momentum']);
  });

  it('mark the posts that pass on another text as repeating it (seeds 001 and 003)', () => {
    expect(byId('jeremy-lq-2007-07-16-hosting-partners').standpoint).toMatchObject({
      relation: 'commentator',
      basis: 'repeats',
    });
    expect(byId('rcp-bekker-2011-07-13-why-partners-like-ballmer').standpoint).toMatchObject({
      basis: 'repeats',
    });
    // Seed 004: Microsoft paid the writer's way to WPC 2010.
    expect(byId('bradley-2010-07-14-one-on-one-conversations').standpoint).toMatchObject({
      relation: 'participant',
      basis: 'first-hand',
    });
    // Seed 000 does not say whether Bekker was in the hall.
    expect(byId('rcp-bekker-2008-07-09-ballmer-therapist').standpoint?.relation).toBe('not-stated');
  });

  it('let a student question the 2011 keynote’s sources by who wrote them', () => {
    const event = data.eventsById.get('wpc-2011-ballmer-keynote');
    expect(event).toBeDefined();
    if (!event) return;
    const groups = groupChecks(checkEventSources(event, data.sourcesById), 'relation');
    const keys = groups.map((g) => g.key);
    expect(keys).toContain('journalist-on-site');
    expect(keys.at(-1)).toBe('not-stated');
  });
});
