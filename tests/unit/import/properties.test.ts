/**
 * Property-based tests: the importer never throws whatever it is given, and every valid
 * dataset survives export → import unchanged, as JSON and as the app's CSV layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAppCsv } from '../../../src/import/appCsv';
import { exportAppJson } from '../../../src/import/appJson';
import { exportTimelineJs3Text } from '../../../src/lib/exportTimelineJs';
import { importBytes, importText } from '../../../src/import/importDataset';
import { IMPORT_PALETTE } from '../../../src/import/palette';
import type { Dataset, ImportOutcome } from '../../../src/import/types';
import {
  EVENT_KINDS,
  SOURCE_KINDS,
  SPEAKER_GROUPS,
  STANCES,
  THEME_GLYPHS,
  THEME_PATTERNS,
} from '../../../src/domain/schema';
import { validateDataset } from '../../../src/domain/validateDataset';
import { formatDatasetYear } from '../../../src/domain/dates';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

/** What must hold for any input: a dataset that validates, or at least one error. */
function checkOutcome(outcome: ImportOutcome): void {
  if (outcome.ok) {
    expect(validateDataset(outcome.dataset).ok).toBe(true);
    expect(outcome.warnings.every((w) => w.severity === 'warning')).toBe(true);
  } else {
    expect(outcome.problems.length).toBeGreaterThan(0);
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
  }
  for (const p of outcome.ok ? outcome.warnings : outcome.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  // It has to cross postMessage from the worker.
  expect(() => structuredClone(outcome)).not.toThrow();
}

const never = (f: () => ImportOutcome) => {
  let outcome: ImportOutcome | undefined;
  expect(() => (outcome = f())).not.toThrow();
  checkOutcome(outcome!);
};

const TOKENS = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\n',
  '\r\n',
  ' ',
  '1',
  '-',
  'a',
  '~',
  'Year',
  'Headline',
  'Month',
  'record',
  'event',
  'theme',
  'title',
  'era',
  '2001',
  '13',
  'null',
  'true',
  '<blockquote>',
  'https://e.org/x',
  'javascript:',
);

const junk = fc.jsonValue({ maxDepth: 3 });
const MEDIA_ADDRESSES = fc.constantFrom(
  'https://e.org/p',
  '<blockquote>Q</blockquote>',
  'javascript:x',
  '//upload.wikimedia.org/a.jpg',
  '<iframe src="//www.youtube.com/embed/abcdefghijk"></iframe>',
  '<iframe src="javascript:x">',
  '<iframe>',
  'img/relative.png',
  '//',
  'https://',
);
const dateLike = fc.oneof(
  junk,
  fc.record(
    {
      year: fc.oneof(
        fc.integer({ min: -20, max: 12_000 }),
        // Deep time, on both sides of the Big Bang and of Date's range.
        fc.integer({ min: -13_800_000_010, max: -271_000 }),
        fc.constantFrom(-13_800_000_000, -13_800_000_001, -271_821, -271_820, -10_001),
        fc.string(),
        junk,
      ),
      month: fc.oneof(fc.integer({ min: -1, max: 14 }), junk),
      day: fc.oneof(fc.integer({ min: -1, max: 33 }), junk),
      hour: junk,
      display_date: junk,
    },
    { requiredKeys: [] },
  ),
);
const timelineJsLike = fc.record(
  {
    title: fc.oneof(
      junk,
      fc.record({ text: fc.oneof(junk, fc.record({ headline: junk, text: junk })) }),
    ),
    events: fc.array(
      fc.oneof(
        junk,
        fc.record(
          {
            start_date: dateLike,
            end_date: dateLike,
            text: fc.oneof(junk, fc.record({ headline: junk, text: junk }, { requiredKeys: [] })),
            media: fc.oneof(
              junk,
              fc.record(
                {
                  url: fc.oneof(junk, MEDIA_ADDRESSES),
                  credit: junk,
                  caption: junk,
                  thumbnail: fc.oneof(junk, MEDIA_ADDRESSES),
                  alt: junk,
                },
                { requiredKeys: [] },
              ),
            ),
            group: junk,
            unique_id: junk,
            display_date: junk,
            background: fc.oneof(
              junk,
              fc.record({ color: fc.oneof(junk, fc.constantFrom('#abc', '#A1B2C3', 'red')) }),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 8 },
    ),
    eras: fc.oneof(
      junk,
      fc.array(fc.record({ start_date: dateLike, end_date: dateLike, text: junk })),
    ),
  },
  { requiredKeys: ['events'] },
);

const TL2_DATES = fc.constantFrom(
  '2012,1,18',
  '1963',
  '2011,12',
  '2011,13,40',
  '2011,12,10,14,30',
  '9/18/2023',
  '2001-02-03T04:05:06Z',
  'now',
  'spring',
  '',
  ',,,',
  '-500',
);
const tl2Entry = fc.oneof(
  junk,
  fc.record(
    {
      startDate: fc.oneof(TL2_DATES, junk),
      endDate: fc.oneof(TL2_DATES, junk),
      headline: junk,
      text: junk,
      tag: junk,
      asset: fc.oneof(
        junk,
        fc.record(
          { media: fc.oneof(junk, MEDIA_ADDRESSES), credit: junk, caption: junk, thumbnail: junk },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);
const timelineJs2Like = fc.record({
  timeline: fc.record(
    {
      headline: junk,
      text: junk,
      startDate: fc.oneof(TL2_DATES, junk),
      asset: junk,
      date: fc.oneof(junk, fc.array(tl2Entry, { maxLength: 8 })),
      era: fc.oneof(junk, fc.array(tl2Entry, { maxLength: 4 })),
    },
    { requiredKeys: ['date'] },
  ),
});

describe('importText never throws', () => {
  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.constantFrom('x.json', 'x.csv')),
        (text, name) => never(() => importText(text, name ?? undefined)),
      ),
      { numRuns: 300 },
    );
  });

  it('for strings made of JSON and CSV fragments', () => {
    fc.assert(
      fc.property(fc.array(TOKENS, { maxLength: 60 }), (tokens) =>
        never(() => importText(tokens.join(''))),
      ),
      { numRuns: 300 },
    );
  });

  it('for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => never(() => importText(JSON.stringify(value)))),
      { numRuns: 300 },
    );
  });

  it('for TimelineJS-shaped JSON full of wrong values', () => {
    fc.assert(
      fc.property(timelineJsLike, (value) => never(() => importText(JSON.stringify(value)))),
      { numRuns: 300 },
    );
  });

  it('for TimelineJS 2 JSON full of wrong values', () => {
    fc.assert(
      fc.property(timelineJs2Like, (value) => never(() => importText(JSON.stringify(value)))),
      { numRuns: 300 },
    );
  });

  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => never(() => importBytes(bytes))),
      { numRuns: 300 },
    );
  });
});

// ---- Arbitrary valid datasets ----------------------------------------------------------

const ID = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,10}$/);
const UNITS = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'a',
      'Z',
      ' ',
      ',',
      '"',
      '~',
      '\\',
      '\n',
      '\r',
      ';',
      '<',
      '&',
      'é',
      '😀',
      '\t',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
/** Text the schema keeps as is: trimmed, not empty. */
const text = (maxLength: number) =>
  fc
    .string({ unit: UNITS, minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const SHORT = text(20);
const LONG = text(40);
const CERTAINTY = fc.constantFrom('exact', 'approximate', 'inferred');
const URL = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.stringMatching(/^[a-z0-9/_-]{0,12}$/),
  )
  .map(([scheme, host, path]) => `${scheme}://${host}.example.org/${path}`);

type Precision = 'year' | 'month' | 'day';
const PRECISION = fc.constantFrom<Precision>('year', 'month', 'day');
/** A date as the dataset writes it: "2008-07-09", "-0499-03" (500 BCE), "Y-13799999999". */
const dateOf = (year: number, p: Precision, month: number, day: number) => {
  const y = formatDatasetYear(year);
  // Years of more than four digits are kept to the year.
  if (p === 'year' || y.startsWith('Y')) return y;
  const mm = String(month).padStart(2, '0');
  return p === 'month' ? `${y}-${mm}` : `${y}-${mm}-${String(day).padStart(2, '0')}`;
};
const DATE_PARTS = fc.record({
  // Mostly calendar years, also before the Common Era and deep in time, back to the Big Bang.
  year: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1000, max: 2999 }) },
    { weight: 1, arbitrary: fc.integer({ min: -9999, max: 999 }) },
    { weight: 1, arbitrary: fc.integer({ min: -13_800_000_000, max: -10_031 }) },
  ),
  p: PRECISION,
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});
const DATE = DATE_PARTS.map(({ year, p, month, day }) => dateOf(year, p, month, day));
/** A start and, sometimes, an end in a later year (so end ≥ start at any precision). */
const SPAN = fc
  .record({
    start: DATE_PARTS,
    end: fc.option(fc.record({ later: fc.integer({ min: 1, max: 30 }), p: PRECISION }), {
      nil: undefined,
    }),
  })
  .map(({ start, end }) => ({
    start: dateOf(start.year, start.p, start.month, start.day),
    end:
      end === undefined ? undefined : dateOf(start.year + end.later, end.p, start.month, start.day),
  }));

const strip = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    themeIds: fc.uniqueArray(ID, { minLength: 1, maxLength: 4 }),
    sourceIds: fc.uniqueArray(ID, { minLength: 1, maxLength: 3 }),
    eventIds: fc.uniqueArray(ID, { maxLength: 5 }),
    quoteIds: fc.uniqueArray(ID, { maxLength: 4 }),
  })
  .chain(({ themeIds, sourceIds, eventIds, quoteIds }) => {
    const themes = fc.tuple(
      ...themeIds.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            label: SHORT,
            description: LONG,
            color: fc.constantFrom(...IMPORT_PALETTE),
            pattern: fc.constantFrom(...THEME_PATTERNS),
            glyph: fc.constantFrom(...THEME_GLYPHS),
          },
          { requiredKeys: ['id', 'label', 'color', 'pattern', 'glyph'] },
        ),
      ),
    );
    const sources = fc.tuple(
      ...sourceIds.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            title: SHORT,
            outlet: SHORT,
            author: SHORT,
            authorNote: LONG,
            date: DATE,
            dateCertainty: CERTAINTY,
            dateNote: LONG,
            url: URL,
            kind: fc.constantFrom(...SOURCE_KINDS),
            note: LONG,
            researchRefs: fc.array(SHORT, { minLength: 1, maxLength: 2 }),
          },
          { requiredKeys: ['id', 'title', 'outlet', 'kind'] },
        ),
      ),
    );
    const media = fc.record(
      { url: URL, caption: LONG, credit: LONG, thumbnail: URL, alt: LONG },
      { requiredKeys: ['url'] },
    );
    const events = fc.tuple(
      ...eventIds.map((id) =>
        fc
          .record(
            {
              id: fc.constant(id),
              kind: fc.constantFrom(...EVENT_KINDS),
              title: SHORT,
              summary: LONG,
              span: SPAN,
              dateCertainty: CERTAINTY,
              dateNote: LONG,
              conference: SHORT,
              location: SHORT,
              themes: fc.subarray(themeIds, { minLength: 1 }),
              people: fc.array(SHORT, { minLength: 1, maxLength: 3 }),
              sources: fc.subarray(sourceIds, { minLength: 1 }),
              context: fc.boolean(),
              researchRefs: fc.array(SHORT, { minLength: 1, maxLength: 2 }),
              displayDate: SHORT,
              summaryHtml: LONG,
              media,
              background: fc.constantFrom('#112233', '#ffffff', '#a3361f'),
            },
            { requiredKeys: ['id', 'title', 'span', 'themes', 'sources'] },
          )
          .map(({ span, ...e }) => strip({ ...e, start: span.start, end: span.end })),
      ),
    );
    const quotes =
      eventIds.length === 0
        ? fc.constant([])
        : fc.tuple(
            ...quoteIds.map((id) =>
              fc.record(
                {
                  id: fc.constant(id),
                  text: LONG,
                  speaker: SHORT,
                  speakerRole: SHORT,
                  speakerGroup: fc.constantFrom(...SPEAKER_GROUPS),
                  eventId: fc.constantFrom(...eventIds),
                  sourceId: fc.constantFrom(...sourceIds),
                  themes: fc.subarray(themeIds),
                  stance: fc.constantFrom(...STANCES),
                  date: DATE,
                  dateCertainty: CERTAINTY,
                  dateNote: LONG,
                  setting: LONG,
                  note: LONG,
                  context: LONG,
                  researchRefs: fc.array(SHORT, { minLength: 1, maxLength: 2 }),
                },
                {
                  requiredKeys: [
                    'id',
                    'text',
                    'speaker',
                    'eventId',
                    'sourceId',
                    'themes',
                    'stance',
                  ],
                },
              ),
            ),
          );
    const era = fc
      .record({ id: ID, label: SHORT, span: SPAN }, { requiredKeys: ['label', 'span'] })
      .map(({ span, ...e }) => strip({ ...e, start: span.start, end: span.end ?? span.start }));
    return fc.record(
      {
        schemaVersion: fc.constant(SCHEMA_VERSION),
        title: SHORT,
        description: LONG,
        descriptionHtml: LONG,
        media,
        language: fc.constantFrom('en', 'fr-CA', 'de'),
        themes,
        sources,
        events,
        quotes,
        eras: fc.array(era, { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['schemaVersion', 'title', 'themes', 'sources', 'events', 'quotes'] },
    ) as unknown as fc.Arbitrary<Dataset>;
  });

describe('export → import round trips', () => {
  it('the generator makes valid datasets', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const r = validateDataset(d);
        expect(r.ok ? [] : r.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('exportAppJson → importText gives the same dataset', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const back = importText(exportAppJson(d), 'export.json');
        expect(back.ok ? back.dataset : back.problems).toEqual(d);
        expect(back.format).toBe('app-json');
      }),
      { numRuns: 150 },
    );
  });

  it('exportAppCsv → importText gives the same dataset', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const back = importText(exportAppCsv(d), 'export.csv');
        expect(back.ok ? back.dataset : back.problems).toEqual(d);
        expect(back.format).toBe('app-csv');
      }),
      { numRuns: 150 },
    );
  });

  it('exportAppCsv → bytes → importBytes gives the same dataset', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const bytes = new TextEncoder().encode(exportAppCsv(d));
        const back = importBytes(bytes, 'export.csv');
        // The NUL character is the one thing a file may not contain (it reads as binary).
        if (exportAppCsv(d).includes('\u0000')) return;
        expect(back.ok ? back.dataset : back.problems).toEqual(d);
      }),
      { numRuns: 50 },
    );
  });

  it('exportTimelineJs3 → importText keeps events, dates at their precision, groups, eras and media', () => {
    /** TimelineJS shows text as HTML: whitespace runs read as one space. */
    const flat = (t: string | undefined) => t?.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(datasetArb, (d) => {
        const back = importText(exportTimelineJs3Text(d), 'export.json');
        if (d.events.length === 0) {
          expect(back.ok).toBe(false);
          return;
        }
        if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
        const label = (ds: Dataset, ids: readonly string[]) =>
          flat(ds.themes.find((t) => t.id === ids[0])?.label);
        expect(
          back.dataset.events.map((e) => ({
            title: e.title,
            start: e.start,
            end: e.end,
            displayDate: e.displayDate,
            media: e.media,
            background: e.background,
            group: label(back.dataset, e.themes),
          })),
        ).toEqual(
          d.events.map((e) => ({
            title: flat(e.title),
            start: e.start,
            end: e.end,
            displayDate: flat(e.displayDate),
            media:
              e.media &&
              strip({
                ...e.media,
                caption: flat(e.media.caption),
                credit: flat(e.media.credit),
                alt: flat(e.media.alt),
              }),
            background: e.background,
            group: label(d, e.themes),
          })),
        );
        expect(back.dataset.eras).toEqual(
          d.eras?.map((era) => ({ label: flat(era.label), start: era.start, end: era.end })),
        );
      }),
      { numRuns: 150 },
    );
  });
});
