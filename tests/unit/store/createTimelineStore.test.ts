import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimelineStore } from '../../../src/store/createTimelineStore';

describe(createTimelineStore, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('labels each action "slice/action" for Redux DevTools in development', () => {
    const send = vi.fn();
    vi.stubGlobal('window', {
      __REDUX_DEVTOOLS_EXTENSION__: {
        connect: () => ({ init: vi.fn(), send, subscribe: vi.fn(() => vi.fn()) }),
      },
    });
    const store = createTimelineStore();
    store.getState().toggleTheme('a', ['a', 'b']);
    store.getState().selectEvent('e1');
    store.getState().setChoice('speakers', 'press');
    store.getState().applyChoices({});
    expect(send.mock.calls.map(([action]) => (action as { type: string }).type)).toEqual([
      'filters/toggleTheme',
      'selection/selectEvent',
      'choices/setChoice',
      'choices/applyChoices',
    ]);
  });

  it('combines the slices into one store of choices and actions', () => {
    const store = createTimelineStore({ view: 'table' });
    const s = store.getState();
    expect(s.view).toBe('table');
    s.presentStop(
      { tourId: 't', step: 1 },
      { themeFilter: ['a', 'a'], selectedEventId: 'e1', viewport: [1, 2] },
    );
    expect(store.getState()).toMatchObject({
      presenting: { tourId: 't', step: 1 },
      themeFilter: ['a'],
      selectedEventId: 'e1',
      viewport: [1, 2],
      view: 'table',
    });
    store.getState().stopPresenting();
    expect(store.getState().presenting).toBeNull();
  });
});
