import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { de } from '../../../src/i18n/messages/de';

/**
 * Office 365 Open was announced at WPC 2012 in Toronto (July 2012) and became available in
 * March 2013 (research dossier F-2012-05 and M-26). Our own sentences have said otherwise
 * before ("Office 365 Open offered it in 2012"), so every tour note, glossary definition,
 * event summary and interface string is checked here: a sentence that ties Office 365 Open to
 * its availability and gives a date must give March 2013, and may carry another date only
 * when it also speaks of the announcement.
 */

/** Office 365 Open by name, or Office 365 sold through Open (volume) licensing. */
const OPEN =
  /Office 365 Open|\bOpen[- ](volume[- ])?licen[cs]ing|\b(through|via|über) (the )?Open\b|Open-(Volumen)?[Ll]izenz/i;
/** Words that say it could be had, not merely that it was announced. */
const AVAILABLE =
  /\b(available|availability|on sale|offered|offers|offering|provided|launched|arrived|went live|rolled out|let|lets|letting|allowed|allows|could (now )?(buy|bill|resell|sell)|verfügbar|erhältlich|angeboten|eingeführt|gestartet|ermöglicht(e|en)?|konnten|können)\b/i;
const ANNOUNCED = /\b(announc\w*|introduc\w*|unveil\w*|angekündigt|Ankündigung|vorgestellt)\b/i;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember';
/** "March 2013", "9 July 2012", "2012", "WPC 2012", and dates given only by reference. */
const DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\s+\\d{4}|(?:19|20)\\d{2}|(?:a|one|ein) (?:year|Jahr) (?:after|later|nach|später)|Toronto)\\b`,
  'gi',
);
const RIGHT = /^(March|März)\s+2013$/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z„“"'(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Why a sentence misdates Office 365 Open's availability, or null when it does not. */
function misdatesOpen(sentence: string): string | null {
  if (!OPEN.test(sentence) || !AVAILABLE.test(sentence)) return null;
  const dates = sentence.match(DATE) ?? [];
  if (dates.length === 0) return null;
  const others = dates.filter((d) => !RIGHT.test(d));
  if (others.length === dates.length) return `availability dated ${others.join(', ')}`;
  if (others.length > 0 && !ANNOUNCED.test(sentence))
    return `availability given with ${others.join(', ')} and no word of an announcement`;
  return null;
}

interface Text {
  where: string;
  text: string;
}

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
) as {
  events: { id: string; summary?: string }[];
  quotes: { id: string; context?: string }[];
  glossary: { id: string; definition: string }[];
  tours: { id: string; description?: string; stops: { id?: string; notes?: string }[] }[];
};

function catalogueTexts(name: string, messages: Record<string, unknown>): Text[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>)).map(
      (text) => ({ where: `${name} ${key}`, text }),
    ),
  );
}

const texts: Text[] = [
  ...data.tours.flatMap((tour) => [
    { where: `tour ${tour.id}`, text: tour.description ?? '' },
    ...tour.stops.map((s) => ({ where: `tour stop ${s.id ?? '?'}`, text: s.notes ?? '' })),
  ]),
  ...data.glossary.map((g) => ({ where: `glossary ${g.id}`, text: g.definition })),
  ...data.events.map((e) => ({ where: `event ${e.id}`, text: e.summary ?? '' })),
  ...data.quotes.map((q) => ({ where: `quote ${q.id} context`, text: q.context ?? '' })),
  ...catalogueTexts('en.ts', en),
  ...catalogueTexts('de.ts', de),
];

describe('the date of Office 365 Open availability', () => {
  it('flags the wording the audit found, and passes the corrected wording', () => {
    for (const old of [
      // Glossary "resale-model" and "direct-billing", tour stop "epilogue-toronto-2012", before issue 13.
      'Partners asked Ballmer for one before WPC 2011; Office 365 Open offered it in 2012.',
      'When Office 365 Open arrived in 2012 the same words were used the other way round, for partners billing their own customers.',
      'A year after Los Angeles, Microsoft let partners buy Office 365 through Open licensing and bill their own customers, to loud applause.',
      "A way of selling Office 365 through Microsoft's Open volume-licensing programme, announced at WPC 2012, that lets partners buy the service and invoice customers themselves.",
      'Office 365 Open became available in April 2013.',
      'Office 365 Open stand ab Juli 2012 zur Verfügung und war ab 2012 erhältlich.',
    ]) {
      expect(misdatesOpen(old), old).not.toBeNull();
    }
    for (const fine of [
      'Microsoft announced it at WPC 2012, in July 2012, and Office 365 Open became available in March 2013.',
      'At Toronto in July 2012 Microsoft announced Office 365 Open, under which partners would be able to buy Office 365 through Open licensing.',
      'Office 365 Open ist seit März 2013 erhältlich.',
      'Office 365 launched on 28 June 2011.',
    ]) {
      expect(misdatesOpen(fine), fine).toBeNull();
    }
  });

  it('is given as March 2013 in every tour note, glossary definition, summary and interface string', () => {
    const wrong = texts.flatMap(({ where, text }) =>
      sentences(text).flatMap((s) => {
        const why = misdatesOpen(s);
        return why ? [`${where}: ${why}: "${s}"`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('is stated where readers look for it: the glossary entry and the Toronto tour stop', () => {
    const statesMarch2013 = (text: string) =>
      sentences(text).some((s) => OPEN.test(s) && AVAILABLE.test(s) && /March 2013/.test(s));
    const glossary = data.glossary.find((g) => g.id === 'office-365-open');
    const epilogue = data.tours
      .flatMap((t) => t.stops)
      .find((s) => s.id === 'epilogue-toronto-2012');
    expect(statesMarch2013(glossary?.definition ?? '')).toBe(true);
    expect(statesMarch2013(epilogue?.notes ?? '')).toBe(true);
  });
});
