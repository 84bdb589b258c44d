import { describe, expect, it } from 'vitest';
import { contentLangOf, matchLocale, negotiateLocale } from '../../../src/i18n/locales';

describe(matchLocale, () => {
  it('matches regional and differently written tags to a supported language', () => {
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('de_CH')).toBe('de');
    expect(matchLocale('EN-gb')).toBe('en');
    expect(matchLocale('de')).toBe('de');
  });
  it('knows the pseudo-locale by its test tags', () => {
    expect(matchLocale('pseudo')).toBe('pseudo');
    expect(matchLocale('ar-XB')).toBe('pseudo');
    expect(matchLocale('qps-ploc')).toBe('pseudo');
  });
  it('answers null for languages it does not have', () => {
    expect(matchLocale('fr-FR')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale(null)).toBeNull();
  });
});

describe(negotiateLocale, () => {
  it('prefers the URL, then the stored choice, then the browser, then English', () => {
    expect(negotiateLocale({ url: 'de', stored: 'en', languages: ['en-US'] })).toBe('de');
    expect(negotiateLocale({ url: null, stored: 'de', languages: ['en-US'] })).toBe('de');
    expect(negotiateLocale({ url: 'en', stored: 'de', languages: ['de-DE'] })).toBe('en');
    expect(negotiateLocale({ languages: ['fr-FR', 'de-AT', 'en'] })).toBe('de');
    expect(negotiateLocale({ languages: ['fr-FR', 'es'] })).toBe('en');
    expect(negotiateLocale({})).toBe('en');
  });
  it('skips what it does not understand at each level', () => {
    expect(negotiateLocale({ url: 'xx', stored: 'klingon', languages: ['de'] })).toBe('de');
  });
  it('never picks the pseudo-locale from the browser, only when asked for', () => {
    expect(negotiateLocale({ languages: ['ar-XB', 'de'] })).toBe('de');
    expect(negotiateLocale({ url: 'pseudo' })).toBe('pseudo');
  });
});

describe(contentLangOf, () => {
  it("is the dataset's language, English when it gives none", () => {
    expect(contentLangOf('de')).toBe('de');
    expect(contentLangOf(undefined)).toBe('en');
    expect(contentLangOf(' ')).toBe('en');
  });
});
