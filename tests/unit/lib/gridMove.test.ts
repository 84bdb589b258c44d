import { describe, expect, it } from 'vitest';
import { gridMove } from '../../../src/lib/gridMove';

// 14 stops in rows of 4: 0-3, 4-7, 8-11, 12-13.
describe('gridMove', () => {
  it('moves along a row and between rows, keeping the column', () => {
    expect(gridMove(5, 'ArrowRight', 14, 4)).toBe(6);
    expect(gridMove(5, 'ArrowLeft', 14, 4)).toBe(4);
    expect(gridMove(5, 'ArrowDown', 14, 4)).toBe(9);
    expect(gridMove(5, 'ArrowUp', 14, 4)).toBe(1);
    expect(gridMove(3, 'ArrowRight', 14, 4)).toBe(4);
  });
  it('stops at the edges, and goes to the end of a shorter last row', () => {
    expect(gridMove(0, 'ArrowLeft', 14, 4)).toBe(0);
    expect(gridMove(13, 'ArrowRight', 14, 4)).toBe(13);
    expect(gridMove(2, 'ArrowUp', 14, 4)).toBe(2);
    expect(gridMove(10, 'ArrowDown', 14, 4)).toBe(13);
    expect(gridMove(12, 'ArrowDown', 14, 4)).toBe(12);
    expect(gridMove(7, 'Home', 14, 4)).toBe(0);
    expect(gridMove(7, 'End', 14, 4)).toBe(13);
    expect(gridMove(0, 'ArrowDown', 0, 4)).toBe(0);
  });
});
