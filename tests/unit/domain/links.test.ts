import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validateDataset';
import { exportAppCsv, importAppCsv } from '../../../src/import/appCsv';
import { exportAppJson } from '../../../src/import/appJson';
import { importText } from '../../../src/import/importDataset';
import { miniRaw } from '../../setup/fixtures';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

const LINK = {
  from: 'e2',
  to: 'e1',
  kind: 'responds-to',
  note: 'Two answers one.',
  sources: ['src-a'],
};

function withLinks(links: unknown[], version = 3) {
  const raw = miniRaw();
  raw.schemaVersion = version;
  raw.links = links;
  return raw;
}

function problems(raw: unknown) {
  const r = validateDataset(raw);
  return r.ok
    ? r.warnings.map((p) => `${p.path}: ${p.message}`)
    : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('links between events', () => {
  it('read from a version 3 or later file, and a version 1 or 2 file migrates with none', () => {
    const r = validateDataset(withLinks([LINK, { ...LINK, kind: 'echoes', reading: true }]));
    expect(r.ok && r.dataset.links).toEqual([LINK, { ...LINK, kind: 'echoes', reading: true }]);
    for (const version of [1, 2]) {
      const raw = miniRaw();
      raw.schemaVersion = version;
      const old = validateDataset(raw);
      expect(old.ok && old.dataset.schemaVersion).toBe(SCHEMA_VERSION);
      expect(old.ok && old.dataset.links).toBeUndefined();
    }
  });

  it('locates unknown events and sources at the link that names them', () => {
    const raw = withLinks([
      LINK,
      { ...LINK, to: 'x' },
      { ...LINK, from: 'ghost', sources: ['src-a', 'nope'] },
    ]);
    expect(problems(raw)).toEqual([
      'links[1].to: event "x" is not defined in events',
      'links[2].from: event "ghost" is not defined in events',
      'links[2].sources[1]: source "nope" is not defined in sources',
    ]);
  });

  it('refuses an unknown kind, a missing note and a link without sources', () => {
    const raw = withLinks([
      { ...LINK, kind: 'causes' },
      { ...LINK, note: undefined },
      { ...LINK, sources: [] },
    ]);
    const found = problems(raw);
    expect(found[0]).toMatch(/^links\[0\]\.kind: Invalid option/);
    expect(found).toContain('links[1].note: is required (expected string)');
    expect(found).toContain('links[2].sources: a link names at least one source');
  });

  it('warns about the same link twice but keeps the dataset', () => {
    expect(problems(withLinks([LINK, { ...LINK, note: 'Again.' }]))).toEqual([
      'links[1]: repeats links[0] (same events and kind)',
    ]);
  });

  it('a self-link is allowed (threads stop on their own)', () => {
    expect(validateDataset(withLinks([{ ...LINK, to: 'e2' }])).ok).toBe(true);
  });
});

describe('links in the app formats', () => {
  const valid = () => {
    const r = validateDataset(
      withLinks([
        LINK,
        { ...LINK, from: 'e3', kind: 'reverses', reading: true, sources: ['src-a', 'src-b'] },
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.dataset;
  };

  it('come back unchanged through the JSON layout', () => {
    const back = importText(exportAppJson(valid()), 'x.json');
    expect(back.ok && back.dataset.links).toEqual(valid().links);
  });

  it('come back unchanged through the CSV layout, one "link" row each', () => {
    const csv = exportAppCsv(valid());
    expect(csv.split('\r\n').filter((l) => l.startsWith('link,'))).toHaveLength(2);
    const back = importAppCsv(csv);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.dataset.links).toEqual(valid().links);
  });

  it('a CSV link to an unknown event is reported at its row and column', () => {
    const csv = exportAppCsv(valid())
      .replace('link,', 'link,')
      .replace(/\r\nlink,([^\r]*)e1,/, '\r\nlink,$1nowhere,');
    const r = importAppCsv(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
      expect.stringMatching(
        /^row \d+, column "to" \(line \d+\): event "nowhere" is not defined in events$/,
      ),
    );
  });
});
