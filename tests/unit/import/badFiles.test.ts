/**
 * The corpus of broken files in tests/fixtures/bad: for each, the exact problems a person sees
 * (severity, where, what). Every file must be refused (or, for the XSS and duplicate-id cases,
 * imported with warnings) without throwing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/import/importDataset';
import type { ImportFormat } from '../../../src/import/types';
import { KNOWN_SCHEMA_VERSIONS } from '../../../src/domain/schemaVersion';

const DIR = join(process.cwd(), 'tests/fixtures/bad');

type Row = readonly [severity: 'error' | 'warning', path: string, message: string];

interface Expected {
  readonly ok: boolean;
  readonly format: ImportFormat | null;
  readonly problems: readonly Row[];
}

const E = 'error' as const;
const W = 'warning' as const;
const ENUM_STANCE =
  'Invalid option: expected one of "reassuring"|"warning"|"critical"|"momentum"|"neutral"';

const EXPECTED: Record<string, Expected> = {
  'not-json.txt': {
    ok: false,
    format: null,
    problems: [[E, 'line 5, column 1', 'not JSON: Expected double-quoted property name']],
  },
  'binary-xlsx.csv': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        '(file)',
        'this is a ZIP archive (an Excel .xlsx or OpenDocument workbook is one), not a text file; save the sheet as CSV (comma-separated values) or export the timeline as JSON, and import that file',
      ],
    ],
  },
  'binary-nul.csv': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        '(file)',
        'this is a binary file (it contains NUL bytes), not a text file; import a JSON or CSV file',
      ],
    ],
  },
  'latin1.csv': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        'byte 37 (line 2)',
        'not UTF-8 text: the byte at offset 37 (0xe9) does not belong to a UTF-8 character. The file may be in Latin-1 or Windows-1252; save it as UTF-8 and import it again',
      ],
    ],
  },
  'empty.csv': { ok: false, format: null, problems: [[E, '(file)', 'the file is empty']] },
  'missing-fields.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'title', 'is required (expected string)'],
      [E, 'themes[0] (id "alpha").color', 'is required (expected string)'],
      [E, 'sources[0] (id "src").outlet', 'is required (expected string)'],
      [E, 'events[0] (id "e1").title', 'is required (expected string)'],
      [E, 'events[0] (id "e1").start', 'is required (expected string)'],
      [E, 'quotes[0] (id "q1").text', 'is required (expected string)'],
      [E, 'quotes[0] (id "q1").speaker', 'is required (expected string)'],
      [E, 'quotes[0] (id "q1").stance', ENUM_STANCE],
    ],
  },
  'duplicate-ids.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'themes[1] (id "alpha").id', 'duplicate id "alpha" (first used at themes[0])'],
      [E, 'events[1] (id "e1").id', 'duplicate id "e1" (first used at events[0])'],
    ],
  },
  'duplicate-unique-ids.json': {
    ok: true,
    format: 'timelinejs-json',
    problems: [
      [
        W,
        'events[1].unique_id',
        'the id "launch" is already used by events[0]; this event was given the id "launch-2"',
      ],
      [
        W,
        'events[4].unique_id',
        'the id "!!!" has no letters or digits; this event was given the id "event-5"',
      ],
    ],
  },
  'dangling-references.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'events[0] (id "e1").sources[1]', 'source "nowhere" is not defined in sources'],
      [E, 'events[0] (id "e1").themes[1]', 'theme "ghost" is not defined in themes'],
      [E, 'quotes[0] (id "q1").eventId', 'event "e404" is not defined in events'],
      [E, 'quotes[0] (id "q1").sourceId', 'source "missing-source" is not defined in sources'],
    ],
  },
  'month-13.json': {
    ok: false,
    format: 'timelinejs-json',
    problems: [[E, 'events[1].start_date.month', 'month 13 does not exist (months run 1–12)']],
  },
  'february-31.csv': {
    ok: false,
    format: 'timelinejs-csv',
    problems: [[E, 'row 3, column "Day" (line 3)', 'February 2001 has no day 31 (it has 28 days)']],
  },
  'end-before-start.json': {
    ok: false,
    format: 'timelinejs-json',
    problems: [[E, 'events[0].end_date', 'ends (2004-12) before it starts (2005-06)']],
  },
  'absurd-year.json': {
    ok: false,
    format: 'timelinejs-json',
    problems: [
      [
        E,
        'events[0].start_date.year',
        'year 99999 cannot be shown: the app handles years from the Big Bang (-13800000001) to 9999',
      ],
    ],
  },
  'bce-year.csv': {
    ok: false,
    format: 'timelinejs-csv',
    problems: [
      [
        E,
        'row 3, column "Year" (line 3)',
        'there is no year 0: 1 BCE (-1) is followed by 1 CE (1)',
      ],
    ],
  },
  'unknown-schema-version.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [
        E,
        'schemaVersion',
        `schema version 99 is not one this app knows (it reads versions ${KNOWN_SCHEMA_VERSIONS.join(', ')})`,
      ],
    ],
  },
  'wrong-types.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'title', 'should be string, not number'],
      [E, 'themes', 'should be array, not string'],
      [E, 'events[0] (id "e1").start', 'should be string, not number'],
      [E, 'events[0] (id "e1").sources', 'should be array, not string'],
      [E, 'events[0] (id "e1").context', 'should be boolean, not string'],
      [E, 'quotes[0] (id "q1").themes[0]', 'should be string, not number'],
      [E, 'quotes[0] (id "q1").stance', ENUM_STANCE],
      [E, 'events[0] (id "e1").themes[0]', 'theme "alpha" is not defined in themes'],
    ],
  },
  'wrong-types-timelinejs.json': {
    ok: false,
    format: 'timelinejs-json',
    problems: [
      [E, 'title', 'should be an object with text and media, not text'],
      [E, 'events[0].start_date', 'should be an object with year, month and day, not text'],
      [E, 'events[1].start_date.year', '"two thousand" is not a whole number'],
      [E, 'events[1].text', 'should be an object with headline and text, not text'],
      [E, 'events[1].media.url', 'should be text, not a list'],
      [E, 'events[2]', 'each event should be an object, not a number'],
      [E, 'eras', 'should be a list of eras, not an object'],
      [
        W,
        'events[1].text.headline',
        'the event has no headline and no text; it is called "Untitled event"',
      ],
    ],
  },
  'deep-nesting.txt': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        'line 1, column 211',
        'values are nested more than 200 levels deep; a timeline file is never nested that deeply',
      ],
    ],
  },
  'huge-string.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'title', 'is too long: at most 300 characters are allowed'],
      [E, 'events[0] (id "e1").summary', 'is too long: at most 8000 characters are allowed'],
    ],
  },
  'huge-headline-timelinejs.json': {
    ok: false,
    format: 'timelinejs-json',
    problems: [
      [E, 'events[0].text.headline', 'the headline is 400 characters long; the limit is 300'],
      [E, 'events[0].text.text', 'the text is 8,100 characters long; the limit is 8,000'],
    ],
  },
  'xss-app.json': {
    ok: false,
    format: 'app-json',
    problems: [
      [E, 'sources[0] (id "src").url', 'must be an http(s) URL'],
      [E, 'events[0] (id "e1").media.url', 'must be an http(s) URL'],
      [E, 'events[0] (id "e1").media.thumbnail', 'must be an http(s) URL'],
    ],
  },
  'xss-timelinejs.json': {
    ok: true,
    format: 'timelinejs-json',
    problems: [
      [
        W,
        'events[0].media.url',
        '"javascript:alert(1)" is not a web address (http or https); the media was left out',
      ],
      [
        W,
        'events[1].media.thumbnail',
        '"javascript:alert(1)" is not a web address (http or https); the thumbnail was left out',
      ],
      [
        W,
        'events[3].media.url',
        '"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not a web address (http or https); the media was left out',
      ],
    ],
  },
  'neither-format.json': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        '(top level)',
        'this JSON is neither a dataset of this app (it has no "schemaVersion") nor a TimelineJS timeline (it has no "events")',
      ],
    ],
  },
  'no-header.csv': {
    ok: false,
    format: null,
    problems: [
      [
        E,
        'line 1',
        'the first row should name the columns: a "record" column for the app\'s own CSV layout, or "Year" and "Headline" for the TimelineJS template',
      ],
    ],
  },
  // Semicolon-separated, as Excel saves CSV where the comma is the decimal sign: read, and its
  // problems located by column like any other CSV's.
  'semicolons.csv': {
    ok: false,
    format: 'timelinejs-csv',
    problems: [[E, 'row 3, column "Month" (line 3)', 'month 13 does not exist (months run 1–12)']],
  },
  'unterminated-quote.csv': {
    ok: false,
    format: 'timelinejs-csv',
    problems: [
      [E, 'line 2', 'a quoted field starts on line 2 but is never closed (a closing " is missing)'],
    ],
  },
  'app-layout-errors.csv': {
    ok: false,
    format: 'app-csv',
    problems: [
      [E, 'row 5, column "context" (line 5)', 'should be "true" or "false", not "maybe"'],
      [
        E,
        'row 6, column "record" (line 6)',
        '"evnt" is not a record type; use dataset, theme, source, event, quote, era, link',
      ],
      [E, 'row 5, column "themes", item 2 (line 5)', 'theme "ghost" is not defined in themes'],
      [E, 'row 5, column "end" (line 5)', 'ends (2001-02) before it starts (2001-03-04)'],
      [E, 'row 7, column "eventId" (line 7)', 'event "e404" is not defined in events'],
      [W, 'column "colour"', 'is not a column of this layout; it was ignored'],
      [W, 'row 7, column "outlet" (line 7)', 'is not used for a quote record; it was ignored'],
    ],
  },
};

function importFixture(name: string) {
  return importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
}

describe('the corpus of bad files', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.ok ? 'imports with warnings' : 'is refused'} with exactly these problems`, () => {
      const outcome = importFixture(name);
      expect(outcome.ok).toBe(expected.ok);
      expect(outcome.format).toBe(expected.format);
      const problems = outcome.ok ? outcome.warnings : outcome.problems;
      expect(problems.map((p) => [p.severity, p.path, p.message])).toEqual(expected.problems);
    });
  }
});

describe('XSS payloads', () => {
  it('TimelineJS: script URLs are dropped; markup survives only in summaryHtml and descriptionHtml', () => {
    const outcome = importFixture('xss-timelinejs.json');
    if (!outcome.ok) throw new Error('expected the file to import');
    const { dataset } = outcome;
    // Outside summaryHtml and descriptionHtml (sanitised at render), no script URL and no
    // markup survives anywhere.
    expect(dataset.descriptionHtml).toBe('<script>alert(1)</script><p>About</p>');
    const withoutHtml = JSON.stringify({
      ...dataset,
      descriptionHtml: undefined,
      events: dataset.events.map((e) => ({ ...e, summaryHtml: undefined })),
    });
    expect(withoutHtml).not.toMatch(/javascript:|data:text|onerror|<script/i);

    // Every plain-text field is free of markup.
    const plain: string[] = [
      dataset.title,
      dataset.description ?? '',
      ...dataset.themes.map((t) => t.label),
      ...(dataset.eras ?? []).map((e) => e.label),
      ...dataset.events.flatMap((e) => [
        e.title,
        e.summary ?? '',
        e.displayDate ?? '',
        e.media?.caption ?? '',
        e.media?.credit ?? '',
      ]),
      ...dataset.quotes.flatMap((q) => [q.text, q.speaker]),
    ];
    for (const text of plain) expect(text).not.toMatch(/[<>]/);
    expect(dataset.title).toBe('Safe title');
    expect(dataset.description).toBe('About');
    expect(dataset.themes.map((t) => t.label)).toEqual(['Group', 'General']);
    expect(dataset.eras?.map((e) => e.label)).toEqual(['Era']);

    const [first, second, third, fourth] = dataset.events;
    expect(first?.id).toBe('script-alert-1-script');
    expect(first?.title).toBe('Hi there');
    expect(first?.displayDate).toBe('2001');
    expect(first?.media).toBeUndefined();
    // Kept as given: sanitised to an allowlist when it is rendered.
    expect(first?.summaryHtml).toBe(
      '<p>Hi <img src=x onerror=alert(1)> <a href="javascript:alert(1)">there</a></p>',
    );
    expect(second?.media).toEqual({
      url: 'https://example.com/a.png',
      caption: 'cap',
      credit: 'Credit',
    });
    expect(third?.media).toBeUndefined();
    expect(fourth?.media).toBeUndefined();
    expect(dataset.quotes).toEqual([
      expect.objectContaining({ eventId: 'event-3', text: 'Words', speaker: 'Unknown' }),
    ]);
  });

  it('app JSON: markup in text fields is kept as text; only the URLs are refused', () => {
    const raw = JSON.parse(readFileSync(join(DIR, 'xss-app.json'), 'utf8')) as {
      sources: { url?: string }[];
      events: { media?: unknown }[];
    };
    raw.sources[0]!.url = 'https://example.com/';
    delete raw.events[0]!.media;
    const outcome = importBytes(new TextEncoder().encode(JSON.stringify(raw)), 'xss-app.json');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.dataset.title).toBe('<img src=x onerror=alert(1)>');
    expect(outcome.dataset.events[0]?.summaryHtml).toContain('onerror');
  });
});
