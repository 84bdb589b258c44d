import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatMessage,
  interpolate,
  isPluralMessage,
  messageParams,
} from '../../../src/i18n/catalogue';
import { getI18n, loadMessages, setLocale, t } from '../../../src/i18n/i18n';
import { en } from '../../../src/i18n/messages/en';
import { de } from '../../../src/i18n/messages/de';

describe(formatMessage, () => {
  it('interpolates {name} parameters and formats numbers for the locale', () => {
    expect(interpolate('Showing {span}', { span: 'Jul 2008' }, 'en')).toBe('Showing Jul 2008');
    expect(formatMessage('{count} events', { count: 12345 }, 'en')).toBe('12,345 events');
    expect(formatMessage('{count} Ereignisse', { count: 12345 }, 'de')).toBe('12.345 Ereignisse');
  });

  it('leaves an unknown placeholder as it is', () => {
    expect(interpolate('Stop {n}', {}, 'en')).toBe('Stop {n}');
  });

  it('picks the plural form with Intl.PluralRules and puts the count in place of #', () => {
    const m = { one: '# quote', other: '# quotes' };
    expect(formatMessage(m, { count: 1 }, 'en')).toBe('1 quote');
    expect(formatMessage(m, { count: 0 }, 'en')).toBe('0 quotes');
    expect(formatMessage(m, { count: 2500 }, 'en')).toBe('2,500 quotes');
    const d = { one: '# Zitat', other: '# Zitate' };
    expect(formatMessage(d, { count: 1 }, 'de')).toBe('1 Zitat');
    expect(formatMessage(d, { count: 3 }, 'de')).toBe('3 Zitate');
  });

  it('falls back to `other` when the locale has a category the message lacks', () => {
    // Polish "few" for 3; the message only has one/other.
    expect(formatMessage({ one: '# plik', other: '# pliki' }, { count: 3 }, 'pl')).toBe('3 pliki');
    expect(formatMessage({ one: '#', few: '# few', other: '# other' }, { count: 3 }, 'pl')).toBe(
      '3 few',
    );
  });
});

describe('the catalogues', () => {
  it('German has every English key, with the same parameters and plural shape', () => {
    const enKeys = Object.keys(en).sort();
    expect(Object.keys(de).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const e = en[key as keyof typeof en];
      const g = de[key as keyof typeof de];
      expect({ key, params: messageParams(g) }).toEqual({ key, params: messageParams(e) });
      expect({ key, plural: isPluralMessage(g) }).toEqual({ key, plural: isPluralMessage(e) });
      if (isPluralMessage(g)) expect(g.other, key).toContain('#');
    }
  });

  it('German differs from English wherever a word is involved', () => {
    // Strings that are the same in both languages (names, symbols, shared words).
    const same = new Set([
      'chart.dateNote',
      'date.range',
      'stance.withContext',
      'stance.quarter',
      'mix.count',
      'mood.tooltipCounts',
      'people.role',
      'compare.themeCount',
      'quotes.headingLabel',
      'stance.neutral',
      'stanceCount.neutral',
      'compare.stanceWord.neutral',
      'details.kind.keynote',
      'source.link',
      'search.kind.person',
      'zoom.label',
      'date.circaSpoken',
      // Placeholders and punctuation only: no word to translate.
      'arcs.at',
      'arcs.summaryNoPeak',
      // Unit symbols of geological time (ka, Ma, Ga), the same in both languages.
      'date.agoShort.thousand',
      'date.agoShort.million',
      'date.agoShort.billion',
      // Key caps: arrows are symbols, and German keyboards say Esc too.
      'key.ArrowRight',
      'key.ArrowLeft',
      'key.ArrowUp',
      'key.ArrowDown',
      'key.Esc',
    ]);
    const identical = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => !same.has(key) && JSON.stringify(de[key]) === JSON.stringify(en[key]),
    );
    expect(identical).toEqual([]);
  });
});

describe(t, () => {
  beforeAll(async () => {
    await setLocale('de');
  });
  afterAll(async () => {
    await setLocale('en');
  });

  it('looks messages up in the current language, plurals included', () => {
    expect(getI18n().locale).toBe('de');
    expect(t('zoom.in')).toBe('Vergrößern');
    expect(t('details.quoteCount', { count: 1 })).toBe(
      '1 Zitat zu diesem Ereignis im Zitatbereich.',
    );
    expect(t('table.showing', { shown: 500, total: 1200 })).toBe(
      '500 von 1.200 Ereignissen angezeigt.',
    );
  });

  it('loads a catalogue once', async () => {
    expect(await loadMessages('de')).toBe(await loadMessages('de'));
  });
});

describe('English through t()', () => {
  it('is the English catalogue by default', () => {
    expect(t('zoom.in')).toBe('Zoom in');
    expect(t('filter.count', { count: 1 })).toBe('1 event');
    expect(t('chart.showing', { span: 'Jan 2006 – Dec 2012' })).toBe('Showing Jan 2006 – Dec 2012');
  });
});
