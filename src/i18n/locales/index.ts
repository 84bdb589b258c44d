/**
 * The interface languages and how one is chosen. Pure: no storage, no DOM.
 *
 * `pseudo` is a test locale generated from English (accented, longer, bracketed and
 * right-to-left) that shows untranslated strings, truncation and mirroring bugs.
 */

export const LOCALES = ['en', 'de', 'pseudo'] as const;
export type LocaleCode = (typeof LOCALES)[number];

export interface LocaleInfo {
  readonly code: LocaleCode;
  /** The `lang` of <html> while this locale is on. */
  readonly htmlLang: string;
  /** The locale Intl formats numbers and plurals with. */
  readonly intl: string;
  readonly dir: 'ltr' | 'rtl';
  /** Its name in its own language, for the switcher. */
  readonly autonym: string;
  /** A test locale: offered in the switcher only while it is on. */
  readonly test: boolean;
}

export const LOCALE_INFO: Readonly<Record<LocaleCode, LocaleInfo>> = {
  en: { code: 'en', htmlLang: 'en', intl: 'en', dir: 'ltr', autonym: 'English', test: false },
  de: { code: 'de', htmlLang: 'de', intl: 'de', dir: 'ltr', autonym: 'Deutsch', test: false },
  // ar-XB is the conventional tag of a right-to-left pseudo-locale.
  pseudo: {
    code: 'pseudo',
    htmlLang: 'ar-XB',
    intl: 'en',
    dir: 'rtl',
    autonym: '[Ƥšéûđö – ţéšţ]',
    test: true,
  },
};

export const DEFAULT_LOCALE: LocaleCode = 'en';

/**
 * The supported locale a language tag asks for, or null: `de-AT` and `de_CH` → `de`,
 * `EN-gb` → `en`; the pseudo-locale answers to `pseudo`, `ar-XB`, `en-XA` and `qps-ploc`.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode | null {
  if (tag === null || tag === undefined) return null;
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (t === '') return null;
  if (t === 'pseudo' || t === 'ar-xb' || t === 'en-xa' || t === 'qps-ploc') return 'pseudo';
  const primary = t.split('-')[0];
  if (primary === 'en') return 'en';
  if (primary === 'de') return 'de';
  return null;
}

export interface LocaleInputs {
  /** `?lang=` from the address. */
  readonly url?: string | null | undefined;
  /** The reader's earlier choice, from localStorage. */
  readonly stored?: string | null | undefined;
  /** navigator.languages, most preferred first. */
  readonly languages?: readonly string[] | undefined;
}

/** URL beats the stored choice beats the browser's languages (in order) beats English. */
export function negotiateLocale({ url, stored, languages = [] }: LocaleInputs): LocaleCode {
  const fromUrl = matchLocale(url);
  if (fromUrl) return fromUrl;
  const fromStorage = matchLocale(stored);
  if (fromStorage) return fromStorage;
  for (const tag of languages) {
    const m = matchLocale(tag);
    // The browser never picks the test locale.
    if (m && m !== 'pseudo') return m;
  }
  return DEFAULT_LOCALE;
}

/** The language of a dataset's own text (titles, summaries, quotes): its `language`, else English. */
export function contentLangOf(language: string | undefined): string {
  return language !== undefined && language.trim() !== '' ? language.trim() : 'en';
}
