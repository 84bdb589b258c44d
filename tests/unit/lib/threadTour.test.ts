import { describe, expect, it } from 'vitest';
import type { EventLink } from '../../../src/domain/types';
import { getI18n, i18nFor, loadMessages } from '../../../src/i18n/i18n';
import { buildThread } from '../../../src/lib/thread';
import { stopWindow, tourFromThread } from '../../../src/lib/threadTour';
import { viewForStop } from '../../../src/lib/tours';
import { DAY_MS } from '../../../src/lib/viewport';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ev = (title: string, start: string, end = start) => ({
  title,
  startMs: day(start),
  endMs: day(end) + DAY_MS,
});
const events = new Map([
  ['fear', ev('Hosting partners fear Microsoft', '2007-07-10')],
  ['answer', ev('The 2008 keynote answers', '2008-07-08')],
  ['bet', ev('All in', '2010-07-12')],
  ['lonely', ev('No links', '2009-01-01')],
]);
const links: EventLink[] = [
  { from: 'answer', to: 'fear', kind: 'responds-to', note: 'It answers the fear.', sources: ['s'] },
  {
    from: 'bet',
    to: 'answer',
    kind: 'follows-up',
    note: 'Our reading: it goes further.',
    sources: ['s'],
    reading: true,
  },
];
const bounds: [number, number] = [day('2006-01-01'), day('2012-12-31')];
const startOf = (id: string) => events.get(id)?.startMs;

describe('tourFromThread', () => {
  const steps = buildThread('answer', links, startOf);
  const tour = tourFromThread(steps, events, getI18n(), {
    id: 'thread-answer',
    title: 'Thread: The 2008 keynote answers',
    bounds,
  });

  it('makes one stop per step, in date order, each selecting its event with all themes shown', () => {
    expect(tour?.id).toBe('thread-answer');
    expect(tour?.stops.map((s) => s.title)).toEqual([
      'Hosting partners fear Microsoft',
      'The 2008 keynote answers',
      'All in',
    ]);
    expect(tour?.stops.map((s) => s.view.eventId)).toEqual(['fear', 'answer', 'bet']);
    expect(tour?.stops.every((s) => s.view.themes === null)).toBe(true);
  });

  it('tells each stop looking back: the link notes to earlier stops, with kind, event and "our reading"', () => {
    expect(tour?.stops[1]?.notes).toBe(
      'Responds to Hosting partners fear Microsoft: It answers the fear.',
    );
    expect(tour?.stops[2]?.notes).toBe(
      'Follows up The 2008 keynote answers (our reading): Our reading: it goes further.',
    );
    // The first stop has nothing before it.
    expect(tour?.stops[0]?.notes).toBeUndefined();
  });

  it('reads forwards in time whichever event the thread started from', () => {
    const fromEnd = buildThread('bet', links, startOf);
    const other = tourFromThread(fromEnd, events, getI18n(), { id: 'x', title: 'x', bounds });
    expect(other?.stops.map((s) => s.notes)).toEqual(tour?.stops.map((s) => s.notes));
  });

  it('gives each stop a window showing its event and the event it links to', () => {
    const stop = tour?.stops[2];
    if (!stop) throw new Error('no stop');
    const known = {
      themeIds: new Set<string>(),
      events,
      quoteIds: new Set<string>(),
      bounds,
    };
    const view = viewForStop(stop, known);
    const [from, to] = view.viewport ?? bounds;
    expect(from).toBeLessThan(day('2008-07-08'));
    expect(to).toBeGreaterThan(day('2010-07-12'));
    // Not the whole dataset: the window is about these two years.
    expect(from).toBeGreaterThan(day('2008-01-01'));
    expect(view.selectedEventId).toBe('bet');
  });

  it('keeps a lone event at least two months on either side', () => {
    const w = stopWindow('lonely', [], events);
    expect(w?.[0]).toBeLessThanOrEqual(day('2009-01-01') - 60 * DAY_MS);
    expect(w?.[1]).toBeGreaterThanOrEqual(day('2009-01-02') + 60 * DAY_MS);
  });

  it('is null for an empty thread, and speaks the reader’s language', async () => {
    expect(tourFromThread([], events, getI18n(), { id: 'x', title: 'x', bounds })).toBeNull();
    await loadMessages('de');
    const de = tourFromThread(steps, events, i18nFor('de'), { id: 'x', title: 'x', bounds });
    expect(de?.stops[1]?.notes).toMatch(/^Antwortet auf Hosting partners fear Microsoft: /);
  });
});
