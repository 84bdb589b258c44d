import { describe, expect, it } from 'vitest';
import { datasetHeading, firstLine } from '../../../src/lib/datasetHeading';

const imported = {
  dataset: {
    title: 'Whitney Houston 1963 – 2012',
    description:
      'Whitney Houston was one of the best-selling artists of all time. She died in 2012.',
    language: 'en-US',
  },
} as Parameters<typeof datasetHeading>[0];

describe(datasetHeading, () => {
  it('gives another dataset its own title and the first sentence of its description', () => {
    expect(datasetHeading(imported, null)).toEqual({
      title: 'Whitney Houston 1963 – 2012',
      subtitle: 'Whitney Houston was one of the best-selling artists of all time.',
      lang: 'en-US',
    });
  });
  it('gives the built-in dataset the translated heading, in the interface language', () => {
    expect(datasetHeading(imported, { title: 'Der Partnerkanal', subtitle: 'WPC' })).toEqual({
      title: 'Der Partnerkanal',
      subtitle: 'WPC',
      lang: undefined,
    });
  });
  it('leaves the subtitle empty when there is no description', () => {
    const bare = { dataset: { ...imported.dataset, description: undefined } } as typeof imported;
    expect(datasetHeading(bare, null).subtitle).toBe('');
  });
});

describe(firstLine, () => {
  it('cuts a long first sentence with an ellipsis', () => {
    const s = firstLine('a'.repeat(300), 50);
    expect(s).toHaveLength(50);
    expect(s.endsWith('…')).toBe(true);
  });
  it('keeps only the first line', () => {
    expect(firstLine('First line\nSecond line')).toBe('First line');
  });
});
