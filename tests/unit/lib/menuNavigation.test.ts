import { describe, expect, it } from 'vitest';
import { menuMoveForKey, moveInMenu, typeaheadIndex } from '../../../src/lib/menuNavigation';

describe(moveInMenu, () => {
  const all = [true, true, true, true];
  it('wraps from the last item to the first and back', () => {
    expect(moveInMenu(3, 'next', all)).toBe(0);
    expect(moveInMenu(0, 'previous', all)).toBe(3);
  });
  it('skips disabled items in both directions and for Home and End', () => {
    const enabled = [false, true, false, true, false];
    expect(moveInMenu(1, 'next', enabled)).toBe(3);
    expect(moveInMenu(3, 'next', enabled)).toBe(1);
    expect(moveInMenu(1, 'previous', enabled)).toBe(3);
    expect(moveInMenu(-1, 'first', enabled)).toBe(1);
    expect(moveInMenu(-1, 'last', enabled)).toBe(3);
  });
  it('starts at the ends when nothing is focused yet', () => {
    expect(moveInMenu(-1, 'next', all)).toBe(0);
    expect(moveInMenu(-1, 'previous', all)).toBe(3);
  });
  it('returns -1 when no item can take focus', () => {
    expect(moveInMenu(0, 'next', [false, false])).toBe(-1);
    expect(moveInMenu(-1, 'first', [])).toBe(-1);
  });
});

describe(menuMoveForKey, () => {
  it('maps the arrow, Home, End and page keys and ignores others', () => {
    expect(menuMoveForKey('ArrowDown')).toBe('next');
    expect(menuMoveForKey('ArrowUp')).toBe('previous');
    expect(menuMoveForKey('Home')).toBe('first');
    expect(menuMoveForKey('End')).toBe('last');
    expect(menuMoveForKey('Enter')).toBeNull();
    expect(menuMoveForKey('a')).toBeNull();
  });
});

describe(typeaheadIndex, () => {
  const labels = ['Copy link', 'Embed…', 'Download SVG', 'Download PNG', 'Élan'];
  const enabled = labels.map(() => true);
  it('moves to the next item starting with the letter, wrapping', () => {
    expect(typeaheadIndex(0, 'd', labels, enabled, 'en')).toBe(2);
    expect(typeaheadIndex(2, 'd', labels, enabled, 'en')).toBe(3);
    expect(typeaheadIndex(3, 'D', labels, enabled, 'en')).toBe(2);
  });
  it('ignores accents and case, and skips disabled items', () => {
    expect(typeaheadIndex(0, 'e', labels, enabled, 'en')).toBe(1);
    expect(typeaheadIndex(1, 'e', labels, enabled, 'en')).toBe(4);
    expect(typeaheadIndex(0, 'd', labels, [true, true, false, true, true], 'en')).toBe(3);
  });
  it('stays put when nothing matches or the key is not a character', () => {
    expect(typeaheadIndex(1, 'z', labels, enabled, 'en')).toBe(1);
    expect(typeaheadIndex(1, ' ', labels, enabled, 'en')).toBe(1);
    expect(typeaheadIndex(1, 'Enter', labels, enabled, 'en')).toBe(1);
  });
});
