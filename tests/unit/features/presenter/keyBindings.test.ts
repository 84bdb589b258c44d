import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bindingFor,
  bindingsShownIn,
  presenterAction,
  PRESENTER_KEYS,
  type KeyLike,
  type StageMode,
} from '../../../../src/features/presenter/keyBindings';
import { en } from '../../../../src/i18n/messages/en';
import { de } from '../../../../src/i18n/messages/de';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const act = (k: string, mode: StageMode = 'slide', typed = '', mods: Partial<KeyLike> = {}) =>
  bindingFor(key(k, mods), { mode, typed })?.action ?? null;

describe('presenter key table', () => {
  it('moves through the tour with the keys clickers send', () => {
    expect(act('PageDown')).toBe('next');
    expect(act('ArrowRight')).toBe('next');
    expect(act(' ')).toBe('next');
    expect(act(' ', 'slide', '', { shiftKey: true })).toBe('previous');
    expect(act('PageUp')).toBe('previous');
    expect(act('Home')).toBe('first');
    expect(act('End')).toBe('last');
    expect(presenterAction(key('PageDown'))).toBe('next');
    expect(presenterAction(key('b'))).toBeNull();
  });

  it('blanks the screen on B, "." and W, and any key but a modifier returns', () => {
    expect(act('b')).toBe('blackout');
    expect(act('B', 'slide', '', { shiftKey: true })).toBe('blackout');
    expect(act('.')).toBe('blackout');
    expect(act('w')).toBe('whiteout');
    for (const k of ['b', 'PageDown', 'Escape', 'x', 'Enter'])
      expect(act(k, 'blank')).toBe('unblank');
    expect(act('Shift', 'blank')).toBeNull();
  });

  it('jumps to a typed stop number on Enter, and Esc forgets the number first', () => {
    expect(act('4')).toBe('digit');
    expect(act('Enter')).toBeNull();
    expect(act('Enter', 'slide', '12')).toBe('jumpToTyped');
    expect(act('Escape', 'slide', '12')).toBe('clearTyped');
    expect(act('g')).toBe('jumpList');
  });

  it('opens the overview on O or Esc; there arrows move, Enter opens, a second Esc leaves', () => {
    expect(act('o')).toBe('overview');
    expect(act('Escape')).toBe('overview');
    expect(act('ArrowDown', 'overview')).toBe('overviewMove');
    expect(act('ArrowRight', 'overview')).toBe('overviewMove');
    expect(act('Enter', 'overview')).toBe('overviewOpen');
    expect(act('Escape', 'overview')).toBe('exit');
    // Keys of the slide do nothing in the overview.
    expect(act('PageDown', 'overview')).toBeNull();
  });

  it('leaves browser shortcuts alone and dialogs to their own keys', () => {
    expect(act('l', 'slide', '', { ctrlKey: true })).toBeNull();
    expect(act('r', 'slide', '', { metaKey: true })).toBeNull();
    expect(act('ArrowDown', 'jump')).toBeNull();
    expect(act('Enter', 'jump')).toBeNull();
    expect(act('Escape', 'jump')).toBe('closeDialog');
    expect(act('Escape', 'help')).toBe('closeDialog');
    expect(act('?', 'help')).toBe('help');
    expect(act('Tab')).toBeNull();
  });

  it('gives every key a single meaning in each mode', () => {
    const samples = [
      'ArrowRight',
      'ArrowLeft',
      'ArrowUp',
      'ArrowDown',
      ' ',
      'PageDown',
      'PageUp',
      'Home',
      'End',
      'Enter',
      'Escape',
      '5',
      'b',
      '.',
      'w',
      'o',
      'g',
      'q',
      'l',
      'n',
      's',
      'f',
      '?',
    ];
    for (const mode of ['slide', 'overview', 'blank', 'help', 'jump'] as const) {
      for (const typed of ['', '3']) {
        for (const k of samples) {
          const hits = PRESENTER_KEYS.filter(
            (b) =>
              b.when.includes(mode) && (b.enabled?.({ mode, typed }) ?? true) && b.test(key(k)),
          );
          expect(hits.length, `${mode} ${typed} ${k}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('names every action and key in both languages, for the help overlay', () => {
    const enKeys = Object.keys(en);
    const deKeys = Object.keys(de);
    for (const b of PRESENTER_KEYS) {
      expect(enKeys).toContain(`presenter.key.${b.action}`);
      expect(deKeys).toContain(`presenter.key.${b.action}`);
      // Named keys (Space, Page Down, Esc…) are words to translate; B, ".", "?" are not.
      for (const k of b.keys.filter((k) => k.length > 1 && k !== '0–9')) {
        expect(enKeys).toContain(`key.${k}`);
        expect(deKeys).toContain(`key.${k}`);
      }
    }
    expect(bindingsShownIn('overview').map((b) => b.action)).toContain('exit');
  });

  it('lists every key in the README, screen by screen, as the help overlay does', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('### Presenter keys');
    expect(start).toBeGreaterThan(-1);
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const label = (k: string): string =>
      k.length > 1 && k !== '0–9'
        ? ((en as unknown as Record<string, string>)[`key.${k}`] ?? k)
        : k;
    for (const mode of ['slide', 'overview', 'blank', 'jump', 'help'] as const) {
      const heading = `**${en[`presenter.helpMode.${mode}`]}**`;
      const from = section.indexOf(heading);
      expect(from, heading).toBeGreaterThan(-1);
      const next = section.indexOf('**', from + heading.length + 1);
      // Prettier pads the columns: compare with single spaces.
      const table = section.slice(from, next === -1 ? undefined : next).replace(/ +/g, ' ');
      for (const b of bindingsShownIn(mode)) {
        const keys = b.keys.map((k) => `\`${label(k)}\``).join(' or ');
        expect(table).toContain(`| ${keys} | ${en[`presenter.key.${b.action}`]} |`);
      }
    }
  });
});
