import { beforeAll, describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/domain/dates';
import { currentLocale, i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import {
  describePrecision,
  formatDateLabel,
  formatPartialDate,
  formatPartialRange,
  formatSpan,
} from '../../../src/lib/formatDate';
import { computeTicks } from '../../../src/lib/timeScale';

const p = parsePartialDate;

/**
 * German passed in as an argument while the interface stays English: the formatters read the
 * locale they are given, never a module-level one.
 */
describe('dates in German', () => {
  let de: Translator;
  beforeAll(async () => {
    await loadMessages('de');
    de = i18nFor('de');
    expect(currentLocale()).toBe('en');
  });

  it('uses German month names and date order', () => {
    expect(formatPartialDate(p('2008-07-09'), 'de')).toBe('9. Juli 2008');
    expect(formatPartialDate(p('2008-07'), 'de')).toBe('Juli 2008');
    expect(formatPartialDate(p('2008'), 'de')).toBe('2008');
  });

  it('writes ranges the German way', () => {
    // Intl may use thin or no-break spaces around the dash.
    const range = (a: string, b: string) =>
      formatPartialRange(p(a), p(b), 'de').replace(/\s/g, ' ');
    expect(range('2007-07-10', '2007-07-12')).toBe('10.–12. Juli 2007');
    expect(range('2011-06-30', '2011-07-02')).toBe('30. Juni – 2. Juli 2011');
    expect(range('2010-10', '2011-06')).toBe('Oktober 2010 – Juni 2011');
    expect(range('2010-03', '2010-05')).toBe('März–Mai 2010');
  });

  it('marks approximate dates with "ca." and says how precise they are', () => {
    expect(formatDateLabel(p('2007-07'), null, 'approximate', de)).toBe('ca. Juli 2007');
    expect(describePrecision(p('2007-07'), 'approximate', de)).toBe(
      'ungefähr, auf den Monat angegeben',
    );
    expect(describePrecision(p('2007-07-01'), 'exact', de)).toBe('auf den Tag genau');
  });

  it('states the window with German month abbreviations', () => {
    // What both ends share is said once, as German writes ranges.
    expect(formatSpan([Date.UTC(2008, 6, 1), Date.UTC(2008, 6, 15)], 'de')).toMatch(
      /^1\.\s?–\s?14\. Juli? 2008$/,
    );
    expect(formatSpan([Date.UTC(2010, 0, 1), Date.UTC(2010, 9, 1)], 'de')).toMatch(
      /^Jan\.\s?–\s?Sept?\. 2010$/,
    );
    expect(formatSpan([Date.UTC(2004, 9, 1), Date.UTC(2014, 3, 1)], 'de')).toMatch(
      /^Okt\. 2004\s–\sMärz 2014$/,
    );
  });

  it('labels axis ticks with German month names', () => {
    const ticks = computeTicks([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], 1200, 'de');
    const labels = ticks.map((t) => t.label);
    expect(labels).toContain('2008');
    expect(labels.some((l) => /^Juli?\.?$/.test(l))).toBe(true);
    expect(labels.some((l) => /^(Mär|März)\.?$/.test(l))).toBe(true);
    // A day-level window: "9. Juli", day before month.
    const days = computeTicks([Date.UTC(2008, 6, 7), Date.UTC(2008, 6, 14)], 1200, 'de').map(
      (t) => t.label,
    );
    expect(days.some((l) => /^9\. Juli?\.?$/.test(l))).toBe(true);
  });

  it('keeps English when asked for explicitly', () => {
    expect(formatPartialDate(p('2008-07-09'), 'en')).toBe('9 July 2008');
    const labels = computeTicks([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], 1200, 'en').map(
      (t) => t.label,
    );
    expect(labels).toContain('Jul');
  });
});
