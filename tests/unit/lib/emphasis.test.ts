import { describe, expect, it } from 'vitest';
import type { DatedEvent } from '../../../src/domain/types';
import {
  compileFilter,
  emphasisFor,
  emphasisWith,
  laneThemeFor,
  laneThemeWith,
  type ThemeFilter,
} from '../../../src/lib/emphasis';
import { loadFixture } from '../../setup/fixtures';

const ev = (themes: string[], kind = 'announcement') =>
  ({ id: 'x', kind, themes }) as unknown as DatedEvent;

describe('emphasis under a theme filter', () => {
  it('shows events with a switched-on theme, hides or dims the rest, never conferences', () => {
    const filter = ['b', 'c'];
    expect(emphasisFor(ev(['a', 'b']), filter, false)).toBe('normal');
    expect(emphasisFor(ev(['a']), filter, false)).toBe('hidden');
    expect(emphasisFor(ev(['a']), filter, true)).toBe('dimmed');
    expect(emphasisFor(ev(['a'], 'conference'), filter, false)).toBe('normal');
    expect(emphasisFor(ev(['a']), null, false)).toBe('normal');
    expect(emphasisFor(ev(['a']), [], true)).toBe('dimmed');
  });

  it('files an event under its first switched-on theme, else its first', () => {
    expect(laneThemeFor(ev(['a', 'b', 'c']), ['c', 'b'])).toBe('b');
    expect(laneThemeFor(ev(['a', 'b']), ['z'])).toBe('a');
    expect(laneThemeFor(ev(['a', 'b']), null)).toBe('a');
    expect(laneThemeFor(ev([]), ['a'])).toBeNull();
  });

  it('gives the same answers with a compiled filter, for every event and filter', () => {
    const data = loadFixture();
    const ids = data.dataset.themes.map((t) => t.id);
    const filters: ThemeFilter[] = [null, [], ...ids.map((id) => [id]), ids.slice(1), ['nope']];
    for (const filter of filters) {
      const active = compileFilter(filter);
      for (const e of data.events) {
        for (const dim of [false, true]) {
          expect(emphasisWith(e, active, dim)).toBe(emphasisFor(e, filter, dim));
        }
        expect(laneThemeWith(e, active)).toBe(laneThemeFor(e, filter));
      }
    }
  });
});
