import { describe, expect, it } from 'vitest';
import { migrateParams, URL_MIGRATIONS, type UrlMigration } from '../../../src/store/urlMigrations';
import { parseUrlState, toQueryString, toSearchParams } from '../../../src/store/urlState';

/** A link in today's format, with every choice set. */
const TODAYS_LINK =
  '?themes=alpha~gamma&dim=1&links=1&notes=1&event=e2&thread=e1&from=2001-03-01&to=2002-06-15T12:30Z&tour=story&step=4&view=table&q=ballmer+cloud&source=src-a&compare=2008~2011&person=Steve+Ballmer&speakers=microsoft';

describe('URL migrations', () => {
  it('still open a link in today’s format as the same state', () => {
    expect(parseUrlState(TODAYS_LINK)).toEqual({
      themeFilter: ['alpha', 'gamma'],
      dimFiltered: true,
      showLinks: true,
      myNotes: true,
      thread: 'e1',
      selectedEventId: 'e2',
      viewport: [Date.UTC(2001, 2, 1), Date.UTC(2002, 5, 15, 12, 30)],
      presenting: { tourId: 'story', step: 3 },
      kiosk: false,
      view: 'table',
      query: 'ballmer cloud',
      highlightedSourceId: 'src-a',
      comparePair: '2008~2011',
      person: 'Steve Ballmer',
      speakers: 'microsoft',
      tableSort: { key: 'date', direction: 'ascending' },
      dataUrl: null,
      tourData: null,
    });
    expect(toQueryString(toSearchParams(parseUrlState(TODAYS_LINK)))).toBe(TODAYS_LINK);
  });

  it('leave today’s params untouched', () => {
    const p = new URLSearchParams(TODAYS_LINK);
    expect(migrateParams(p).toString()).toBe(p.toString());
    expect(URL_MIGRATIONS.every((m) => m.change.length > 0)).toBe(true);
  });

  // The mechanism, with a made-up rename (no param has been renamed yet).
  const renames: UrlMigration[] = [
    {
      change: 'example: `hl` renamed to `source`',
      migrate: (p) => {
        const old = p.get('hl');
        p.delete('hl');
        if (old !== null && !p.has('source')) p.set('source', old);
      },
    },
    {
      change: 'example, later: `source` values lost their `src:` prefix',
      migrate: (p) => {
        const v = p.get('source');
        if (v?.startsWith('src:') === true) p.set('source', v.slice(4));
      },
    },
  ];

  it('applies every migration in order, on a copy', () => {
    const p = new URLSearchParams('?hl=src:abc&event=e1');
    const migrated = migrateParams(p, renames);
    expect(migrated.get('source')).toBe('abc');
    expect(migrated.has('hl')).toBe(false);
    expect(migrated.get('event')).toBe('e1');
    expect(p.get('hl')).toBe('src:abc');
  });

  it('lets a param in the new form win over a stale old one', () => {
    expect(migrateParams(new URLSearchParams('?hl=x&source=y'), renames).get('source')).toBe('y');
  });
});
