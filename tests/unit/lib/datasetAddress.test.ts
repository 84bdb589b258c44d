import { describe, expect, it } from 'vitest';
import { parseDatasetAddress } from '../../../src/lib/datasetAddress';

describe(parseDatasetAddress, () => {
  const base = 'https://timeline.example.org/app/?view=table';
  it('accepts http and https addresses as given', () => {
    expect(parseDatasetAddress(' https://example.com/t.json ', base)).toBe(
      'https://example.com/t.json',
    );
    expect(parseDatasetAddress('http://example.com/t.csv', base)).toBe('http://example.com/t.csv');
  });
  it('resolves a relative path against the page', () => {
    expect(parseDatasetAddress('data/mini.json', base)).toBe(
      'https://timeline.example.org/app/data/mini.json',
    );
  });
  it('refuses other schemes and empty text', () => {
    expect(parseDatasetAddress('javascript:alert(1)', base)).toBeNull();
    expect(parseDatasetAddress('file:///etc/passwd', base)).toBeNull();
    expect(parseDatasetAddress('   ', base)).toBeNull();
  });
});
