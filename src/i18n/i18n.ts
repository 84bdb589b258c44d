/**
 * The interface language at run time: a small store of its own (the locale and its loaded
 * catalogue), the non-React accessor `t()` for pure modules, and loading of the catalogues as
 * separate chunks. Every catalogue, English included, is a chunk of its own that loads (in
 * parallel with the chart's code) before the first render, so the initial bundle carries none;
 * a reader of German never downloads the English one.
 */
import { createStore } from 'zustand/vanilla';
import {
  formatMessage,
  numberFormat,
  pluralCategory,
  type ArgsFor,
  type Message,
} from './catalogue';
import { DEFAULT_LOCALE, LOCALE_INFO, type LocaleCode } from './locales';
import type { English, MessageKey, Messages } from './messages/types';

export type { English, MessageKey, Messages };

export interface I18n {
  readonly locale: LocaleCode;
  /** The `lang` of the interface (<html lang>). */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The locale Intl formats with. */
  readonly intl: string;
  readonly t: <K extends MessageKey>(key: K, ...args: ArgsFor<English[K]>) => string;
  /** A number, formatted for the interface language ("1,234" / "1.234"). */
  readonly n: (value: number) => string;
}

function makeI18n(locale: LocaleCode, messages: Messages): I18n {
  const info = LOCALE_INFO[locale];
  return {
    locale,
    lang: info.htmlLang,
    dir: info.dir,
    intl: info.intl,
    t: (key, ...args) => {
      // Before the first catalogue has loaded (nothing renders then), the key stands in.
      const m = messages[key] as Message | undefined;
      return m === undefined ? key : formatMessage(m, args[0] ?? {}, info.intl);
    },
    n: (value) => numberFormat(info.intl).format(value),
  };
}

/** What pure modules need to speak the reader's language: the locale and its messages. */
export type Translator = Pick<I18n, 'locale' | 't'>;

interface LocaleState {
  readonly i18n: I18n;
}

export const localeStore = createStore<LocaleState>()(() => ({
  i18n: makeI18n(DEFAULT_LOCALE, {} as Messages),
}));

/** The current interface language, for code outside React (lib modules, canvas drawing). */
export function getI18n(): I18n {
  return localeStore.getState().i18n;
}

export function currentLocale(): LocaleCode {
  return getI18n().locale;
}

/** A message in the current interface language. */
export function t<K extends MessageKey>(key: K, ...args: ArgsFor<English[K]>): string {
  return getI18n().t(key, ...args);
}

const loaded = new Map<LocaleCode, Messages>();

let localeSettled = false;
let settle: () => void = () => undefined;
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Resolves once the first `setLocale` has finished (with its catalogue, or without one). */
export function whenLocaleSettled(): Promise<void> {
  return settled;
}

/** Whether the first `setLocale` has finished, so `t()` speaks a language rather than keys. */
export function isLocaleSettled(): boolean {
  return localeSettled;
}

/** A locale's messages if its catalogue is loaded, else the current interface language. */
export function i18nFor(locale: LocaleCode): I18n {
  const current = getI18n();
  if (current.locale === locale) return current;
  const messages = loaded.get(locale);
  return messages ? makeI18n(locale, messages) : current;
}

/** The catalogue of a locale, loading its chunk the first time. */
export async function loadMessages(locale: LocaleCode): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  let messages: Messages;
  if (locale === 'de') messages = (await import('./messages/de')).de;
  else if (locale === 'pseudo') {
    const [{ pseudoCatalogue }, english] = await Promise.all([
      import('./pseudo'),
      loadMessages('en'),
    ]);
    messages = pseudoCatalogue(english);
  } else messages = (await import('./messages/en')).en;
  loaded.set(locale, messages);
  return messages;
}

/** Puts the interface language on <html>: lang and direction. */
function applyToDocument(i18n: I18n): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  document.title = i18n.t('page.docTitle');
}

/**
 * Switches the interface language once its catalogue is loaded. Falls back to English when
 * the chunk cannot be loaded (offline before it was ever fetched).
 */
export async function setLocale(locale: LocaleCode): Promise<void> {
  try {
    let messages: Messages;
    try {
      messages = await loadMessages(locale);
    } catch {
      locale = DEFAULT_LOCALE;
      messages = await loadMessages(DEFAULT_LOCALE);
    }
    const i18n = makeI18n(locale, messages);
    localeStore.setState({ i18n });
    applyToDocument(i18n);
    // The first Intl.NumberFormat and PluralRules of a page load their locale data (~25 ms on
    // a slow machine): do it now, while the chart's code and the dataset are still loading,
    // rather than in the render that draws the timeline.
    pluralCategory(i18n.intl, 1);
    numberFormat(i18n.intl).format(1);
  } finally {
    localeSettled = true;
    settle();
  }
}
