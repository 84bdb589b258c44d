import { describe, expect, it } from 'vitest';
import {
  decodeTour,
  encodeTour,
  featuredQuoteId,
  stopFromView,
  viewForStop,
  type Tour,
} from '../../../src/lib/tours';
import { paddedBounds } from '../../../src/lib/viewport';
import { loadFixture } from '../../setup/fixtures';

const data = loadFixture();
const known = {
  themeIds: new Set(data.themesById.keys()),
  events: data.eventsById,
  quoteIds: new Set(data.quotesById.keys()),
  bounds: paddedBounds(data.span),
};

describe('viewForStop', () => {
  it('applies the window, filter, event and quote of a stop', () => {
    const v = viewForStop(
      {
        title: 's',
        view: { from: '2001-03', to: '2001-04', themes: ['beta'], eventId: 'e2', quoteId: 'q2' },
      },
      known,
    );
    expect(v).toEqual({
      themeFilter: ['beta'],
      selectedEventId: 'e2',
      viewport: [Date.UTC(2001, 2, 1), Date.UTC(2001, 4, 1)],
      quoteId: 'q2',
    });
  });

  it('drops ids the dataset does not have', () => {
    const v = viewForStop(
      { title: 's', view: { themes: ['beta', 'nope'], eventId: 'ghost', quoteId: 'zz' } },
      known,
    );
    expect(v.themeFilter).toEqual(['beta']);
    expect(v.selectedEventId).toBeNull();
    expect(v.quoteId).toBeNull();
  });

  it('treats a filter of only unknown themes as all themes, not none', () => {
    expect(viewForStop({ title: 's', view: { themes: ['nope'] } }, known).themeFilter).toBeNull();
    expect(viewForStop({ title: 's', view: { themes: [] } }, known).themeFilter).toEqual([]);
  });

  it('frames an event when the stop gives no window, and shows everything when it gives neither', () => {
    const v = viewForStop({ title: 's', view: { eventId: 'e5' } }, known);
    const e5 = data.eventsById.get('e5')!;
    expect(v.viewport![0]).toBeLessThan(e5.startMs);
    expect(v.viewport![1]).toBeGreaterThan(e5.endMs - 1);
    expect(viewForStop({ title: 's', view: {} }, known).viewport).toBeNull();
  });
});

describe('stopFromView', () => {
  it('captures the current view, and applying it gives the same view back', () => {
    const view = {
      themeFilter: ['alpha'],
      selectedEventId: 'e1',
      viewport: [Date.UTC(2001, 1, 1), Date.UTC(2001, 5, 1)] as const,
    };
    const stop = stopFromView(view, 'Here', known.bounds);
    expect(stop).toEqual({
      title: 'Here',
      view: { from: '2001-02-01', to: '2001-05-31', themes: ['alpha'], eventId: 'e1' },
    });
    const back = viewForStop(stop, known);
    expect(back.viewport).toEqual(view.viewport);
    expect(back.themeFilter).toEqual(['alpha']);
    expect(back.selectedEventId).toBe('e1');
  });
});

describe('encodeTour / decodeTour', () => {
  it('round-trips a tour through a URL-safe string, including non-ASCII text', () => {
    const tour: Tour = {
      id: 't',
      title: 'Köln — “quotes” & more',
      stops: [{ title: 'Ä', notes: '→', view: { eventId: 'e1' } }],
    };
    const packed = encodeTour(tour);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTour(packed)).toEqual(tour);
  });
  it('returns null for text that is not a packed tour', () => {
    expect(decodeTour('%%%')).toBeNull();
    expect(decodeTour(btoa('not json'))).toBeNull();
  });
});

describe(featuredQuoteId, () => {
  const byEvent = new Map([['e1', [{ id: 'q1' }, { id: 'q2' }]]]);
  it('takes the quote the stop names', () => {
    expect(featuredQuoteId({ quoteId: 'q2', selectedEventId: 'e1' }, byEvent)).toBe('q2');
  });
  it("falls back to the first quote of the stop's event", () => {
    expect(featuredQuoteId({ quoteId: null, selectedEventId: 'e1' }, byEvent)).toBe('q1');
  });
  it('has none for a stop without an event or whose event has no quotes', () => {
    expect(featuredQuoteId({ quoteId: null, selectedEventId: null }, byEvent)).toBeNull();
    expect(featuredQuoteId({ quoteId: null, selectedEventId: 'e9' }, byEvent)).toBeNull();
  });
});
