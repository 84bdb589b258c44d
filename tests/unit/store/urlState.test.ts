import { describe, expect, it } from 'vitest';
import {
  formatUrlDate,
  historyModeFor,
  parseUrlDate,
  parseUrlState,
  sanitizeChoices,
  toQueryString,
  toSearchParams,
} from '../../../src/store/urlState';
import { DEFAULT_CHOICES } from '../../../src/store/createTimelineStore';

const allow = {
  themeIds: new Set(['alpha', 'beta', 'gamma']),
  eventIds: new Set(['e1', 'e2']),
  bounds: [Date.UTC(2000, 0, 1), Date.UTC(2004, 0, 1)] as const,
};

describe('parseUrlState / toSearchParams', () => {
  it('round-trips every choice', () => {
    const choices = {
      themeFilter: ['alpha', 'gamma'],
      dimFiltered: true,
      showLinks: true,
      myNotes: true,
      thread: 'e1',
      selectedEventId: 'e2',
      viewport: [Date.UTC(2001, 2, 1), Date.UTC(2002, 5, 15, 12, 30)] as const,
      presenting: { tourId: 'story', step: 3 },
      kiosk: true,
      view: 'table' as const,
      query: 'ballmer cloud',
      highlightedSourceId: 'src-a',
      comparePair: '2008~2011',
      person: 'Steve Ballmer',
      speakers: 'microsoft',
      tableSort: { key: 'title' as const, direction: 'descending' as const },
    };
    const qs = toQueryString(toSearchParams(choices));
    expect(qs).toBe(
      '?themes=alpha~gamma&dim=1&links=1&notes=1&event=e2&thread=e1&from=2001-03-01&to=2002-06-15T12:30Z&tour=story&step=4&kiosk=1&view=table&q=ballmer+cloud&source=src-a&compare=2008~2011&person=Steve+Ballmer&speakers=microsoft&sort=title-desc',
    );
    const back = parseUrlState(qs);
    expect(back).toEqual({ ...choices, dataUrl: null, tourData: null });
  });

  it('leaves defaults out of the URL', () => {
    expect(toQueryString(toSearchParams(DEFAULT_CHOICES))).toBe('');
  });

  it('keeps params it does not own, such as data=', () => {
    const p = toSearchParams(DEFAULT_CHOICES, new URLSearchParams('data=/x.json&event=old'));
    expect(p.get('data')).toBe('/x.json');
    expect(p.has('event')).toBe(false);
  });

  it('encodes "no themes" distinctly from "all themes"', () => {
    const none = toQueryString(toSearchParams({ ...DEFAULT_CHOICES, themeFilter: [] }));
    expect(none).toBe('?themes=');
    expect(parseUrlState(none).themeFilter).toEqual([]);
    expect(parseUrlState('').themeFilter).toBeNull();
  });

  it('ignores a malformed or reversed window', () => {
    expect(parseUrlState('?from=2008-02-31&to=2009-01-01').viewport).toBeNull();
    expect(parseUrlState('?from=2009-01-01&to=2008-01-01').viewport).toBeNull();
  });
});

describe('presenter state in the URL', () => {
  it('leaves step 1 out, and reads a missing or bad step as the first', () => {
    const p = toSearchParams({ ...DEFAULT_CHOICES, presenting: { tourId: 't', step: 0 } });
    expect(toQueryString(p)).toBe('?tour=t');
    expect(parseUrlState('?tour=t').presenting).toEqual({ tourId: 't', step: 0 });
    expect(parseUrlState('?tour=t&step=-3').presenting).toEqual({ tourId: 't', step: 0 });
    expect(parseUrlState('?tour=t&step=x').presenting).toEqual({ tourId: 't', step: 0 });
    expect(parseUrlState('?step=4').presenting).toBeNull();
  });

  it('gives each stop a history entry of its own', () => {
    const a = { ...DEFAULT_CHOICES, presenting: { tourId: 't', step: 0 } };
    expect(historyModeFor(a, { ...a, presenting: { tourId: 't', step: 1 } })).toBe('push');
    expect(historyModeFor(a, { ...a, presenting: null })).toBe('push');
  });

  it('runs a kiosk from kiosk=1, and its loop replaces the history entry', () => {
    expect(parseUrlState('?kiosk=1').kiosk).toBe(true);
    expect(parseUrlState('?kiosk=yes').kiosk).toBe(false);
    const k = { ...DEFAULT_CHOICES, kiosk: true, presenting: { tourId: 't', step: 0 } };
    expect(toQueryString(toSearchParams(k))).toBe('?tour=t&kiosk=1');
    // A loop all day long must not fill the history: each stop replaces the last.
    expect(historyModeFor(k, { ...k, presenting: { tourId: 't', step: 1 } })).toBe('replace');
    // Leaving it is a step Back can undo.
    expect(historyModeFor(k, { ...k, kiosk: false, presenting: null })).toBe('push');
  });
});

describe('views, search and source highlight in the URL', () => {
  it('ignores an unknown view and drops an unknown source', () => {
    expect(parseUrlState('?view=cockpit').view).toBe('chart');
    const s = sanitizeChoices(parseUrlState('?source=nope&view=glossary'), {
      ...allow,
      sourceIds: new Set(['src-a']),
    });
    expect(s.highlightedSourceId).toBeNull();
    expect(s.view).toBe('glossary');
  });
  it('replaces history while typing a query, pushes when the view changes', () => {
    expect(historyModeFor(DEFAULT_CHOICES, { ...DEFAULT_CHOICES, query: 'b' })).toBe('replace');
    expect(historyModeFor(DEFAULT_CHOICES, { ...DEFAULT_CHOICES, view: 'table' })).toBe('push');
  });
});

describe('the table order in the URL', () => {
  it('reads a column and a direction, and falls back to date order on anything else', () => {
    expect(parseUrlState('?sort=quotes').tableSort).toEqual({
      key: 'quotes',
      direction: 'ascending',
    });
    expect(parseUrlState('?sort=sources-desc').tableSort).toEqual({
      key: 'sources',
      direction: 'descending',
    });
    for (const bad of ['?sort=colour', '?sort=title-up', '?sort=title-desc-x', '?sort='])
      expect(parseUrlState(bad).tableSort).toEqual(DEFAULT_CHOICES.tableSort);
  });
  it('just updates the URL when the table is re-sorted', () => {
    const sorted = {
      ...DEFAULT_CHOICES,
      tableSort: { key: 'title', direction: 'ascending' } as const,
    };
    expect(historyModeFor(DEFAULT_CHOICES, sorted)).toBe('replace');
  });
});

describe('sanitizeChoices', () => {
  it('drops unknown theme and event ids', () => {
    const s = sanitizeChoices({ ...parseUrlState('?themes=alpha~nope&event=ghost') }, allow);
    expect(s.themeFilter).toEqual(['alpha']);
    expect(s.selectedEventId).toBeNull();
  });

  it('treats a link naming only unknown themes as "all themes" rather than blanking the chart', () => {
    expect(sanitizeChoices(parseUrlState('?themes=zzz'), allow).themeFilter).toBeNull();
  });

  it('normalises "every theme listed" to all themes', () => {
    expect(
      sanitizeChoices(parseUrlState('?themes=gamma~beta~alpha'), allow).themeFilter,
    ).toBeNull();
  });

  it('clamps the window inside the data', () => {
    const s = sanitizeChoices(parseUrlState('?from=1990-01-01&to=1991-01-01'), allow);
    expect(s.viewport?.[0]).toBe(allow.bounds[0]);
  });
});

describe('historyModeFor', () => {
  it('pushes discrete choices and replaces for the zoom window', () => {
    const a = DEFAULT_CHOICES;
    expect(historyModeFor(a, { ...a, selectedEventId: 'e1' })).toBe('push');
    expect(historyModeFor(a, { ...a, themeFilter: ['alpha'] })).toBe('push');
    expect(historyModeFor(a, { ...a, viewport: [1, 2] })).toBe('replace');
    expect(historyModeFor(a, { ...a })).toBeNull();
  });
});

describe('URL dates', () => {
  it('formats midnight as a day and keeps minutes otherwise', () => {
    expect(formatUrlDate(Date.UTC(2008, 6, 9))).toBe('2008-07-09');
    expect(formatUrlDate(Date.UTC(2008, 6, 9, 6, 5))).toBe('2008-07-09T06:05Z');
    expect(parseUrlDate('2008-07-09T06:05Z')).toBe(Date.UTC(2008, 6, 9, 6, 5));
    expect(parseUrlDate('garbage')).toBeNull();
  });
});
