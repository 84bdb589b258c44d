import { describe, expect, it } from 'vitest';
import {
  embedIdFromSearch,
  isHeightMessage,
  makeHeightMessage,
} from '../../../../src/features/embed/heightMessage';

describe(makeHeightMessage, () => {
  it('rounds the height up to whole pixels', () => {
    expect(makeHeightMessage(733.2)).toEqual({
      type: 'wpc-timeline:height',
      version: 1,
      height: 734,
    });
  });

  it('carries the host id only when there is one', () => {
    expect(makeHeightMessage(10, 'blog-1')).toEqual({
      type: 'wpc-timeline:height',
      version: 1,
      height: 10,
      id: 'blog-1',
    });
    expect('id' in makeHeightMessage(10)).toBe(false);
  });

  it('never sends a negative or non-finite height', () => {
    expect(makeHeightMessage(-5).height).toBe(0);
    expect(makeHeightMessage(Number.NaN).height).toBe(0);
  });
});

describe(isHeightMessage, () => {
  it('accepts what the embed sends', () => {
    expect(isHeightMessage(makeHeightMessage(500))).toBe(true);
    expect(isHeightMessage(makeHeightMessage(500, 'a'))).toBe(true);
    expect(isHeightMessage(JSON.parse(JSON.stringify(makeHeightMessage(1, 'x'))))).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'wpc-timeline:height'],
    ['another type', { type: 'other', version: 1, height: 5 }],
    ['another version', { type: 'wpc-timeline:height', version: 2, height: 5 }],
    ['a string height', { type: 'wpc-timeline:height', version: 1, height: '5' }],
    ['a fractional height', { type: 'wpc-timeline:height', version: 1, height: 5.5 }],
    ['a negative height', { type: 'wpc-timeline:height', version: 1, height: -1 }],
    ['an infinite height', { type: 'wpc-timeline:height', version: 1, height: Infinity }],
    ['a numeric id', { type: 'wpc-timeline:height', version: 1, height: 5, id: 3 }],
  ])('rejects %s', (_name, value) => {
    expect(isHeightMessage(value)).toBe(false);
  });
});

describe(embedIdFromSearch, () => {
  it('reads embedid, ignoring empty and overlong ids', () => {
    expect(embedIdFromSearch('?embed=1&embedid=blog-1')).toBe('blog-1');
    expect(embedIdFromSearch('?embed=1')).toBeNull();
    expect(embedIdFromSearch('?embedid=')).toBeNull();
    expect(embedIdFromSearch(`?embedid=${'x'.repeat(101)}`)).toBeNull();
    expect(embedIdFromSearch(`?embedid=${'x'.repeat(100)}`)).toBe('x'.repeat(100));
  });
});
