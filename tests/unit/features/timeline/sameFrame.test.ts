import { describe, expect, it } from 'vitest';
import { sameFrame, type FrameInput } from '../../../../src/features/timeline/drawTimeline';

const base = {
  ctx: {},
  width: 800,
  height: 300,
  dpr: 1,
  domain: [0, 10],
  ticks: [],
  conferences: [],
  selectedId: null,
  items: [],
  index: {},
  rowByIndex: new Int32Array(0),
  rowTop: new Float64Array(0),
  groups: [],
  themes: [],
  patterns: [],
  pinned: [],
  offsetY: 0,
  chartHeight: 300,
} as unknown as FrameInput;

describe('sameFrame: when a render needs no repaint', () => {
  it('is true when every input is the same value or object', () => {
    expect(sameFrame(base, { ...base })).toBe(true);
  });

  it.each([
    ['selection', { selectedId: 'e1' }],
    ['window (a new array, even with equal bounds)', { domain: [0, 10] }],
    ['items', { items: [] }],
    ['scroll offset', { offsetY: 12 }],
    ['size', { width: 801 }],
    ['palette', { palette: { text: '#000' } }],
  ])('is false when the %s changes', (_, change) => {
    expect(sameFrame(base, { ...base, ...change } as FrameInput)).toBe(false);
  });
});
