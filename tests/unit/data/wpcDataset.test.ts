import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetSchema } from '../../../src/domain/schema';
import { validateDataset } from '../../../src/domain/validateDataset';
import { prepareDataset } from '../../../src/domain/indexes';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** The seed articles and the research dossier, when ../shared is beside the repository. */
function readResearch(): string[] | null {
  if (!existsSync(`${SHARED}seeds`) || !existsSync(`${SHARED}research/wpc-dossier.md`)) return null;
  return [
    ...readdirSync(`${SHARED}seeds`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${SHARED}seeds/${f}`, 'utf8')),
    readFileSync(`${SHARED}research/wpc-dossier.md`, 'utf8'),
  ];
}

function readPrints(): Record<string, string> {
  return JSON.parse(read('../../fixtures/quote-fingerprints.json')) as Record<string, string>;
}
const raw: unknown = JSON.parse(read('../../../data/wpc.json'));
const result = validateDataset(raw);

describe('the shipped WPC dataset', () => {
  it('passes the schema and every cross-reference check, without warnings', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  if (!result.ok) return;
  const data = prepareDataset(result.dataset);

  it('covers every WPC from 2007 to 2011 as a conference with dates and a city', () => {
    for (const year of [2007, 2008, 2009, 2010, 2011]) {
      const conf = data.conferences.find((c) => c.startDate.year === year);
      expect(conf, `WPC ${year}`).toBeDefined();
      expect(conf?.end, `WPC ${year} end date`).toBeDefined();
      expect(conf?.location, `WPC ${year} location`).toBeTruthy();
    }
  });

  it('puts the Denver conference in 2007', () => {
    const denver = data.conferences.find((c) => c.location?.includes('Denver'));
    expect(denver?.startDate.year).toBe(2007);
  });

  it('has at least 40 events and 25 quotes, every one sourced', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(40);
    expect(data.dataset.quotes.length).toBeGreaterThanOrEqual(25);
    for (const e of data.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('starts no event after it ends', () => {
    for (const e of data.events) {
      if (e.endDate) expect(e.endDate.startMs, e.id).toBeGreaterThanOrEqual(e.startDate.startMs);
    }
  });

  it('explains every approximate or inferred date', () => {
    for (const e of data.events) {
      if (e.dateCertainty && e.dateCertainty !== 'exact') expect(e.dateNote, e.id).toBeTruthy();
    }
  });

  it('marks only pre-2007 and post-2011 events as context', () => {
    for (const e of data.events) {
      if (e.context) expect(e.startDate.year < 2007 || e.startDate.year > 2011, e.id).toBe(true);
    }
  });

  it('has the themes the story needs, each with a distinct pattern and glyph', () => {
    const ids = data.dataset.themes.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'software-plus-services',
        'hosted-services',
        'all-in',
        'cloud-accelerate',
      ]),
    );
    expect(new Set(data.dataset.themes.map((t) => t.glyph)).size).toBe(ids.length);
    expect(new Set(data.dataset.themes.map((t) => t.pattern)).size).toBe(ids.length);
  });

  it('keeps every quote verbatim: character for character in a seed article or the research dossier', () => {
    const seedSources = data.dataset.sources.filter((s) => s.note?.includes('Seed document'));
    expect(seedSources.length).toBeGreaterThanOrEqual(5);
    const seedSourceIds = new Set(seedSources.map((s) => s.id));
    expect(
      data.dataset.quotes.filter((q) => seedSourceIds.has(q.sourceId)).length,
    ).toBeGreaterThanOrEqual(15);
    const texts = readResearch();
    const prints = readPrints();
    for (const q of data.dataset.quotes) {
      if (texts) {
        // The articles and the dossier themselves (../shared, beside the repository in CI).
        for (const para of q.text.split(/\n+/)) {
          expect(
            texts.some((s) => s.includes(para)),
            `quote ${q.id}: ${para.slice(0, 50)}`,
          ).toBe(true);
        }
      }
      // The fingerprint recorded when the quote was last checked against its source text:
      // a quote edited since then fails here even where ../shared is not at hand.
      expect(prints[q.id], `fingerprint of quote ${q.id} (npm run fingerprints)`).toBe(
        sha256(q.text),
      );
    }
  });

  it('includes all seven Ballmer quotations from the 2008 seed', () => {
    const ballmer2008 = data.dataset.quotes.filter(
      (q) =>
        q.speaker === 'Steve Ballmer' && q.sourceId === seedSourceFor('000_62108251e2264174.txt'),
    );
    expect(ballmer2008.length).toBe(7);
  });

  function seedSourceFor(file: string): string | undefined {
    return data.dataset.sources.find((s) => s.note?.includes(file))?.id;
  }
});

describe('data/dataset.schema.json', () => {
  it('is current with the zod schema (run `npm run schema:write` after changing it)', () => {
    const onDisk: unknown = JSON.parse(read('../../../data/dataset.schema.json'));
    expect(onDisk).toEqual(
      JSON.parse(
        JSON.stringify(z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' })),
      ),
    );
  });
});
