import { describe, expect, it } from 'vitest';
import {
  CHOICE_KEYS,
  DEFAULT_CHOICES,
  OWNED_PARAMS,
  STATE_TABLE,
  choicesFromParams,
  choicesOf,
  specOf,
  type TimelineChoices,
} from '../../../src/store/stateTable';
import { createTimelineStore } from '../../../src/store/createTimelineStore';
import { historyModeFor, toQueryString, toSearchParams } from '../../../src/store/urlState';

/** A value other than the default for every choice. */
const changed: TimelineChoices = {
  themeFilter: ['alpha'],
  dimFiltered: true,
  showLinks: true,
  myNotes: true,
  thread: 'e1',
  selectedEventId: 'e1',
  viewport: [Date.UTC(2001, 0, 1), Date.UTC(2002, 0, 1)],
  presenting: { tourId: 't', step: 2 },
  kiosk: true,
  view: 'sources',
  query: 'cloud',
  highlightedSourceId: 's1',
  comparePair: '2008~2011',
  person: 'Ada',
  speakers: 'press',
  tableSort: { key: 'quotes', direction: 'descending' },
};

describe('the state table', () => {
  it('gives the store its defaults', () => {
    expect(createTimelineStore().getState()).toMatchObject(DEFAULT_CHOICES);
    expect(choicesOf(createTimelineStore().getState())).toEqual(DEFAULT_CHOICES);
  });

  it('lists every param once, and no choice shares a param with another', () => {
    expect(new Set(OWNED_PARAMS).size).toBe(OWNED_PARAMS.length);
    expect(OWNED_PARAMS).toEqual(
      expect.arrayContaining(['themes', 'from', 'to', 'tour', 'step', 'speakers']),
    );
    expect(OWNED_PARAMS).not.toContain('data');
    expect(OWNED_PARAMS).not.toContain('lang');
  });

  it('reads every default from an empty address', () => {
    expect(choicesFromParams(new URLSearchParams())).toEqual(DEFAULT_CHOICES);
  });

  it.each(CHOICE_KEYS)('round-trips %s on its own through the address', (key) => {
    const one = { ...DEFAULT_CHOICES, [key]: changed[key] };
    const qs = toQueryString(toSearchParams(one));
    expect(qs).not.toBe('');
    expect(choicesFromParams(new URLSearchParams(qs))).toEqual(one);
  });

  it.each(CHOICE_KEYS)('records a change of %s as its history mode says', (key) => {
    const mode = historyModeFor(DEFAULT_CHOICES, { ...DEFAULT_CHOICES, [key]: changed[key] });
    expect(mode).toBe(specOf(key).history);
  });

  it('pushes when a discrete choice and the window change together', () => {
    expect(historyModeFor(DEFAULT_CHOICES, { ...DEFAULT_CHOICES, ...changed })).toBe('push');
  });

  it('keeps choicesOf to the table’s keys (no actions, no extra fields)', () => {
    const withExtras = { ...changed, dataUrl: '/x.json', tourData: 'abc' };
    expect(Object.keys(choicesOf(withExtras))).toEqual(Object.keys(STATE_TABLE));
  });
});

describe('setChoice', () => {
  it('sets one choice and leaves the others', () => {
    const store = createTimelineStore({ selectedEventId: 'e1' });
    store.getState().setChoice('speakers', 'press');
    expect(store.getState().speakers).toBe('press');
    expect(store.getState().selectedEventId).toBe('e1');
  });
});
