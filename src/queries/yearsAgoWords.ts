/**
 * A year beyond Date's range (only a file on the cosmological scale has one) reads as years ago
 * wherever a date is shown: "13.8 billion years ago" in the details, the table, search, citations
 * and exports; so does the visible window ("14.2 billion years ago – today"). The loader imports
 * this module for such a file only, so the first visit's JavaScript carries neither these words
 * nor the cosmological axis.
 */
import type { Translator } from '../i18n/i18n';
import type { LocaleCode } from '../i18n/locales';
import { formatCosmicSpan, formatYearsAgo } from '../lib/cosmicAxis';
import { registerYearsAgoWords } from '../lib/formatDate';

/**
 * Registers the words, in the language asked for: the interface language at the time of reading
 * (`current`), or another whose catalogue is loaded (`of`; citations are written in English).
 * Both are passed in so that this chunk does not split the i18n module off the first screen's
 * bundle.
 */
export function registerWords(
  current: () => Translator,
  of: (locale: LocaleCode) => Translator,
): void {
  const inLocale = (locale: LocaleCode) => {
    const now = current();
    return now.locale === locale ? now : of(locale);
  };
  registerYearsAgoWords(
    (year, locale) => formatYearsAgo(1 - year, inLocale(locale)),
    (domain, locale) => formatCosmicSpan(domain, inLocale(locale)),
  );
}
