/**
 * Years from 10,000 BCE back to the Big Bang read alike in the details, the table and search
 * (they all call formatEventDate and describeEventPrecision): in words, with the exact figure
 * the source gives when the words round it, so that two events 370,000 years apart near the
 * Big Bang ("13.8 billion years ago" both) are told apart. English and German.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWords } from '../../../src/queries/yearsAgoWords';
import { eventDates } from '../../../src/domain/eventDates';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import { describeEventPrecision, formatEventDate } from '../../../src/lib/formatDate';

let en: Translator;
let de: Translator;
beforeAll(async () => {
  await Promise.all([loadMessages('en'), loadMessages('de')]);
  en = i18nFor('en');
  de = i18nFor('de');
  // What the loader does for a file on the cosmological scale (queries/yearsAgoWords.ts).
  registerWords(() => i18nFor('en'), i18nFor);
});

/** The date and its note as the details panel shows them: "date (note)". */
const shown = (i18n: Translator, start: string, end?: string) => {
  const e = eventDates({ start, end });
  return `${formatEventDate(e, i18n)} (${describeEventPrecision(e, i18n)})`;
};

describe('deep years in the details, the table and search', () => {
  it('gives the exact figure when the words round it (TimelineJS -13799630000, the Dark Ages)', () => {
    expect(shown(en, 'Y-13799629999')).toBe(
      '13.8 billion years ago (13,799,630,000 years ago, as the source gives it)',
    );
    expect(shown(de, 'Y-13799629999')).toBe(
      'vor 13,8 Milliarden Jahren (vor 13.799.630.000 Jahren, wie die Quelle es angibt)',
    );
    expect(shown(en, 'Y-13799999999')).toBe(
      '13.8 billion years ago (13,800,000,000 years ago, as the source gives it)',
    );
  });

  it('does not repeat a figure the words already give exactly', () => {
    expect(shown(en, 'Y-314999')).toBe('315,000 years ago (the year as the source gives it)');
    expect(shown(de, 'Y-314999')).toBe('vor 315.000 Jahren (das Jahr, wie die Quelle es angibt)');
  });

  it('reads years from 10,000 BCE to Date’s limit as BCE years, given as the source gives them', () => {
    expect(shown(en, 'Y-11999')).toBe('12,000 BCE (the year as the source gives it)');
    expect(shown(de, 'Y-11999')).toBe('12.000 v. Chr. (das Jahr, wie die Quelle es angibt)');
    expect(shown(en, '-3499')).toBe('3500 BCE (known to the year)');
    expect(shown(de, '-3499')).toBe('3500 v. Chr. (auf das Jahr bekannt)');
  });

  it('names no single figure for a deep span', () => {
    expect(shown(en, 'Y-538799999', 'Y-251999999')).toBe(
      '539 million years ago – 252 million years ago (the year as the source gives it)',
    );
  });

  it('never reads a deep year as a calendar date, NaN or Invalid Date', () => {
    for (const i18n of [en, de]) {
      for (const start of ['Y-13799999999', 'Y-4599999999', 'Y-314999', 'Y-271821', 'Y-10000']) {
        expect(shown(i18n, start)).not.toMatch(/NaN|Invalid|undefined|\b(19|20)\d\d\b/);
      }
    }
  });
});
