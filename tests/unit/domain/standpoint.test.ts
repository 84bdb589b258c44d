import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validateDataset';
import { miniRaw } from '../../setup/fixtures';
import { exportAppCsv, importAppCsv } from '../../../src/import/appCsv';
import { exportAppJson } from '../../../src/import/appJson';
import { importText } from '../../../src/import/importDataset';
import type { Dataset } from '../../../src/domain/types';

/** The mini fixture with standpoints, less what the CSV layout does not carry (conflicts). */
function withStandpoints(): Dataset {
  const raw = miniRaw();
  for (const e of raw.events) delete e.conflicts;
  raw.sources[0]!.standpoint = {
    relation: 'journalist-on-site',
    basis: 'first-hand',
    note: 'The article says, "I was in the hall", with a comma.',
  };
  raw.sources[1]!.standpoint = { relation: 'commentator', basis: 'repeats', repeats: 'src-a' };
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset;
}

function messages(input: unknown): string[] {
  const r = validateDataset(input);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a source’s standpoint', () => {
  it('is optional and accepted with each field', () => {
    const raw = miniRaw();
    raw.sources[0]!.standpoint = { relation: 'journalist-on-site', basis: 'first-hand' };
    raw.sources[1]!.standpoint = {
      relation: 'commentator',
      basis: 'repeats',
      repeats: 'src-a',
      note: 'The post says it passes on article A.',
    };
    const r = validateDataset(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.sources[1]?.standpoint?.repeats).toBe('src-a');
  });

  it('reports a repeated source that is not in the dataset where it is named', () => {
    const raw = miniRaw();
    raw.sources[1]!.standpoint = { relation: 'not-stated', basis: 'repeats', repeats: 'ghost' };
    expect(messages(raw)).toContain(
      'sources[1] (id "src-b").standpoint.repeats: source "ghost" is not defined in sources',
    );
  });

  it('rejects a source repeating itself, and a repeat named with another basis', () => {
    const raw = miniRaw();
    raw.sources[0]!.standpoint = { relation: 'vendor', basis: 'repeats', repeats: 'src-a' };
    raw.sources[1]!.standpoint = { relation: 'vendor', basis: 'first-hand', repeats: 'src-a' };
    const all = messages(raw);
    expect(all).toContain(
      'sources[0] (id "src-a").standpoint.repeats: a source cannot repeat itself',
    );
    expect(
      all.some((m) => /sources\[1\].*standpoint\.repeats: .*basis should be "repeats"/.test(m)),
    ).toBe(true);
  });

  it('names an unknown relation', () => {
    const raw = miniRaw();
    raw.sources[0]!.standpoint = { relation: 'insider', basis: 'first-hand' };
    expect(
      messages(raw).some((m) => m.startsWith('sources[0] (id "src-a").standpoint.relation')),
    ).toBe(true);
  });
});

describe('standpoints in the app’s files', () => {
  it('survive the app JSON export and import', () => {
    const dataset = withStandpoints();
    const back = importText(exportAppJson(dataset), 'mini.json');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.dataset.sources.map((s) => s.standpoint)).toEqual(
      dataset.sources.map((s) => s.standpoint),
    );
  });

  it('survive the app CSV layout, in four standpoint columns', () => {
    const dataset = withStandpoints();
    const csv = exportAppCsv(dataset);
    const header = csv.split('\r\n')[0]?.split(',') ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        'standpointRelation',
        'standpointBasis',
        'standpointRepeats',
        'standpointNote',
      ]),
    );
    const back = importAppCsv(csv, 'mini.csv');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.warnings).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it('are reported by CSV row and column when one repeats a missing source', () => {
    const csv = [
      'record,id,title,outlet,kind,standpointRelation,standpointBasis,standpointRepeats,start,themes,sources,label,color,pattern,glyph',
      'theme,a,,,,,,,,,,Alpha,#1f5fa8,solid,circle',
      'source,s,Article,Paper,news,commentator,repeats,gone,,,,,,,',
      'event,e,One,,,,,,2001,a,s,,,,',
    ].join('\r\n');
    const r = importAppCsv(csv, 'timeline.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toContain(
      'row 3, column "standpointRepeats" (line 3): source "gone" is not defined in sources',
    );
  });
});
