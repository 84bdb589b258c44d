import { describe, expect, it } from 'vitest';
import { i18nFor, loadMessages, setLocale } from '../../../src/i18n/i18n';
import { formatAge, snapshotStatus } from '../../../src/lib/snapshotStatus';

const copy = {
  savedAt: '2026-12-03T16:20:00Z',
  url: 'https://sheets.example/pub.csv',
  reason: 'the server answered 503',
};
const now = new Date('2026-12-03T18:25:00Z');

describe('the status line over an offline copy', () => {
  it('says in English when the copy was saved, how long ago, what failed and why', async () => {
    await setLocale('en');
    expect(snapshotStatus(i18nFor('en'), copy, now, 'UTC')).toBe(
      'Showing the copy saved on 3 December 2026, 16:20 (2 hours ago): ' +
        'https://sheets.example/pub.csv could not be loaded (the server answered 503).',
    );
  });

  it('says it in German, with German dates', async () => {
    await loadMessages('de');
    await setLocale('de');
    expect(snapshotStatus(i18nFor('de'), copy, now, 'UTC')).toBe(
      'Angezeigt wird die am 3. Dezember 2026, 16:20 gespeicherte Kopie (vor 2 Stunden): ' +
        'https://sheets.example/pub.csv konnte nicht geladen werden (the server answered 503).',
    );
    await setLocale('en');
  });

  it('names the age in the largest whole unit', () => {
    const saved = new Date('2026-12-03T16:20:00Z');
    const later = (s: number) => new Date(saved.getTime() + s * 1000);
    expect(formatAge(saved, later(20), 'en')).toBe('this minute');
    expect(formatAge(saved, later(5 * 60), 'en')).toBe('5 minutes ago');
    expect(formatAge(saved, later(25 * 3600), 'en')).toBe('yesterday');
    expect(formatAge(saved, later(3 * 86400), 'de')).toBe('vor 3 Tagen');
    expect(formatAge(saved, later(400 * 86400), 'en')).toBe('last year');
    // A clock set back never reads as the future.
    expect(formatAge(saved, later(-3600), 'en')).toBe('this minute');
  });
});
