import { beforeAll, describe, expect, it } from 'vitest';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import { makeAriaLabeller } from '../../../src/lib/chart/ariaLabels';
import { claimRows } from '../../../src/lib/dateClaims';
import { loadFixture } from '../../setup/fixtures';

const data = loadFixture('edtf.json');
const event = (id: string) => {
  const e = data.eventsById.get(id);
  if (!e) throw new Error(id);
  return e;
};

describe('an event’s dated claims in words', () => {
  let en: Translator;
  let de: Translator;
  beforeAll(async () => {
    await loadMessages('de');
    en = i18nFor('en');
    de = i18nFor('de');
  });

  it('reads each claim’s date, sources and confidence, and marks the date the chart shows', () => {
    const rows = claimRows(event('ev-disputed'), data.sourcesById, en);
    expect(rows.map((r) => [r.words, r.sourceTitles, r.confidence, r.shown])).toEqual([
      ['10 July 2007', ['Fixture memoir by a participant'], 'stated by a participant', true],
      ['12 July 2007', ['Fixture newspaper report'], 'reported at the time', false],
      ['about August 2007', ['Fixture later history'], 'reconstructed later', false],
    ]);
    expect(rows[2]?.note).toBe('A later history puts it a month on.');
    expect(rows[0]?.note).toBeNull();
  });

  it('says so in German', () => {
    const rows = claimRows(event('ev-disputed'), data.sourcesById, de);
    expect(rows.map((r) => [r.words, r.confidence])).toEqual([
      ['10. Juli 2007', 'von einem Teilnehmer angegeben'],
      ['12. Juli 2007', 'zeitnah berichtet'],
      ['etwa August 2007', 'später rekonstruiert'],
    ]);
  });

  it('says "not stated" where the dataset gives no confidence, and skips unknown sources', () => {
    const e = {
      ...event('conf-2007'),
      dateClaims: [{ date: '2007-07-08/2007-07-14', sources: ['src-history', 'gone'] }],
    };
    const [row] = claimRows(e, data.sourcesById, en);
    expect(row?.confidence).toBe('not stated');
    expect(row?.sourceTitles).toEqual(['Fixture later history']);
    expect(row?.shown).toBe(false);
    expect(claimRows(e, data.sourcesById, de)[0]?.confidence).toBe('nicht angegeben');
    expect(claimRows(event('ev-plain'), data.sourcesById, en)).toEqual([]);
  });

  it('a disputed date is in the mark’s accessible name, with the number of claims', () => {
    const label = makeAriaLabeller(data, en);
    expect(label(event('ev-disputed'), false)).toMatch(/, date disputed: 3 claims$/);
    expect(label(event('conf-2007'), false)).toMatch(/, date disputed: 2 claims$/);
    expect(makeAriaLabeller(data, de)(event('ev-disputed'), false)).toMatch(
      /, Datum umstritten: 3 Angaben$/,
    );
    const plain = data.events.find((e) => !e.dateClaims);
    expect(plain).toBeDefined();
    expect(label(plain!, false)).not.toContain('disputed');
  });
});
