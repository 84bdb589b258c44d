import { describe, expect, it } from 'vitest';
import { formatMegabytes } from '../../../src/lib/fileSize';

const MB = 1024 * 1024;

describe('formatMegabytes', () => {
  it('writes whole and tenths of megabytes in the locale', () => {
    expect(formatMegabytes(64 * MB, 'en')).toBe('64');
    expect(formatMegabytes(31.6 * MB, 'en')).toBe('31.6');
    expect(formatMegabytes(31.6 * MB, 'de')).toBe('31,6');
    expect(formatMegabytes(1234 * MB, 'de')).toBe('1.234');
  });

  it('rounds up a size just over a limit, so it never reads as the limit', () => {
    expect(formatMegabytes(64 * MB + 1, 'en')).toBe('64');
    expect(formatMegabytes(64 * MB + 1, 'en', true)).toBe('64.1');
  });
});
