import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import type { Dataset } from '../../../src/domain/types';
import { highlightSegments } from '../../../src/lib/highlight';
import { search, type SearchResult } from '../../../src/lib/search';
import { buildSearchIndex } from '../../../src/lib/searchIndex';
import { loadFixture } from '../../setup/fixtures';
import { getI18n } from '../../../src/i18n/i18n';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

const en = getI18n();

const ids = (results: readonly SearchResult[]): string[] => results.map((r) => r.id);

const LONG = `${'aaaa '.repeat(40)}needle${' bbbb'.repeat(40)}`;

const inline: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  title: 'Inline search fixture',
  themes: [],
  sources: [{ id: 's', title: 'Source', outlet: 'Outlet', kind: 'news' }],
  events: [
    {
      id: 'sps',
      title: 'Ballmer pitches Software + Services',
      summary: 'Partners heard that S+S would keep their Exchange skills useful.',
      start: '2008-07-09',
      location: 'Houston, Texas',
      conference: 'WPC 2008',
      themes: [],
      people: ['Steve Ballmer'],
      sources: ['s'],
    },
    {
      id: 'allin',
      title: 'Microsoft goes “all in” on the cloud',
      summary: 'Ballmer told partners that the company was all-in.',
      start: '2010-03-04',
      themes: [],
      people: ['Steve Ballmer'],
      sources: ['s'],
    },
    {
      id: 'zurich',
      title: 'Partner day in Zürich',
      summary: 'Café meeting with résumé reviews.',
      start: '2010-05',
      location: 'Zürich',
      themes: [],
      sources: ['s'],
    },
    {
      id: 'incl',
      title: 'Package deal',
      summary: 'An all inclusive package.',
      start: '2010-06',
      themes: [],
      sources: ['s'],
    },
    {
      id: 'cloudy',
      title: 'Cloudy start',
      start: '2010-07',
      themes: [],
      sources: ['s'],
    },
    {
      id: 'long',
      title: 'A long summary',
      summary: LONG,
      start: '2011',
      themes: [],
      sources: ['s'],
    },
  ],
  quotes: [
    {
      id: 'q-all-in',
      text: 'We’re all in.',
      speaker: 'Steve Ballmer',
      speakerRole: 'CEO, Microsoft',
      eventId: 'allin',
      sourceId: 's',
      themes: [],
      stance: 'momentum',
      setting: 'University of Washington speech',
    },
    {
      id: 'q-decomposed',
      text: 'Greetings from Zu\u0308rich.',
      speaker: 'Jose\u0301 Example',
      eventId: 'zurich',
      sourceId: 's',
      themes: [],
      stance: 'neutral',
    },
  ],
  glossary: [
    {
      id: 'g-sps',
      term: 'Software + Services',
      aliases: ['S+S'],
      definition: 'Installed software paired with services delivered over the Internet.',
    },
    {
      id: 'g-ca',
      term: 'Cloud Accelerate',
      definition: 'A 2011 programme for partners.',
    },
  ],
};

describe('search over the mini fixture', () => {
  const index = buildSearchIndex(loadFixture(), en);

  it('ranks title matches above body matches, shorter titles first', () => {
    const results = search(index, 'alpha');
    expect(ids(results)).toEqual(['e1', 'e4', 'q1']);
    expect(results[0]).toMatchObject({
      kind: 'event',
      title: 'Alpha launches',
      titleMatches: [[0, 5]],
      snippet: 'The alpha thing starts.',
      matches: [[4, 9]],
    });
    // No body field matches: the snippet is the start of the summary, nothing highlighted.
    expect(results[1]).toMatchObject({
      title: 'Approximate alpha',
      titleMatches: [[12, 17]],
      snippet: 'Known roughly.',
      matches: [],
    });
    expect(results[2]).toMatchObject({
      kind: 'quote',
      title: 'Pat Example',
      snippet: 'Alpha is here to stay,',
      matches: [[0, 5]],
      eventId: 'e1',
    });
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
    expect(results[1]!.score).toBeGreaterThan(results[2]!.score);
  });

  it('finds people, keeps kind order on equal scores, and links people to events', () => {
    const results = search(index, 'pat');
    expect(ids(results)).toEqual(['q1', 'person:Pat Example', 'e1']);
    expect(results[0]!.score).toBe(results[1]!.score);
    expect(results[1]).toMatchObject({
      kind: 'person',
      title: 'Pat Example',
      titleMatches: [[0, 3]],
      snippet: 'CEO, Example Corp',
      matches: [],
      eventIds: ['e1'],
    });
    expect(results[2]).toMatchObject({ snippet: 'Pat Example', matches: [[0, 3]] });
  });

  it('finds places, shorter names first', () => {
    const results = search(index, 'springfield');
    expect(ids(results)).toEqual(['place:Springfield', 'conf-2001']);
    expect(results[0]).toMatchObject({ kind: 'place', eventIds: ['conf-2001'], snippet: '' });
  });

  it('ANDs the words of a query', () => {
    expect(ids(search(index, 'beta'))).toEqual(['e2', 'e5', 'q4', 'q2']);
    expect(ids(search(index, 'beta 2003'))).toEqual(['e5']);
    expect(ids(search(index, 'beta zzz'))).toEqual([]);
  });

  it('reads line breaks in a snippet as spaces, keeping offsets', () => {
    const [result] = search(index, 'keeps');
    expect(result).toMatchObject({
      id: 'q3',
      snippet: 'Gamma grows.  It keeps growing.',
      matches: [[17, 22]],
    });
  });

  it('honours limit and kinds, and finds nothing for an empty query', () => {
    expect(ids(search(index, 'alpha', { limit: 2 }))).toEqual(['e1', 'e4']);
    expect(ids(search(index, 'alpha', { kinds: ['quote'] }))).toEqual(['q1']);
    expect(ids(search(index, 'pat', { kinds: ['person', 'event'] }))).toEqual([
      'person:Pat Example',
      'e1',
    ]);
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   " "  ')).toEqual([]);
    expect(search(index, 'alpha', { limit: 0 })).toEqual([]);
  });
});

describe('search over an inline dataset', () => {
  const index = buildSearchIndex(prepareDataset(inline), en);

  it('matches punctuation literally: "S+S" finds S+S', () => {
    const results = search(index, 'S+S');
    expect(ids(results)).toEqual(['g-sps', 'sps']);
    expect(results[1]).toMatchObject({
      snippet: 'Partners heard that S+S would keep their Exchange skills useful.',
      matches: [[20, 23]],
    });
    // The alias matched: the term is shown with its definition.
    expect(results[0]).toMatchObject({
      title: 'Software + Services',
      titleMatches: [],
      snippet: 'Installed software paired with services delivered over the Internet.',
    });
  });

  it('reads "plus" as a free-standing "+"', () => {
    const results = search(index, 'software plus services');
    expect(ids(results)).toEqual(['g-sps', 'sps']);
    expect(results[0]!.titleMatches).toEqual([
      [0, 8],
      [9, 10],
      [11, 19],
    ]);
    expect(results[0]!.matches).toEqual([
      [10, 18],
      [31, 39],
    ]);
    expect(results[1]!.titleMatches).toEqual([
      [16, 24],
      [25, 26],
      [27, 35],
    ]);
  });

  it('is case- and diacritic-insensitive, with ranges in the original text', () => {
    const results = search(index, 'zurich');
    expect(ids(results)).toEqual(['place:Zürich', 'zurich', 'q-decomposed']);
    expect(results[1]!.titleMatches).toEqual([[15, 21]]);
    // A decomposed "u" + combining diaeresis is highlighted as one.
    expect(results[2]).toMatchObject({
      snippet: 'Greetings from Zu\u0308rich.',
      matches: [[15, 22]],
    });
    expect(search(index, 'RÉSUMÉ')[0]).toMatchObject({
      id: 'zurich',
      snippet: 'Café meeting with résumé reviews.',
      matches: [[18, 24]],
    });
    expect(ids(search(index, 'josé'))).toEqual(['q-decomposed', 'person:Jose\u0301 Example']);
  });

  it('matches a quoted phrase as whole words, hyphens and spaces alike', () => {
    const phrase = search(index, '"all in"');
    expect(ids(phrase)).toEqual(['allin', 'q-all-in']);
    expect(phrase[0]).toMatchObject({
      titleMatches: [[16, 22]],
      snippet: 'Ballmer told partners that the company was all-in.',
      matches: [[43, 49]],
    });
    expect(phrase[1]).toMatchObject({ snippet: 'We’re all in.', matches: [[6, 12]] });
    // Without quotes, "in" is a prefix too: "all inclusive" matches.
    expect(ids(search(index, 'all in'))).toEqual(['allin', 'q-all-in', 'incl']);
    // Curly quotes in the query work as quotes; typographic apostrophes match straight ones.
    expect(ids(search(index, '“all in”'))).toEqual(['allin', 'q-all-in']);
    expect(ids(search(index, "we're"))).toEqual(['q-all-in']);
  });

  it('ranks title over body, whole words over prefixes, shorter fields first', () => {
    expect(ids(search(index, 'ballmer'))).toEqual([
      'q-all-in',
      'person:Steve Ballmer',
      'sps',
      'allin',
    ]);
    expect(ids(search(index, 'cloud'))).toEqual(['g-ca', 'allin', 'cloudy']);
  });

  it('ignores punctuation around a bare word', () => {
    expect(ids(search(index, '(houston),'))).toEqual(['place:Houston, Texas', 'sps']);
  });

  it('cuts long text into a window around the first match', () => {
    const [result] = search(index, 'needle');
    expect(result!.snippet).toBe(`…${'aaaa '.repeat(6)}needle${' bbbb'.repeat(20)}…`);
    expect(result!.matches).toEqual([[31, 37]]);
    const [titleOnly] = search(index, 'long');
    expect(titleOnly!.snippet).toBe(`${'aaaa '.repeat(28).trimEnd()}…`);
    expect(titleOnly!.matches).toEqual([]);
  });

  it('searches event dates as shown', () => {
    expect(ids(search(index, '9 july 2008'))).toEqual(['sps']);
  });
});

describe('highlightSegments', () => {
  it('splits text into runs, merging and clipping ranges', () => {
    expect(
      highlightSegments('Software + Services', [
        [11, 19],
        [0, 8],
      ]),
    ).toEqual([
      { text: 'Software', match: true },
      { text: ' + ', match: false },
      { text: 'Services', match: true },
    ]);
    expect(
      highlightSegments('abcdef', [
        [1, 3],
        [2, 4],
        [5, 99],
        [-2, 0],
      ]),
    ).toEqual([
      { text: 'a', match: false },
      { text: 'bcd', match: true },
      { text: 'e', match: false },
      { text: 'f', match: true },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
    expect(highlightSegments('', [[0, 1]])).toEqual([]);
  });
});

/**
 * Milliseconds fn took: wall-clock time or this process's CPU time, whichever is less, so that
 * other work on a busy machine does not count against it.
 */
function timed(fn: () => unknown): number {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return Math.min(wall, (cpu.user + cpu.system) / 1000);
}

describe('a large dataset', () => {
  it('builds an index of 100,000 events quickly and answers quickly', () => {
    const words = [
      'partner',
      'cloud',
      'azure',
      'office',
      'billing',
      'hosting',
      'services',
      'keynote',
      'channel',
      'reseller',
      'licensing',
      'exchange',
      'sharepoint',
      'dynamics',
      'windows',
      'server',
    ];
    const people = Array.from({ length: 400 }, (_, i) => `Person${i} Surname${i % 37}`);
    const places = Array.from({ length: 60 }, (_, i) => `City ${i}, Region ${i % 9}`);
    const pick = (i: number, k: number): string => words[(i * 7 + k * 13) % words.length]!;
    const events: Dataset['events'] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `ev-${i}`,
      title: `${pick(i, 1)} ${pick(i, 2)} event ${i}`,
      summary: `Partners discussed ${pick(i, 3)} and ${pick(i, 4)} with ${pick(i, 5)} teams; note ${i % 977}.`,
      start: `${2005 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      location: places[i % places.length]!,
      conference: `WPC ${2005 + (i % 8)}`,
      themes: [],
      people: [people[i % people.length]!, people[(i * 3) % people.length]!],
      sources: ['s'],
    }));
    const quotes: Dataset['quotes'] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `q-${i}`,
      text: `We are all in on ${pick(i, 6)} and ${pick(i, 7)}, number ${i}.`,
      speaker: people[i % people.length]!,
      eventId: `ev-${i * 10}`,
      sourceId: 's',
      themes: [],
      stance: 'neutral' as const,
    }));
    const data = prepareDataset({ ...inline, events, quotes, glossary: [] });

    const index = buildSearchIndex(data, en);
    const built = Math.min(
      timed(() => buildSearchIndex(data, en)),
      timed(() => buildSearchIndex(data, en)),
    );
    let results: SearchResult[] = [];
    const answered = Math.min(
      ...[1, 2, 3].map(() => timed(() => (results = search(index, 'event 4242')))),
    );
    let broad: SearchResult[] = [];
    const broadTime = Math.min(
      ...[1, 2].map(() => timed(() => (broad = search(index, 'partner', { limit: 20 })))),
    );

    expect(ids(results)[0]).toBe('ev-4242');
    expect(broad).toHaveLength(20);
    // Generous bounds (the aim is about 1.5 s to build and 50 ms to answer).
    expect(built).toBeLessThan(3000);
    expect(answered).toBeLessThan(200);
    expect(broadTime).toBeLessThan(1000);
  }, 60_000);
});
