import { describe, expect, it } from 'vitest';
import {
  loadSavedTours,
  parseTour,
  saveTours,
  TOURS_BACKUP_KEY,
  TOURS_KEY,
} from '../../../src/store/tourStorage';
import { mayHaveSavedTours } from '../../../src/store/persistence';
import { memoryStorage } from '../../setup/memoryStorage';

const tour = { id: 'mine', title: 'Mine', stops: [{ title: 'One', view: { eventId: 'e1' } }] };

describe('saved tours in localStorage', () => {
  it('round-trips tours with their dataset and a format version', () => {
    const s = memoryStorage();
    expect(saveTours(s, [{ tour, dataset: 'WPC' }])).toBeNull();
    expect(JSON.parse(s.map.get(TOURS_KEY)!)).toMatchObject({ version: 1 });
    expect(loadSavedTours(s, 'WPC')).toEqual({ tours: [{ tour, dataset: 'WPC' }], problem: null });
  });

  it('knows without reading them whether there are saved tours to read', () => {
    expect(mayHaveSavedTours(null)).toBe(false);
    expect(mayHaveSavedTours(memoryStorage())).toBe(false);
    expect(mayHaveSavedTours(memoryStorage({ [TOURS_KEY]: '' }))).toBe(false);
    expect(mayHaveSavedTours(memoryStorage({ [TOURS_KEY]: '{not json' }))).toBe(true);
    const blocked = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
    };
    // Blocked storage: the reader must be told, so the full reader runs.
    expect(mayHaveSavedTours(blocked)).toBe(true);
  });

  it('starts empty when nothing is saved', () => {
    expect(loadSavedTours(memoryStorage(), 'WPC')).toEqual({ tours: [], problem: null });
  });

  it('migrates the old unversioned format (a bare list of tours)', () => {
    const s = memoryStorage({ [TOURS_KEY]: JSON.stringify([tour]) });
    expect(loadSavedTours(s, 'WPC').tours).toEqual([{ tour, dataset: 'WPC' }]);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    [
      'a broken tour',
      JSON.stringify({ version: 1, tours: [{ tour: { id: 'x', stops: [] }, dataset: 'WPC' }] }),
      /tours/,
    ],
    ['a newer format', JSON.stringify({ version: 9, tours: [] }), /newer version/],
    ['a number', '42', /the list/],
  ])('sets aside %s, says so, and keeps the text', (_, stored, why) => {
    const s = memoryStorage({ [TOURS_KEY]: stored });
    const r = loadSavedTours(s, 'WPC');
    expect(r.tours).toEqual([]);
    expect(r.problem).toMatch(why);
    expect(r.problem).toContain(TOURS_BACKUP_KEY);
    expect(s.map.get(TOURS_BACKUP_KEY)).toBe(stored);
    // The next read starts clean.
    expect(loadSavedTours(s, 'WPC').problem).toBeNull();
  });

  it('never throws when storage itself is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadSavedTours(blocked, 'WPC').problem).toMatch(/blocked/);
    expect(saveTours(blocked, [])).toMatch(/could not be saved/);
  });
});

describe('parseTour', () => {
  it('accepts a valid tour and explains an invalid one', () => {
    expect(parseTour(tour)).toEqual({ ok: true, tour });
    const bad = parseTour({ id: 'x', title: 'X', stops: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/stops/);
  });
});
