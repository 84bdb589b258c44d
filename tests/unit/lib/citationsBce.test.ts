/**
 * Sources dated before the Common Era and in deep time, in every citation format. The dataset
 * counts years astronomically (-0499 is 500 BCE, 0000 is 1 BCE); each format gets the year as
 * its standard counts it:
 * - CSL-JSON counts historically, with no year 0 (CSL 1.0.2, "AD and BC": "-2500" is 2500BC),
 *   so 500 BCE is -500 and 1 BCE is -1;
 * - biblatex's `date` is ISO 8601-2 (astronomical, four digits: "-0499"), BibTeX's `year` words;
 * - RIS years are four numeric digits, so the date goes into the note in words.
 * Every prose style prints "500 BC" or its own form ("500 B.C.E."), never -499, -500 or a year 0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWords } from '../../../src/queries/yearsAgoWords';
import type { Source } from '../../../src/domain/types';
import { i18nFor } from '../../../src/i18n/i18n';
import {
  loadCiter,
  PROSE_STYLES,
  toBibTeX,
  toCslItems,
  toRIS,
  type Citer,
} from '../../../src/lib/citations';

const source = (date: string, extra: Partial<Source> = {}): Source => ({
  id: `herodotus-${date}`,
  title: 'Histories',
  outlet: 'Perseus Digital Library',
  author: 'Herodotus',
  date,
  kind: 'document',
  ...extra,
});

const bce500 = source('-0499');
const bce1 = source('0000');
const ides = source('-0043-03-15', { title: 'Life of Caesar', author: 'Plutarch' });
// TimelineJS's cosmology template writes the Big Bang as -13800000000 (the dataset's Y-13799999999).
const bigBang = source('Y-13799999999', { title: 'The Big Bang', author: 'NASA' });

let citer: Citer;
beforeAll(async () => {
  // What the loader does for a file on the cosmological scale (queries/yearsAgoWords.ts).
  registerWords(() => i18nFor('en'), i18nFor);
  citer = await loadCiter();
  // Compiling the big Chicago styles on first use takes seconds on a busy machine.
  for (const style of PROSE_STYLES) citer.citeSource(bce500, style);
}, 120_000);

const WRONG_YEAR = /-499|-500|\b499\b|\b0 (BC|B\.C\.E\.|BCE)|n\.d\.|no date|13800000/;

describe('CSL-JSON dates before the Common Era', () => {
  it('counts years historically: 500 BCE is -500 and 1 BCE is -1, never 0', () => {
    const [a, b, c] = toCslItems([bce500, bce1, ides]);
    expect(a?.issued).toEqual({ 'date-parts': [[-500]] });
    expect(b?.issued).toEqual({ 'date-parts': [[-1]] });
    expect(c?.issued).toEqual({ 'date-parts': [[-44, 3, 15]] });
  });

  it('keeps a deep year exactly in the download', () => {
    expect(toCslItems([bigBang])[0]?.issued).toEqual({ 'date-parts': [[-13_800_000_000]] });
  });

  it('keeps CE years as they were', () => {
    expect(toCslItems([source('0079')])[0]?.issued).toEqual({ 'date-parts': [[79]] });
  });
});

describe('every prose style', () => {
  it('prints 500 BCE in its own form', () => {
    const expected: Record<string, string> = {
      apa: 'Herodotus. (500 B.C.E.). Histories. Perseus Digital Library.',
      mla: 'Herodotus. “Histories.” Perseus Digital Library, 500 BC.',
      'chicago-note': 'Herodotus, “Histories,” Perseus Digital Library, 500 BC.',
      'chicago-bib': 'Herodotus. “Histories.” Perseus Digital Library, 500 BC.',
      'chicago-author-date': 'Herodotus. 500 BC. “Histories.” Perseus Digital Library.',
      harvard: 'Herodotus (500 BC) “Histories.” Perseus Digital Library.',
      ieee: '[1] Herodotus, “Histories.” Perseus Digital Library, 500 BC.',
    };
    for (const style of PROSE_STYLES) {
      expect(citer.citeSource(bce500, style), style).toBe(expected[style]);
    }
  });

  it('prints 1 BCE (the dataset year 0000) as 1 BC, and 15 March 44 BCE with its day', () => {
    for (const style of PROSE_STYLES) {
      const one = citer.citeSource(bce1, style);
      expect(one, style).toMatch(/\b1 (BC|B\.C\.E\.)/);
      expect(one, style).not.toMatch(WRONG_YEAR);
      const day = citer.citeSource(ides, style);
      expect(day, style).toMatch(/\b44 (BC|B\.C\.E\.)/);
      expect(day, style).not.toMatch(/\b43\b|-44/);
    }
    expect(citer.citeSource(ides, 'mla')).toBe(
      'Plutarch. “Life of Caesar.” Perseus Digital Library, 15 Mar. 44 BC.',
    );
  });

  it('prints a deep year as the app reads it, in English', () => {
    for (const style of PROSE_STYLES) {
      const text = citer.citeSource(bigBang, style);
      expect(text, style).toContain('13.8 billion years ago');
      expect(text, style).not.toMatch(WRONG_YEAR);
    }
    expect(citer.citeSource(bigBang, 'apa')).toBe(
      'NASA. (13.8 billion years ago). The Big Bang. Perseus Digital Library.',
    );
  });

  it('marks an approximate BCE year as the style marks circa', () => {
    const c = source('-0429', { dateCertainty: 'approximate' });
    expect(citer.citeSource(c, 'chicago-bib')).toBe(
      'Herodotus. “Histories.” Perseus Digital Library, [430 BC?].',
    );
  });
});

describe('BibTeX and biblatex', () => {
  it('writes the year in words for BibTeX and an ISO 8601-2 date for biblatex', () => {
    const bib = toBibTeX([bce500, bce1, ides]);
    expect(bib).toContain('@misc{herodotus500histories,');
    expect(bib).toContain('  year = {500 BCE},\n  date = {-0499}');
    expect(bib).toContain('  year = {1 BCE},\n  date = {0000}');
    expect(bib).toContain('  year = {44 BCE},\n  date = {-0043-03-15}');
    expect(bib).not.toMatch(/year = \{-|month = /);
  });

  it('writes a deep year in words only (biblatex dates have four-digit years)', () => {
    const bib = toBibTeX([bigBang]);
    expect(bib).toContain('  year = {13.8 billion years ago}');
    expect(bib).not.toContain('date =');
  });
});

describe('RIS', () => {
  it('leaves out PY and DA (four numeric digits) and writes the date in the note', () => {
    const ris = toRIS([bce500, ides, bigBang]);
    expect(ris).not.toMatch(/^(PY|DA) {2}- /m);
    expect(ris).toContain('N1  - Dated 500 BCE.\r\n');
    expect(ris).toContain('N1  - Dated 15 March 44 BCE.\r\n');
    expect(ris).toContain('N1  - Dated 13.8 billion years ago.\r\n');
  });

  it('keeps the note on certainty after the date', () => {
    const ris = toRIS([source('-0429', { dateCertainty: 'approximate' })]);
    expect(ris).toContain('N1  - Dated 430 BCE. Date approximate.\r\n');
  });
});
