import { describe, expect, it } from 'vitest';
import {
  ABOUT_SEEN,
  aboutSeen,
  COLOR_SCHEME,
  INTRO_COLLAPSED,
  LANGUAGE,
  readEntry,
  writeEntry,
  type PersistedEntry,
} from '../../../src/store/persistence';
import { negotiateLocale } from '../../../src/i18n/locales';
import { memoryStorage } from '../../setup/memoryStorage';

const blocked = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('stored preferences', () => {
  it('round-trip in a versioned envelope', () => {
    const s = memoryStorage();
    expect(writeEntry(COLOR_SCHEME, 'dark', s)).toBe(true);
    expect(JSON.parse(s.map.get(COLOR_SCHEME.key)!)).toEqual({ version: 1, value: 'dark' });
    expect(readEntry(COLOR_SCHEME, s)).toBe('dark');
    writeEntry(INTRO_COLLAPSED, true, s);
    expect(readEntry(INTRO_COLLAPSED, s)).toBe(true);
    writeEntry(LANGUAGE, 'de', s);
    expect(readEntry(LANGUAGE, s)).toBe('de');
  });

  it('read as their fallback when nothing is stored', () => {
    const s = memoryStorage();
    expect(readEntry(COLOR_SCHEME, s)).toBe('system');
    expect(readEntry(INTRO_COLLAPSED, s)).toBe(false);
    expect(readEntry(LANGUAGE, s)).toBeNull();
    expect(readEntry(LANGUAGE, null)).toBeNull();
  });

  it('keep the values stored before they had versions, and rewrite them in the new format', () => {
    const s = memoryStorage({
      [COLOR_SCHEME.key]: 'dark',
      [INTRO_COLLAPSED.key]: '1',
      [LANGUAGE.key]: 'de',
    });
    expect(readEntry(COLOR_SCHEME, s)).toBe('dark');
    expect(readEntry(INTRO_COLLAPSED, s)).toBe(true);
    expect(readEntry(LANGUAGE, s)).toBe('de');
    expect(JSON.parse(s.map.get(INTRO_COLLAPSED.key)!)).toEqual({ version: 1, value: true });
    expect(readEntry(INTRO_COLLAPSED, memoryStorage({ [INTRO_COLLAPSED.key]: '0' }))).toBe(false);
  });

  it.each([
    ['not JSON', '{"version":1,"val'],
    ['a value of the wrong kind', '{"version":1,"value":"purple"}'],
    ['a bare unknown word', 'purple'],
    ['JSON of another shape', '[1,2,3]'],
    ['null', 'null'],
  ])('survive corrupt input (%s)', (_, text) => {
    expect(readEntry(COLOR_SCHEME, memoryStorage({ [COLOR_SCHEME.key]: text }))).toBe('system');
    expect(readEntry(INTRO_COLLAPSED, memoryStorage({ [INTRO_COLLAPSED.key]: text }))).toBe(false);
    const lang = readEntry(LANGUAGE, memoryStorage({ [LANGUAGE.key]: text }));
    expect(negotiateLocale({ stored: lang, languages: ['de'] })).toBe('de');
  });

  it('leave a value from a newer version of the app alone', () => {
    const text = '{"version":7,"value":{"mode":"sepia"}}';
    const s = memoryStorage({ [COLOR_SCHEME.key]: text });
    expect(readEntry(COLOR_SCHEME, s)).toBe('system');
    expect(s.map.get(COLOR_SCHEME.key)).toBe(text);
  });

  it('never throw when storage is blocked', () => {
    expect(readEntry(COLOR_SCHEME, blocked)).toBe('system');
    expect(writeEntry(COLOR_SCHEME, 'light', blocked)).toBe(false);
    expect(writeEntry(COLOR_SCHEME, 'light', null)).toBe(false);
  });

  it('give a stored language to the locale negotiation, which matches it like the others', () => {
    const stored = readEntry(LANGUAGE, memoryStorage({ [LANGUAGE.key]: 'de-AT' }));
    expect(negotiateLocale({ stored, languages: ['en-US'] })).toBe('de');
    const unknown = readEntry(LANGUAGE, memoryStorage({ [LANGUAGE.key]: 'fr' }));
    expect(negotiateLocale({ stored: unknown, languages: ['de-CH'] })).toBe('de');
  });

  it('migrate an older version through the entry’s own migration', () => {
    const entry: PersistedEntry<number> = {
      key: 'k',
      version: 2,
      fallback: 0,
      parse: (v) => (typeof v === 'number' ? v : undefined),
      migrate: (v, from) => (from === 1 && typeof v === 'string' ? v.length : undefined),
    };
    const s = memoryStorage({ k: '{"version":1,"value":"four"}' });
    expect(readEntry(entry, s)).toBe(4);
    expect(JSON.parse(s.map.get('k')!)).toEqual({ version: 2, value: 4 });
  });
});

describe('ABOUT_SEEN', () => {
  it('counts a reader who folded the old introduction away as having seen About', () => {
    const s = memoryStorage({ 'wpc-timeline.introCollapsed': '1' });
    expect(aboutSeen(s)).toBe(true);
  });
  it('is unseen on a first visit, and seen once written', () => {
    const s = memoryStorage({});
    expect(aboutSeen(s)).toBe(false);
    writeEntry(ABOUT_SEEN, true, s);
    expect(aboutSeen(s)).toBe(true);
  });
  it('survives a corrupt value', () => {
    expect(aboutSeen(memoryStorage({ 'wpc-timeline.aboutSeen': '{nope' }))).toBe(false);
  });
});
