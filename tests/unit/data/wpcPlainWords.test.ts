import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RESEARCH_PATTERN } from '../../../src/lib/sourceNotes';

/**
 * Readers see plain words (issue 18): no text a reader of the shipped dataset sees names the
 * research dossier, a seed document or a dossier number ("F-2010-04", "U-03"). Those belong in
 * the record's researchRefs, shown only in the "research notes" disclosure. A source's `note`
 * is left out here: it is split at render time (src/lib/sourceNotes.ts).
 */

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../data/wpc.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

/** Fields that hold ids, URLs or the authors' references, never words for readers. */
const NOT_READER_TEXT = new Set([
  'id',
  'url',
  'thumbnail',
  'researchRefs',
  'eventId',
  'sourceId',
  'themes',
  'sources',
  'related',
  'repeats',
  'from',
  'to',
]);

interface Leak {
  readonly path: string;
  readonly text: string;
}

function leaks(value: unknown, path: string, inSource = false): Leak[] {
  if (typeof value === 'string') return RESEARCH_PATTERN.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, `${path}[${i}]`, inSource));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const name = typeof record.id === 'string' ? `${path}(${record.id})` : path;
  return Object.entries(record).flatMap(([key, v]) =>
    NOT_READER_TEXT.has(key) || (inSource && key === 'note') ? [] : leaks(v, `${name}.${key}`),
  );
}

describe('the shipped dataset speaks to readers in plain words', () => {
  it('names no dossier, seed or dossier number in any text a reader sees', () => {
    const found = Object.entries(data).flatMap(([key, value]) =>
      key === 'sources' && Array.isArray(value)
        ? value.flatMap((s, i) => leaks(s, `sources[${i}]`, true))
        : leaks(value, key),
    );
    expect(found).toEqual([]);
  });

  it('still checks a source’s standpoint note and every other field of a source', () => {
    const sample = {
      id: 's',
      title: 'T (dossier F-2010-04)',
      note: 'Dossier source S20.',
      standpoint: { relation: 'commentator', note: 'As reposted in seed 003.' },
    };
    expect(leaks(sample, 'sources[0]', true).map((l) => l.path)).toEqual([
      'sources[0](s).title',
      'sources[0](s).standpoint.note',
    ]);
  });

  it('keeps the moved references for the dataset’s authors', () => {
    const refs = (list: string, id: string) =>
      (data[list] as { id: string; researchRefs?: string[] }[]).find((r) => r.id === id)
        ?.researchRefs ?? [];
    expect(refs('events', 'wpc-2006-dynamics-crm-live')).toContain('F-2006-01');
    expect(refs('quotes', 'foley-2007-tightrope')).toContain('U-03');
    expect(refs('sources', 'jeremy-lq-2007-07-16-hosting-partners')).toContain('U-03');
  });
});
