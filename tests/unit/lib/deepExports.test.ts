/**
 * Every place that shows a date, with a deep-time file (TimelineJS's cosmology template) and a
 * BCE file: the CSV export, search results, the SVG slide and the tour stop made from the view
 * read the dates in words or write them in the dataset's own form; never NaN, "Invalid Date",
 * a year of the 1900s, or a year 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWords } from '../../../src/queries/yearsAgoWords';
import { prepareDataset, type LoadedDataset } from '../../../src/domain/indexes';
import { MIN_YEAR, yearStartMs } from '../../../src/domain/dates';
import { partialDateSchema } from '../../../src/domain/schema';
import { getI18n, i18nFor, loadMessages } from '../../../src/i18n/i18n';
import { importBytes } from '../../../src/import/importDataset';
import { exportTimelineCsv } from '../../../src/lib/exportCsv';
import { buildExportSvg, SLIDE_SIZE } from '../../../src/lib/exportSvg';
import { search } from '../../../src/lib/search';
import { themeArcs } from '../../../src/lib/themeArcs';
import { buildSearchIndex } from '../../../src/lib/searchIndex';
import { stopFromView, viewForStop } from '../../../src/lib/tours';
import { paddedBounds, type Domain } from '../../../src/lib/viewport';
import { spanForFile } from '../../../src/features/export/fileName';

function load(path: string): LoadedDataset {
  const o = importBytes(new Uint8Array(readFileSync(join(process.cwd(), path))), 'f.json');
  if (!o.ok) throw new Error(JSON.stringify(o.problems));
  return prepareDataset(o.dataset);
}

const BAD = /NaN|Invalid Date|undefined|\b19\d\d\b|\b0 BCE\b/;
let cosmo: LoadedDataset;
let bce: LoadedDataset;
beforeAll(() => {
  // What the loader does for a file on the cosmological scale (queries/yearsAgoWords.ts).
  registerWords(getI18n, i18nFor);
  cosmo = load('tests/fixtures/timelinejs/cosmo.json');
  bce = load('tests/fixtures/deep/bce.json');
});

const choices = (viewport: Domain | null = null) => ({
  themeFilter: null,
  dimFiltered: false,
  selectedEventId: null,
  viewport,
});

describe('dates of deep and BCE files wherever they are shown', () => {
  it('the CSV export: the date in words beside the dataset form', () => {
    const csv = exportTimelineCsv(cosmo, choices(), i18nFor('en'));
    expect(csv).toContain(
      'event,event-1,event-1,13.8 billion years ago,Y-13799999999,,The Big Bang',
    );
    expect(csv).toContain('4.6 billion years ago,Y-4599999999,,The formation of the Solar System');
    expect(csv).not.toMatch(BAD);
    const b = exportTimelineCsv(bce, choices(), i18nFor('en'));
    expect(b).toContain('500 BCE,-0499,,Start of the test span');
    expect(b).toContain('1 BCE,0000,,The last year before the era');
    expect(b).not.toMatch(BAD);
  });

  it('search: the date of a result reads in words, and the words find it', () => {
    const index = buildSearchIndex(cosmo, i18nFor('en'));
    const bang = index.docs.find((d) => d.id === 'event-1');
    expect(bang?.texts).toContain('13.8 billion years ago');
    expect(search(index, '4.6 billion').map((r) => r.title)).toContain(
      'The formation of the Solar System',
    );
  });

  it('the SVG slide: years-ago ticks and a window that ends today, not in 9999 or a billion years on', () => {
    const texts = (data: LoadedDataset) =>
      [
        ...buildExportSvg({
          data,
          i18n: getI18n(),
          choices: choices(),
          ...SLIDE_SIZE,
          generatedAt: '2026-12-03',
        }).matchAll(/<text[^>]*>([^<]*)</g),
      ].map((m) => m[1] ?? '');
    const deep = texts(cosmo);
    expect(deep).toContain('Showing 14.2 billion years ago – today · all themes');
    expect(deep.join(' ')).not.toMatch(/9999/);
    expect(deep.filter((t) => / Ga$/.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(deep.join(' ')).not.toMatch(/NaN|Invalid Date|\bnow\b/);
    const early = texts(bce);
    expect(early).toEqual(expect.arrayContaining(['500 BCE', '100 BCE', '100']));
    expect(early.join(' ')).not.toMatch(BAD);
  });

  it('a tour stop made from the view is valid data and gives the view back', () => {
    for (const data of [cosmo, bce]) {
      const bounds = paddedBounds(data.span);
      const width = bounds[1] - bounds[0];
      const zoomed: Domain = [bounds[0] + width * 0.2, bounds[1] - width * 0.3];
      for (const viewport of [null, zoomed]) {
        const stop = stopFromView(
          { themeFilter: null, selectedEventId: null, viewport },
          'Here',
          bounds,
        );
        for (const day of [stop.view.from, stop.view.to]) {
          expect(partialDateSchema.safeParse(day).success, day).toBe(true);
        }
        const known = {
          themeIds: new Set<string>(),
          events: data.eventsById,
          quoteIds: new Set<string>(),
          bounds,
        };
        const back = viewForStop(stop, known).viewport;
        // The whole view stays the whole view (null); a window comes back to the day (the human
        // scale) or the year (deep time) it was written to.
        if (viewport === null && data === bce) expect(back).toBeNull();
        else if (viewport === null) {
          // Deep time: the padding before the Big Bang is not a year, so the stop starts there.
          expect(back?.[0]).toBe(yearStartMs(MIN_YEAR));
        } else {
          const slack = data === cosmo ? 400 * 86_400_000 : 2 * 86_400_000;
          expect(Math.abs((back?.[0] ?? 0) - viewport[0])).toBeLessThan(slack);
          expect(Math.abs((back?.[1] ?? 0) - viewport[1])).toBeLessThan(slack);
        }
      }
    }
    const whole = (data: LoadedDataset) =>
      stopFromView(
        { themeFilter: null, selectedEventId: null, viewport: null },
        'x',
        paddedBounds(data.span),
      ).view;
    // BCE days in the dataset's form (it was "-518-12-31", not a date); no year before the Big Bang.
    expect(whole(bce).from).toBe('-0518-12-31');
    expect(whole(cosmo).from).toBe(`Y${MIN_YEAR}`);
  });

  it('theme arcs name the peak year in words, not "-499"', () => {
    const [general] = themeArcs(bce, i18nFor('en'));
    expect(general?.summary).toMatch(/500 BCE/);
    expect(general?.summary).not.toMatch(/-\d/);
    const [deep] = themeArcs(cosmo, i18nFor('en'));
    // The first year in years ago, as everywhere else (it read '13,800,000,000 BCE').
    expect(deep?.summary).toContain('from 13.8 billion years ago (The Big Bang) to 3500 BCE');
    expect(deep?.summary).not.toMatch(BAD);
    // Each event has a year of its own: no "busiest in 13.8 billion years ago (1 event)".
    for (const arc of themeArcs(cosmo, i18nFor('en'))) expect(arc.summary).not.toMatch(/busiest/);
  });

  it('theme arcs in German read a lone deep event without "im vor …"', async () => {
    await loadMessages('de');
    const arcs = themeArcs(cosmo, i18nFor('de'));
    expect(arcs.length).toBeGreaterThan(0);
    for (const arc of arcs) {
      expect(arc.summary).not.toMatch(/\bim vor\b/);
      expect(arc.summary).not.toMatch(BAD);
    }
    // A theme of one event: "General: 1 Ereignis, vor 13,8 Milliarden Jahren (The Big Bang).".
    const o = importBytes(
      new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/timelinejs/cosmo.json'))),
      'f.json',
    );
    if (!o.ok) throw new Error('the cosmology fixture does not load');
    const one = prepareDataset({ ...o.dataset, events: o.dataset.events.slice(0, 1) });
    const [lone] = themeArcs(one, i18nFor('de'));
    expect(lone?.summary).toMatch(/: 1 Ereignis, vor 13,8 Milliarden Jahren \(The Big Bang\)\.$/);
  });

  it('file names name early years as readers write them', () => {
    expect(spanForFile(paddedBounds(bce.span))).toBe('dec-519-bce-dec-172');
    expect(spanForFile(paddedBounds(cosmo.span))).toBe('y-14213999895-9999');
  });
});
