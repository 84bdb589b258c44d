import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { de } from '../../../src/i18n/messages/de';

/**
 * Regressions for the outside audit of the shipped dataset (issue 13): each case is a place
 * where our own words once said more than the seeds or the research dossier support.
 */

interface Rec {
  id: string;
  [k: string]: unknown;
}
interface Data {
  events: Rec[];
  quotes: Rec[];
  sources: Rec[];
  glossary: Rec[];
  tours: { stops: Rec[] }[];
}

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
) as Data;

const byId = (list: Rec[], id: string): Rec => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const event = (id: string) => byId(data.events, id);
const quote = (id: string) => byId(data.quotes, id);
const stop = (id: string) =>
  byId(
    data.tours.flatMap((t) => t.stops),
    id,
  );
const text = (r: Rec, field: string): string => {
  const value = r[field];
  return typeof value === 'string' ? value : '';
};

describe('the dataset says no more than its sources (issue 13 audit)', () => {
  it('keeps Ballmer’s “mix for awhile”, not “for years” (seed 000)', () => {
    const summary = text(event('wpc-2008-ballmer-keynote'), 'summary');
    expect(summary).not.toMatch(/for years/i);
    expect(summary).toMatch(/for a while|for some time|for awhile/i);
  });

  it('says Ozzie did not appear on stage at WPC 2007, never that he did not attend (M-05)', () => {
    const all = [
      text(event('ozzie-financial-analyst-meeting-2007'), 'summary'),
      text(quote('ozzie-2007-very-very-big-deal'), 'context'),
    ];
    for (const s of all) {
      expect(s).not.toMatch(/did not attend|didn't attend|absent from/i);
      expect(s).toMatch(/not appeared on stage|not appear on stage/i);
    }
  });

  it('does not date a billing dispute to the 2008 fee model (F-2008-05, F-2009-10)', () => {
    expect(text(stop('houston-2008-partner-fees'), 'notes')).not.toMatch(
      /billed the customer|where the later billing dispute starts/i,
    );
  });

  it('hedges the attribution of the seed 004 post to Susan Bradley (U-04)', () => {
    const notes = text(stop('washington-2010-smb-partners'), 'notes');
    expect(notes).toMatch(/Susan Bradley/);
    expect(notes).toMatch(/attributed|does not name|inferred/i);
  });

  it('describes Cloud Accelerate by its benefits, not as paying partners (M-18)', () => {
    for (const messages of [en, de]) {
      const intro: string = messages['header.intro1'];
      expect(intro).toBeTruthy();
      expect(intro).not.toMatch(/paid partners|bezahlt|zahlte/i);
    }
  });

  it('cites only the sources that print the “if you will” wording (U-08)', () => {
    const withWording = data.quotes.filter((q) => text(q, 'text').includes('if you will'));
    expect(withWording.length).toBeGreaterThan(0);
    for (const q of withWording) {
      expect(q.sourceId).toBe('seattletimes-2010-03-betting-future-cloud');
    }
    const speech = event('ballmer-uw-all-in-speech') as Rec & {
      conflicts?: { claims: { claim: string; sources: string[] }[] }[];
    };
    for (const conflict of speech.conflicts ?? []) {
      for (const claim of conflict.claims) {
        if (claim.claim.includes('if you will')) {
          expect(claim.sources).not.toContain('ms-transcript-ballmer-uw-2010-03-04');
        }
      }
    }
  });

  it('marks the day of Turner’s “bet big” line as inferred from the schedule (F-2010-04)', () => {
    for (const r of [quote('turner-2010-bet-big'), event('wpc-2010-turner-bet-big')]) {
      expect(r.dateCertainty).toBe('inferred');
      expect(text(r, 'dateNote')).toMatch(/conference schedule/);
      expect(r.researchRefs).toContain('F-2010-04');
    }
  });

  it('quotes named speakers only: no verbatim quote from the unnamed blogger (dossier rule)', () => {
    for (const q of data.quotes) {
      expect(text(q, 'speaker')).not.toMatch(/name not given|unnamed/i);
    }
  });

  it('does not present a title built from a URL slug as the page’s own title', () => {
    const source = byId(data.sources, 'capturedtech-2011-wpc-toronto-repeat');
    expect(text(source, 'title')).toMatch(/descriptive title/i);
  });

  it('uses neutral words for commenters whose gender the sources do not give', () => {
    for (const q of data.quotes.filter((r) => text(r, 'speaker').startsWith('Randy'))) {
      expect(text(q, 'speakerRole')).not.toMatch(/\b(himself|herself|his|her)\b/i);
    }
  });

  it('keeps Talkin’ Cloud’s hedge on Jenni Flinders’ meetings (seed 002)', () => {
    expect(text(event('wpc-2011-cloud-programme-numbers'), 'summary')).toMatch(/heard|reported/i);
  });

  it('places the Office 365 Open announcement where the sources place it (F-2012-04)', () => {
    expect(text(event('wpc-2012-office-365-open'), 'location')).not.toMatch(/Air Canada Centre/);
  });
});
