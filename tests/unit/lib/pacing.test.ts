import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDuration,
  movePacing,
  paceAt,
  paceStatus,
  parseDuration,
  startPacing,
} from '../../../src/lib/pacing';

const S = 1000;

describe('pacing', () => {
  it('counts the talk and the stop from the injected clock', () => {
    const log = startPacing(10_000);
    const p = paceAt(log, [60, 120], 10_000 + 45 * S);
    expect(p.elapsedMs).toBe(45 * S);
    expect(p.stopElapsedMs).toBe(45 * S);
    expect(p.stopPlannedMs).toBe(60 * S);
    expect(p.stopLeftMs).toBe(15 * S);
    expect(p.stopStatus).toBe('onTime');
    expect(p.talkPlannedMs).toBe(180 * S);
    expect(p.talkLeftMs).toBe(135 * S);
    expect(p.talkStatus).toBe('onTime');
  });

  it('turns nearly out of time in the last fifth (or 10 s), then over', () => {
    const log = startPacing(0);
    expect(paceAt(log, [100], 79 * S).stopStatus).toBe('onTime');
    expect(paceAt(log, [100], 80 * S).stopStatus).toBe('nearly');
    expect(paceAt(log, [100], 100 * S).stopStatus).toBe('nearly');
    const over = paceAt(log, [100], 130 * S);
    expect(over.stopStatus).toBe('over');
    expect(over.stopLeftMs).toBe(-30 * S);
    // A short stop warns 10 s before its end, not 2 s.
    expect(paceAt(log, [10], 1 * S).stopStatus).toBe('nearly');
    expect(paceStatus(null, null)).toBe('unplanned');
  });

  it('keeps each stop its own time, every visit counted', () => {
    let log = startPacing(0);
    log = movePacing(log, 1, 50 * S); // 50 s on stop 1
    log = movePacing(log, 0, 80 * S); // 30 s on stop 2, back to stop 1
    const p = paceAt(log, [60, 60], 95 * S);
    expect(p.stopElapsedMs).toBe(65 * S);
    expect(p.stopStatus).toBe('over');
    expect(p.elapsedMs).toBe(95 * S);
    expect(p.talkLeftMs).toBe(25 * S);
    expect(movePacing(log, 0, 99 * S)).toBe(log);
  });

  it('has no plan for stops or talks without durations', () => {
    const p = paceAt(startPacing(0, 1), [undefined, undefined], 5 * S);
    expect(p.stopLeftMs).toBeNull();
    expect(p.stopStatus).toBe('unplanned');
    expect(p.talkPlannedMs).toBeNull();
    expect(p.talkStatus).toBe('unplanned');
    // Stops with a plan make the talk's plan; the others add nothing.
    expect(paceAt(startPacing(0, 1), [30, undefined], 5 * S).talkPlannedMs).toBe(30 * S);
  });

  it('reads and writes clock times', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(-42_000)).toBe('0:42');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatDuration(90)).toBe('1:30');
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration(' 1:30 ')).toBe(90);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('')).toBeNull();
    for (const bad of ['0', '1:75', 'abc', '1.5', '-3', '1:', '25:00:00']) {
      expect(parseDuration(bad), bad).toBeUndefined();
    }
  });
});
