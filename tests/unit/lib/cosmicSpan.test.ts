/**
 * The window of a file on the cosmological scale in words (the chart's "Showing …", the density
 * tooltip, the slide and the printed sources): its padding runs on to 9999, the last year a file
 * may have, so an end at or after the present reads "today" / "heute", never "9999".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWords } from '../../../src/queries/yearsAgoWords';
import { yearStartMs } from '../../../src/domain/dates';
import { i18nFor, loadMessages, type Translator } from '../../../src/i18n/i18n';
import { formatCosmicSpan } from '../../../src/lib/cosmicAxis';
import { formatSpan } from '../../../src/lib/formatDate';

let en: Translator;
let de: Translator;
beforeAll(async () => {
  await loadMessages('de');
  en = i18nFor('en');
  de = i18nFor('de');
  // What the loader does for a file on the cosmological scale (queries/loadDataset.ts).
  registerWords(() => en, i18nFor);
});

/** The window the chart opens on for TimelineJS's cosmology template (paddedBounds). */
const WHOLE: [number, number] = [yearStartMs(-14_213_999_895), yearStartMs(10_000)];

describe('a window on the cosmological scale', () => {
  it('ends "today" when it reaches the present, in English and German', () => {
    expect(formatCosmicSpan(WHOLE, en, 2026)).toBe('14.2 billion years ago – today');
    expect(formatCosmicSpan(WHOLE, de, 2026)).toBe('vor 14,2 Milliarden Jahren – heute');
    // The present year itself is the present.
    const toNow: [number, number] = [yearStartMs(-65_000_000), yearStartMs(2027)];
    expect(formatCosmicSpan(toNow, en, 2026)).toBe('65 million years ago – today');
  });

  it('names the end when the window stops before the present', () => {
    const past: [number, number] = [yearStartMs(-13_799_999_999), yearStartMs(-3498)];
    expect(formatCosmicSpan(past, en, 2026)).toBe('13.8 billion years ago – 3500 BCE');
    expect(formatCosmicSpan(past, de, 2026)).toBe('vor 13,8 Milliarden Jahren – 3500 v. Chr.');
    const lastYear: [number, number] = [yearStartMs(-65_000_000), yearStartMs(2026)];
    expect(formatCosmicSpan(lastYear, en, 2026)).toBe('65 million years ago – 2025');
  });

  it('reads a window within Date as calendar dates, and its end today when it reaches it', () => {
    const homo: [number, number] = [yearStartMs(-200_000), yearStartMs(10_000)];
    expect(formatCosmicSpan(homo, en, 2026)).toBe('200,001 BCE – today');
    expect(formatCosmicSpan(homo, de, 2026)).toBe('200.001 v. Chr. – heute');
    const wheel: [number, number] = [Date.UTC(-3600, 0, 1), Date.UTC(-3399, 0, 1)];
    expect(formatCosmicSpan(wheel, en, 2026)).toBe('Jan 3601 BCE – Dec 3401 BCE');
  });

  it('is what every window of such a file reads (formatSpan, given the scale)', () => {
    expect(formatSpan(WHOLE, 'en')).toBe('14.2 billion years ago – today');
    expect(formatSpan(WHOLE, 'de')).toBe('vor 14,2 Milliarden Jahren – heute');
    const homo: [number, number] = [yearStartMs(-200_000), yearStartMs(10_000)];
    expect(formatSpan(homo, 'en', 'cosmological')).toBe('200,001 BCE – today');
    // On the human scale a calendar window keeps its calendar end.
    expect(formatSpan(homo, 'en', 'human')).toBe('Jan 200,001 BCE – Dec 9999');
  });
});
