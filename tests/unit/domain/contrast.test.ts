import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, readableTextOn } from '../../../src/domain/contrast';

describe('readableTextOn', () => {
  it('picks black or white text that reads at 4.5:1 or more on any colour', () => {
    const hex = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, (bg) => {
        expect(contrastRatio(bg, readableTextOn(bg))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }),
    );
  });

  it('writes white on dark colours and black on light ones', () => {
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#ffefd5')).toBe('#000000');
    expect(readableTextOn('#663399')).toBe('#ffffff');
    expect(readableTextOn('#f45b69')).toBe('#000000');
  });
});
