import { beforeAll, describe, expect, it } from 'vitest';
import { eventDates } from '../../../src/domain/eventDates';
import { parseEdtf } from '../../../src/domain/edtf';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import { edtfWords } from '../../../src/lib/edtfWords';
import { describeEventPrecision, formatEventDate } from '../../../src/lib/formatDate';

const FORMS = [
  '2007-07?',
  '2007-07~',
  '2007-07%',
  '200X',
  '2007-XX',
  '2007-07/..',
  '/2008',
  '../2008',
  '2007-07/',
  '2007-07~/2007-09',
  '[2007-07-10, 2007-07-12]',
  '[..2007-07-16]',
  '[2007-07-16..]',
] as const;

describe('EDTF dates in words', () => {
  let en: Translator;
  let de: Translator;
  beforeAll(async () => {
    await loadMessages('de');
    en = i18nFor('en');
    de = i18nFor('de');
  });

  it('reads every form in English', () => {
    expect(FORMS.map((f) => edtfWords(parseEdtf(f), en))).toEqual([
      'possibly July 2007',
      'about July 2007',
      'possibly about July 2007',
      'a year from 2000 to 2009',
      'a month in 2007',
      'July 2007 onwards',
      'until 2008, start unknown',
      'until 2008',
      'from July 2007, end unknown',
      'about July 2007 – September 2007',
      '10 July 2007 or 12 July 2007',
      '16 July 2007 or earlier',
      '16 July 2007 or later',
    ]);
  });

  it('reads every form in German', () => {
    expect(FORMS.map((f) => edtfWords(parseEdtf(f), de))).toEqual([
      'vielleicht Juli 2007',
      'etwa Juli 2007',
      'vielleicht etwa Juli 2007',
      'ein Jahr von 2000 bis 2009',
      'ein Monat im Jahr 2007',
      'ab Juli 2007',
      'bis 2008, Beginn unbekannt',
      'bis 2008',
      'ab Juli 2007, Ende unbekannt',
      'etwa Juli 2007 – September 2007',
      '10. Juli 2007 oder 12. Juli 2007',
      '16. Juli 2007 oder früher',
      '16. Juli 2007 oder später',
    ]);
  });

  it('lists three or more choices as the language does', () => {
    const d = parseEdtf('[2007-07-10, 2007-07-11, 2007-07-12]');
    expect(edtfWords(d, en)).toBe('10 July 2007, 11 July 2007, or 12 July 2007');
    expect(edtfWords(d, de)).toBe('10. Juli 2007, 11. Juli 2007 oder 12. Juli 2007');
  });

  it('gives an event its EDTF words, and says how the date is written', () => {
    const e = eventDates({ start: '[..2007-07-16]' });
    expect(formatEventDate(e, en)).toBe('16 July 2007 or earlier');
    expect(describeEventPrecision(e, en)).toBe('written [..2007-07-16] in EDTF');
    // A plain date keeps today's words and "c." for dateCertainty.
    const plain = { ...eventDates({ start: '2007-07' }), dateCertainty: 'approximate' as const };
    expect(formatEventDate(plain, en)).toBe('c. July 2007');
    const open = { ...eventDates({ start: '2007-07/..' }), dateCertainty: 'inferred' as const };
    expect(formatEventDate(open, de)).toBe('ca. ab Juli 2007');
  });
});
