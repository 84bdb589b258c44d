import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import wpc from '../../data/wpc.json';
import { SpeakerView } from '../../src/features/presenter/SpeakerView';
import type { PresenterMessage } from '../../src/features/presenter/channel';
import type { Tour } from '../../src/lib/tours';

const tour = (wpc as unknown as { tours: Tour[] }).tours[0]!;

/** A BroadcastChannel stand-in that records what the speaker's window sends. */
class FakeChannel {
  static sent: PresenterMessage[] = [];
  onmessage: ((e: MessageEvent<PresenterMessage>) => void) | null = null;
  postMessage(m: PresenterMessage) {
    FakeChannel.sent.push(m);
  }
  close() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeChannel.sent = [];
});

describe('SpeakerView', () => {
  it('counts quick presses from the stop it asked for, before the main window answers', () => {
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    render(<SpeakerView tours={[tour]} initial={{ tourId: tour.id, step: 1 }} />);
    expect(screen.getByRole('heading', { name: `Now: ${tour.stops[1]!.title}` })).toBeVisible();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    });
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    });
    act(() => {
      screen.getByRole('button', { name: /Previous/ }).click();
    });
    const steps = FakeChannel.sent.flatMap((m) => (m.type === 'go' ? [m.step] : []));
    expect(steps).toEqual([2, 3, 2]);
    expect(screen.getByRole('heading', { name: `Now: ${tour.stops[2]!.title}` })).toBeVisible();
  });
});
