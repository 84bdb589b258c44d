import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validateDataset';
import { miniRaw } from '../../setup/fixtures';
import { KNOWN_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

function problemsOf(input: unknown) {
  const r = validateDataset(input);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.problems;
}

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    const r = validateDataset(miniRaw());
    expect(r.ok).toBe(true);
  });

  it('rejects something that is not an object', () => {
    expect(problemsOf([])[0]?.message).toMatch(/JSON object, not an array/);
    expect(problemsOf(null)[0]?.message).toMatch(/not null/);
  });

  it('names an unknown schema version', () => {
    const raw = miniRaw();
    raw.schemaVersion = 99;
    const p = problemsOf(raw);
    expect(p[0]?.path).toBe('schemaVersion');
    expect(p[0]?.message).toMatch(/99 is not one this app knows/);
  });

  it('reports every structural problem with its path and the item id', () => {
    const raw = miniRaw();
    delete raw.events[1]!.title;
    raw.events[2]!.start = '2001-02-31';
    raw.quotes[0]!.stance = 'angry';
    const p = problemsOf(raw);
    const byPath = Object.fromEntries(p.map((x) => [x.path, x.message]));
    expect(byPath['events[1] (id "e1").title']).toMatch(/required/);
    expect(byPath['events[2] (id "e2").start']).toMatch(/February 2001 has no day 31/);
    expect(Object.keys(byPath)).toContain('quotes[0] (id "q1").stance');
    expect(p.length).toBeGreaterThanOrEqual(3);
  });

  it('flags duplicate ids', () => {
    const raw = miniRaw();
    raw.events[2]!.id = 'e1';
    const p = problemsOf(raw);
    expect(p.some((x) => /duplicate id "e1" \(first used at events\[1\]\)/.test(x.message))).toBe(
      true,
    );
  });

  it('flags dangling references from events and quotes', () => {
    const raw = miniRaw();
    raw.events[1]!.sources = ['nope'];
    raw.events[1]!.themes = ['alpha', 'ghost'];
    raw.quotes[0]!.eventId = 'missing-event';
    raw.quotes[1]!.sourceId = 'missing-source';
    const messages = problemsOf(raw).map((x) => `${x.path}: ${x.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'events[1] (id "e1").sources[0]: source "nope" is not defined in sources',
        'events[1] (id "e1").themes[1]: theme "ghost" is not defined in themes',
        'quotes[0] (id "q1").eventId: event "missing-event" is not defined in events',
        'quotes[1] (id "q2").sourceId: source "missing-source" is not defined in sources',
      ]),
    );
  });

  it('flags an end before the start', () => {
    const raw = miniRaw();
    raw.events[3]!.end = '2001-08';
    expect(problemsOf(raw).map((x) => x.message)).toContain(
      'ends (2001-08) before it starts (2001-09)',
    );
  });

  it('rejects non-http source URLs', () => {
    const raw = miniRaw();
    raw.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(raw)[0]?.path).toBe('sources[0] (id "src-a").url');
  });

  it("reads a conflict claim's confidence, and locates one that is not a known kind", () => {
    const raw = miniRaw();
    const i = raw.events.findIndex((e) => Array.isArray(e.conflicts));
    const claims = (raw.events[i] as { conflicts: { claims: Record<string, unknown>[] }[] })
      .conflicts[0]!.claims;
    claims[0]!.confidence = 'contemporary';
    expect(validateDataset(raw).ok).toBe(true);
    claims[1]!.confidence = 'hearsay';
    const p = problemsOf(raw)[0];
    expect(p?.path).toMatch(/^events\[\d+\] \(id "e4"\)\.conflicts\[0\]\.claims\[1\]\.confidence$/);
    expect(p?.message).toMatch(/participant.*contemporary.*reconstructed/);
  });

  it('rejects unknown fields rather than silently ignoring typos', () => {
    const raw = miniRaw();
    raw.events[1]!.titel = 'typo';
    expect(problemsOf(raw)[0]?.message).toMatch(/unknown field "titel"/);
  });

  it('warns (but loads) when a theme colour lacks contrast', () => {
    const raw = miniRaw();
    raw.themes[0]!.color = '#f0f0f0';
    const r = validateDataset(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]?.message).toMatch(/contrast/);
  });
});

describe('validateDataset reports everything in one pass', () => {
  it('lists dangling references alongside structural errors', () => {
    const raw = miniRaw();
    raw.events[1]!.start = '2001-13';
    raw.quotes[0]!.eventId = 'nowhere';
    const paths = problemsOf(raw).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['events[1] (id "e1").start', 'quotes[0] (id "q1").eventId']),
    );
  });
});

describe('schema versions', () => {
  it('migrates a version 1 file to the current version', () => {
    const raw = miniRaw();
    expect(raw.schemaVersion).toBe(1);
    const r = validateDataset(raw);
    expect(r.ok && r.dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('names the versions it can read when a file has another', () => {
    const raw = miniRaw();
    raw.schemaVersion = 7;
    expect(problemsOf(raw)[0]?.message).toBe(
      `schema version 7 is not one this app knows (it reads versions ${KNOWN_SCHEMA_VERSIONS.join(', ')})`,
    );
  });

  it('migrates a version 3 file with tours, and reads planned stop durations in version 4', () => {
    const raw = miniRaw();
    raw.schemaVersion = 3;
    raw.tours = [{ id: 't', title: 'Tour', stops: [{ title: 'One', view: { eventId: 'e1' } }] }];
    const v3 = validateDataset(raw);
    expect(v3.ok && v3.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(v3.ok && v3.dataset.tours?.[0]?.stops[0]?.durationSeconds).toBeUndefined();
    raw.schemaVersion = 4;
    raw.tours = [
      { id: 't', title: 'Tour', stops: [{ title: 'One', durationSeconds: 90, view: {} }] },
    ];
    const v4 = validateDataset(raw);
    expect(v4.ok && v4.dataset.tours?.[0]?.stops[0]?.durationSeconds).toBe(90);
  });

  it('refuses a planned duration that is not a whole, positive number of seconds', () => {
    for (const bad of [0, -5, 1.5, 86_401, '90']) {
      const raw = miniRaw();
      raw.schemaVersion = 4;
      raw.tours = [
        { id: 't', title: 'Tour', stops: [{ title: 'One', durationSeconds: bad, view: {} }] },
      ];
      const paths = problemsOf(raw).map((p) => p.path);
      expect(paths, String(bad)).toEqual(['tours[0] (id "t").stops[0].durationSeconds']);
    }
  });

  it('checks tours, glossary and eras against the rest of the dataset', () => {
    const raw = miniRaw();
    raw.schemaVersion = 2;
    raw.tours = [
      {
        id: 't',
        title: 'Tour',
        stops: [
          { title: 'One', view: { eventId: 'e1', themes: ['alpha'] } },
          { title: 'Two', view: { eventId: 'ghost', quoteId: 'nope', themes: ['zeta'] } },
          { title: 'Three', view: { from: '2002', to: '2001' } },
        ],
      },
    ];
    raw.glossary = [
      { id: 'g1', term: 'Alpha', definition: 'A term.', related: ['g2'], sources: ['src-x'] },
    ];
    raw.eras = [{ label: 'Backwards', start: '2003', end: '2002' }];
    const messages = problemsOf(raw).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'tours[0] (id "t").stops[1].view.eventId: event "ghost" is not defined in events',
        'tours[0] (id "t").stops[1].view.quoteId: quote "nope" is not defined in quotes',
        'tours[0] (id "t").stops[1].view.themes[0]: theme "zeta" is not defined in themes',
        'tours[0] (id "t").stops[2].view.to: the window ends (2001) before it starts (2002)',
        'glossary[0] (id "g1").related[0]: glossary term "g2" is not defined',
        'glossary[0] (id "g1").sources[0]: source "src-x" is not defined in sources',
        'eras[0].end: ends (2002) before it starts (2003)',
      ]),
    );
    expect(messages).toHaveLength(7);
  });
});
