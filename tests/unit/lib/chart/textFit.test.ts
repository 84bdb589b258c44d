import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateWidth, fitText, longestFitting } from '../../../../src/lib/chart/textMetrics';

/** The plain answer: the largest n ≤ max that fits, by trying every n. */
function bruteForce(max: number, fits: (n: number) => boolean): number {
  let best = 0;
  for (let n = 1; n <= max; n++) if (fits(n)) best = n;
  return best;
}

describe('longestFitting', () => {
  it('finds the same n as trying every one, from any guess', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -5, max: 320 }),
        (max, limit, guess) => {
          const fits = (n: number) => n <= limit;
          expect(longestFitting(max, fits, { guess })).toBe(bruteForce(max, fits));
        },
      ),
    );
  });

  it('asks few times when the guess is close', () => {
    let asked = 0;
    const fits = (n: number) => {
      asked++;
      return n <= 41;
    };
    expect(longestFitting(80, fits, { guess: 40 })).toBe(41);
    expect(asked).toBeLessThanOrEqual(4);
  });
});

describe('fitText', () => {
  const measureCalls = () => {
    let calls = 0;
    const measure = (t: string, px: number, bold?: boolean) => {
      calls++;
      return estimateWidth(t, px, bold);
    };
    return { measure, count: () => calls };
  };

  it('cuts at the longest prefix that fits, as a search over every length would', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 600 }),
        (text, room) => {
          const got = fitText(text, room, 13);
          if (estimateWidth(got, 13) > room) expect(got).toBe('');
          // Whole text when it fits; otherwise an ellipsis, never wider than the room.
          if (estimateWidth(text, 13) <= room) expect(got).toBe(text);
          else if (got !== '') {
            expect(got.endsWith('…')).toBe(true);
            expect(estimateWidth(got, 13)).toBeLessThanOrEqual(room);
          }
        },
      ),
    );
  });

  it('measures a long title a few times, not once per halving', () => {
    const title = 'Ballmer bets Microsoft on the cloud: "we\'re all in", he tells partners in DC';
    const m = measureCalls();
    const cut = fitText(title, 200, 13, false, m.measure);
    expect(cut).toMatch(/…$/);
    expect(estimateWidth(cut, 13)).toBeLessThanOrEqual(200);
    expect(m.count()).toBeLessThanOrEqual(6);
  });
});
