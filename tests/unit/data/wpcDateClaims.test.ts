import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/domain/edtf';
import { prepareDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import { competingClaims } from '../../../src/lib/disputed';

/** The shipped dated claims (issue 18): the dossier's open date questions, U-13. */
const raw: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
);
const result = validateDataset(raw);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const data = prepareDataset(result.dataset, result.warnings);
const withClaims = data.events.filter((e) => (e.dateClaims?.length ?? 0) > 0);

describe('the shipped dated claims', () => {
  it('name only sources that exist and that the event itself cites', () => {
    expect(withClaims.length).toBeGreaterThan(0);
    for (const e of withClaims)
      for (const c of e.dateClaims ?? [])
        for (const sid of c.sources) {
          expect(data.sourcesById.has(sid), `${e.id}: ${sid}`).toBe(true);
          expect(e.sources, `${e.id}: ${sid}`).toContain(sid);
        }
  });

  it('carry readable dates, one of them the date the chart shows, and no invented confidence', () => {
    for (const e of withClaims) {
      const claims = e.dateClaims ?? [];
      for (const c of claims) expect(() => parseEdtf(c.date), c.date).not.toThrow();
      expect(competingClaims(e).length, e.id).toBe(claims.length - 1);
      // The dossier tags facts C1/C2/INF, not who stood how close: no confidence is shipped.
      for (const c of claims) expect(c.confidence, e.id).toBeUndefined();
    }
  });

  it('are the three open date questions of the dossier', () => {
    const byId = new Map(withClaims.map((e) => [e.id, e.dateClaims?.map((c) => c.date)]));
    expect(Object.fromEntries(byId)).toEqual({
      'wpc-2009': ['2009-07-13/2009-07-16', '2009-07-13/2009-07-19'],
      'wpc-2010': ['2010-07-11/2010-07-15', '2010-07-12/2010-07-15', '2010-07-11/2010-07-16'],
      'wpc-2012': ['2012-07-08/2012-07-12', '2012-07-09/2012-07-13'],
    });
  });
});
