import { describe, expect, it } from 'vitest';
import { clampStep, stepAfter } from '../../../src/lib/presenterSteps';

describe(stepAfter, () => {
  it('moves one stop at a time and stops at both ends', () => {
    expect(stepAfter('next', 3, 14)).toBe(4);
    expect(stepAfter('next', 13, 14)).toBe(13);
    expect(stepAfter('previous', 0, 14)).toBe(0);
    expect(stepAfter('previous', 5, 14)).toBe(4);
  });
  it('jumps to the first and the last stop', () => {
    expect(stepAfter('first', 9, 14)).toBe(0);
    expect(stepAfter('last', 2, 14)).toBe(13);
  });
});

describe(clampStep, () => {
  it('keeps a step from a link inside the tour', () => {
    expect(clampStep(99, 14)).toBe(13);
    expect(clampStep(-3, 14)).toBe(0);
    expect(clampStep(Number.NaN, 14)).toBe(0);
    expect(clampStep(2, 0)).toBe(0);
  });
});
