/**
 * Dates of a deep-time file in words, wherever the app shows one: years beyond Date read as
 * years ago once the cosmological module has registered its words (the loader does this for
 * every file on that scale); calendar years before the Common Era read "500 BCE" / "500 v. Chr.",
 * never a year 0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWords } from '../../../src/queries/yearsAgoWords';
import { eventDates } from '../../../src/domain/eventDates';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import { edtfWords } from '../../../src/lib/edtfWords';
import { formatEventDate, formatSpan } from '../../../src/lib/formatDate';
import { parsePartialDate } from '../../../src/domain/dates';

let en: Translator;
let de: Translator;
beforeAll(async () => {
  await loadMessages('de');
  en = i18nFor('en');
  de = i18nFor('de');
  registerWords(() => i18nFor('en'), i18nFor);
});

const words = (start: string, i18n: Translator, end?: string) => {
  const d = eventDates({ start, end });
  return formatEventDate({ ...d, edtf: d.edtf }, i18n);
};

describe('deep and BCE dates in words', () => {
  it('reads the Big Bang (TimelineJS -13800000000) as 13.8 billion years ago', () => {
    expect(words('Y-13799999999', en)).toBe('13.8 billion years ago');
    expect(words('Y-13799999999', de)).toBe('vor 13,8 Milliarden Jahren');
    expect(words('Y-64999999', en)).toBe('65 million years ago');
    expect(words('Y-64999999', de)).toBe('vor 65 Millionen Jahren');
  });

  it('reads a deep span and an approximate deep year in words, never as a number of days', () => {
    expect(words('Y-4599999999', en, 'Y-4499999999')).toBe(
      '4.6 billion years ago – 4.5 billion years ago',
    );
    expect(edtfWords(parseEdtfOf('Y-64999999~'), en)).toBe('about 65 million years ago');
  });

  it('reads calendar years before the Common Era with their era, and no year 0', () => {
    expect(words('-0499', en)).toBe('500 BCE');
    expect(words('-0499', de)).toBe('500 v. Chr.');
    expect(words('0000', en)).toBe('1 BCE');
    expect(words('0001', en)).toBe('1');
    expect(words('-0499', en, '0099')).toBe('500 BCE – 99');
  });

  it('writes a window in deep time as years ago at both ends', () => {
    const from = parsePartialDate('Y-13799999999').startMs;
    const to = parsePartialDate('Y-64999999').endMs;
    expect(formatSpan([from, to], 'en')).toBe('13.8 billion years ago – 65 million years ago');
  });
});

function parseEdtfOf(text: string) {
  const d = eventDates({ start: text });
  if (!d.edtf) throw new Error(`${text} is EDTF`);
  return d.edtf;
}
