import { describe, expect, it } from 'vitest';
import { createTimelineStore } from '../../../src/store/createTimelineStore';
import {
  buildQuotedEventIndex,
  selectEventsCitingSource,
  selectQuotesForPanel,
  selectVisibleSelection,
} from '../../../src/store/selectors';
import { loadFixture } from '../../setup/fixtures';
import { computeFilteredView } from '../../../src/lib/chart/chartItems';
import { buildTimeIndex, itemsInWindow } from '../../../src/lib/timeIndex';

/** The events the chart shows under a filter, with their emphasis (what the product uses). */
const selectShownEvents = (
  filter: readonly string[] | null,
  dimFiltered: boolean,
  spotlight: ReadonlySet<string> | null = null,
) =>
  computeFilteredView(
    data,
    { filter, dimFiltered, spotlight: spotlight && { sourceId: 'src', eventIds: spotlight } },
    (e) => e.title,
  ).shown;

const data = loadFixture();
const all = data.span;

describe('the events shown under a filter', () => {
  it('shows everything with no filter, in date order', () => {
    const ids = selectShownEvents(null, false).map((s) => s.event.id);
    expect(ids).toEqual(['conf-2001', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('hides events without an active theme, but keeps conferences', () => {
    const ids = selectShownEvents(['gamma'], false).map((s) => s.event.id);
    expect(ids).toEqual(['conf-2001', 'e3']);
  });

  it('matches an event through any of its themes', () => {
    const ids = selectShownEvents(['alpha'], false).map((s) => s.event.id);
    expect(ids).toContain('e2'); // themes: beta, alpha
  });

  it('dims instead of hiding when asked', () => {
    const shown = selectShownEvents(['gamma'], true);
    expect(shown).toHaveLength(6);
    expect(shown.find((s) => s.event.id === 'e1')?.emphasis).toBe('dimmed');
    expect(shown.find((s) => s.event.id === 'e3')?.emphasis).toBe('normal');
  });
});

describe('selectQuotesForPanel', () => {
  const quoted = (filter: readonly string[] | null) => buildQuotedEventIndex(data, filter);

  it("shows the selected event's quotes", () => {
    const c = selectQuotesForPanel(data, quoted(null), 'e2', all);
    expect(c.mode).toBe('event');
    expect(c.quotes.map((q) => q.id)).toEqual(['q2']);
  });

  it('shows the quotes of matching events in view when nothing is selected', () => {
    const c = selectQuotesForPanel(data, quoted(null), null, all);
    expect(c.mode).toBe('view');
    expect(c.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    const narrow = selectQuotesForPanel(data, quoted(null), null, [
      Date.UTC(2001, 2, 1),
      Date.UTC(2001, 3, 1),
    ]);
    expect(narrow.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    const filtered = selectQuotesForPanel(data, quoted(['beta']), null, all);
    expect(filtered.quotes.map((q) => q.id)).toEqual(['q2', 'q4']);
  });

  it('keeps only the quotes of the events "Only my notes" / "N disputed" keep, as the chart does', () => {
    const only = new Set(['e2', 'e3']);
    const c = selectQuotesForPanel(data, buildQuotedEventIndex(data, null, only), null, all);
    expect(c.quotes.every((q) => only.has(q.eventId))).toBe(true);
    expect(c.quotes.length).toBeGreaterThan(0);
    expect(c.quotes.map((q) => q.id)).not.toContain('q1');
    expect(c.total).toBe(c.quotes.length);
    // With both filters on and nothing in common, the panel is empty rather than unfiltered.
    expect(
      selectQuotesForPanel(data, buildQuotedEventIndex(data, null, new Set()), null, all).quotes,
    ).toEqual([]);
    // The selected event's quotes still show whatever the filter keeps.
    expect(
      selectQuotesForPanel(data, buildQuotedEventIndex(data, null, only), 'e1', all).mode,
    ).toBe('event');
  });

  it('lists at most `limit` quotes but counts them all', () => {
    const c = selectQuotesForPanel(data, quoted(null), null, all, 2);
    expect(c.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(c.total).toBe(4);
  });
});

describe('the events in view', () => {
  it('includes ranges that overlap the window', () => {
    const ids = itemsInWindow(
      buildTimeIndex(data.events),
      Date.UTC(2001, 11, 1),
      Date.UTC(2001, 11, 2),
    ).map((e) => e.id);
    expect(ids).toEqual(['e3']);
  });
});

describe('selectVisibleSelection', () => {
  it('drops a selection the filter hides, but keeps a dimmed one', () => {
    const s = { selectedEventId: 'e1', themeFilter: ['gamma'], dimFiltered: false };
    expect(selectVisibleSelection(data, s)).toBeNull();
    expect(selectVisibleSelection(data, { ...s, dimFiltered: true })?.id).toBe('e1');
  });
});

describe('store actions', () => {
  const ids = ['alpha', 'beta', 'gamma'];
  it('toggles a theme off from "all", and back to "all"', () => {
    const store = createTimelineStore();
    store.getState().toggleTheme('beta', ids);
    expect(store.getState().themeFilter).toEqual(['alpha', 'gamma']);
    store.getState().toggleTheme('beta', ids);
    expect(store.getState().themeFilter).toBeNull();
  });
  it('has all / none shortcuts', () => {
    const store = createTimelineStore({ themeFilter: ['alpha'] });
    store.getState().showNoThemes();
    expect(store.getState().themeFilter).toEqual([]);
    store.getState().showAllThemes();
    expect(store.getState().themeFilter).toBeNull();
  });
});

describe('source highlight', () => {
  it('finds the events citing a source directly or through a quote, and dims the others', () => {
    const citing = selectEventsCitingSource(data, 'src-b');
    expect([...citing].sort()).toEqual(['e3', 'e4', 'e5']);
    const shown = selectShownEvents(null, false, citing);
    expect(shown.find((s) => s.event.id === 'e1')?.emphasis).toBe('dimmed');
    expect(shown.find((s) => s.event.id === 'e4')?.emphasis).toBe('normal');
    expect(shown).toHaveLength(6);
  });
});
