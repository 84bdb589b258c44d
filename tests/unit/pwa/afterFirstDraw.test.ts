import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstDraw } from '../../../src/pwa/afterFirstDraw';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('afterFirstDraw (when the service worker is installed)', () => {
  afterEach(() => {
    performance.clearMarks('timeline-drawn');
  });

  it('waits for the first timeline to be drawn', async () => {
    let runs = 0;
    afterFirstDraw(() => runs++, 10_000);
    await tick(30);
    expect(runs).toBe(0);
    performance.mark('timeline-drawn');
    await tick(30);
    expect(runs).toBe(1);
    // A later redraw does not run it again.
    performance.mark('timeline-drawn');
    await tick(30);
    expect(runs).toBe(1);
  });

  it('runs at once when the timeline was drawn before it was asked', async () => {
    performance.mark('timeline-drawn');
    let runs = 0;
    afterFirstDraw(() => runs++, 10_000);
    await tick();
    expect(runs).toBe(1);
  });

  it('runs anyway after its deadline when no timeline is ever drawn', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let runs = 0;
      afterFirstDraw(() => runs++, 1000);
      vi.advanceTimersByTime(999);
      expect(runs).toBe(0);
      vi.advanceTimersByTime(1);
      vi.runAllTimers();
      expect(runs).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
