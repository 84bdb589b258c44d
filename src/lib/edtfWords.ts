/**
 * EDTF dates (domain/edtf.ts) in words, in the reader's language: "about July 2007",
 * "possibly 2008", "10 or 12 July 2007", "16 July 2007 or earlier", "July 2007 onwards",
 * "a year from 2000 to 2009".
 */
import type { EdtfDate, EdtfOpenEnd, EdtfPoint } from '../domain/edtf';
import type { Translator } from '../i18n/i18n';
import { LOCALE_INFO } from '../i18n/locales';
import { formatYear } from './deepTime';
import {
  formatMonthYear,
  formatPartialDate,
  formatPartialRange,
  registerEdtfWords,
} from './formatDate';

const QUALIFIED = {
  approximate: 'date.edtf.about',
  uncertain: 'date.edtf.possibly',
  both: 'date.edtf.possiblyAbout',
} as const;

/** One date of an expression in words. */
export function pointWords(p: EdtfPoint, i18n: Translator): string {
  const { t, locale } = i18n;
  const u = p.unspecified;
  const date =
    u === null
      ? formatPartialDate(p.date, locale)
      : u.unit === 'year'
        ? t('date.edtf.someYear', {
            from: formatYear(u.first.year, locale),
            to: formatYear(u.last.year, locale),
          })
        : t(u.unit === 'month' ? 'date.edtf.someMonth' : 'date.edtf.someDay', {
            date: formatMonthYear(u.first, locale),
          });
  return p.qualifier === null ? date : t(QUALIFIED[p.qualifier], { date });
}

const isPoint = (p: EdtfPoint | EdtfOpenEnd): p is EdtfPoint => typeof p !== 'string';

/** The whole expression in words. */
export function edtfWords(d: EdtfDate, i18n: Translator): string {
  const { t, locale } = i18n;
  const v = d.value;
  if (v.kind === 'date') return pointWords(v.point, i18n);
  if (v.kind === 'set') {
    const words = v.points.map((p) => pointWords(p, i18n));
    let text = new Intl.ListFormat(LOCALE_INFO[locale].intl, { type: 'disjunction' }).format(words);
    if (v.earlier) text = t('date.edtf.orEarlier', { date: text });
    if (v.later) text = t('date.edtf.orLater', { date: text });
    return text;
  }
  const { start, end } = v;
  if (isPoint(start) && isPoint(end)) {
    const plain = (p: EdtfPoint) => p.qualifier === null && p.unspecified === null;
    return plain(start) && plain(end)
      ? formatPartialRange(start.date, end.date, locale)
      : t('date.range', { start: pointWords(start, i18n), end: pointWords(end, i18n) });
  }
  if (isPoint(start)) {
    const date = pointWords(start, i18n);
    return t(end === 'open' ? 'date.edtf.onwards' : 'date.edtf.endUnknown', { date });
  }
  const date = isPoint(end) ? pointWords(end, i18n) : '';
  return t(start === 'open' ? 'date.edtf.until' : 'date.edtf.startUnknown', { date });
}

registerEdtfWords(edtfWords);
