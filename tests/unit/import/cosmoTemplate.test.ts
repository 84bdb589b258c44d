/**
 * TimelineJS3's own cosmological-scale template (tests/fixtures/timelinejs/cosmo.json, MPL-2.0,
 * see the README there) opens as its author made it: every year kept exactly, on the
 * cosmological scale, and back out to TimelineJS with the same years.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { importBytes, importText } from '../../../src/import/importDataset';
import { exportTimelineJs3Text } from '../../../src/lib/exportTimelineJs';

const text = readFileSync(join(process.cwd(), 'tests/fixtures/timelinejs/cosmo.json'), 'utf8');
const file = JSON.parse(text) as {
  events: {
    start_date: { year: string };
    end_date?: { year: string };
    text: { headline: string };
  }[];
};

function load() {
  const outcome = importBytes(new TextEncoder().encode(text), 'cosmo.json');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems, null, 2));
  return outcome;
}

describe('TimelineJS cosmology template', () => {
  it('imports with no error: seven events, the title of its title slide', () => {
    const { dataset, format, warnings } = load();
    expect(format).toBe('timelinejs-json');
    expect(dataset.title).toBe('Cosmological Scale Timeline');
    expect(dataset.events).toHaveLength(7);
    // Its named CSS colours ("white", "black") are read too: no warning at all.
    expect(warnings).toEqual([]);
    expect(dataset.events.map((e) => e.background).filter(Boolean)).toContain('#f45b69');
    expect(dataset.events[5]?.background).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps every year exactly (TimelineJS counts 1 BCE as -1, the dataset as 0000)', () => {
    const { dataset } = load();
    const byTitle = new Map(dataset.events.map((e) => [e.title, e]));
    expect(byTitle.get('The Big Bang')?.start).toBe('Y-13799999999');
    expect(byTitle.get('The Dark Ages and large-scale structure emergence')?.start).toBe(
      'Y-13799629999',
    );
    expect(byTitle.get('The formation of the Solar System')?.start).toBe('Y-4599999999');
    const paleozoic = byTitle.get('Paleozoic era');
    expect([paleozoic?.start, paleozoic?.end]).toEqual(['Y-538799999', 'Y-251901999']);
    expect(byTitle.get('approximate date of appearance of Homo sapiens')?.start).toBe('Y-314999');
    expect(byTitle.get('oldest known depiction of a wheeled vehicle')?.start).toBe('-3499');
  });

  it('is drawn on the cosmological scale, in date order from the Big Bang', () => {
    const loaded = prepareDataset(load().dataset);
    expect(loaded.timeScale).toBe('cosmological');
    expect(loaded.events.map((e) => e.startDate.year)).toEqual([
      -13_799_999_999, -13_799_629_999, -12_799_999_999, -4_599_999_999, -538_799_999, -314_999,
      -3499,
    ]);
    expect(loaded.events.every((e) => Number.isFinite(e.startMs) && e.endMs > e.startMs)).toBe(
      true,
    );
  });

  it('exports back to TimelineJS with the years it came with', () => {
    const out = JSON.parse(exportTimelineJs3Text(load().dataset)) as typeof file;
    const years = (f: typeof file) =>
      f.events
        .map((e) => [e.text.headline, e.start_date.year, e.end_date?.year ?? null].join(' '))
        .sort();
    expect(years(out)).toEqual(years(file));
    const again = importText(JSON.stringify(out), 'again.json');
    expect(again.ok && again.dataset.events.map((e) => e.start).sort()).toEqual(
      load()
        .dataset.events.map((e) => e.start)
        .sort(),
    );
  });
});
