import { describe, expect, it } from 'vitest';
import {
  currentLocation,
  dropParam,
  readParam,
  speakerWindowUrl,
  writeChoices,
  writeLangParam,
} from '../../src/store/browserUrl';
import { DEFAULT_CHOICES } from '../../src/store/stateTable';

const at = (url: string, state: unknown = null) => {
  window.history.replaceState(state, '', url);
};

describe('browserUrl', () => {
  it('reads the current address and its params', () => {
    at('/?event=e1&data=%2Fx.json#here');
    expect(readParam('data')).toBe('/x.json');
    expect(readParam('nope')).toBeNull();
    expect(currentLocation()).toMatchObject({ pathname: '/', search: '?event=e1&data=%2Fx.json' });
  });

  it('drops a one-off param, keeping the others, the hash and the history state', () => {
    at('/?data=%2Fx.json&themes=a~b#sec', { keep: 1 });
    const length = window.history.length;
    dropParam('data');
    expect(window.location.search).toBe('?themes=a~b');
    expect(window.location.hash).toBe('#sec');
    expect(window.history.state).toEqual({ keep: 1 });
    expect(window.history.length).toBe(length);
  });

  it('writes the language without a history entry', () => {
    at('/?event=e1');
    const length = window.history.length;
    writeLangParam('de');
    expect(window.location.search).toBe('?event=e1&lang=de');
    expect(window.history.length).toBe(length);
  });

  it('pushes or replaces the choices, keeping params that are not choices', () => {
    at('/?data=%2Fx.json&lang=de&event=old');
    const length = window.history.length;
    writeChoices({ ...DEFAULT_CHOICES, selectedEventId: 'e2' }, 'push');
    expect(window.history.length).toBe(length + 1);
    expect(new URLSearchParams(window.location.search).get('event')).toBe('e2');
    expect(readParam('data')).toBe('/x.json');
    expect(readParam('lang')).toBe('de');
    writeChoices(DEFAULT_CHOICES, 'replace');
    expect(window.history.length).toBe(length + 1);
    expect(readParam('event')).toBeNull();
  });

  it('opens the speaker window on this address with speaker=1', () => {
    at('/?tour=t&step=2');
    expect(new URL(speakerWindowUrl()).search).toBe('?tour=t&step=2&speaker=1');
  });
});
