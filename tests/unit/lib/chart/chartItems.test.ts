import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type LoadedDataset } from '../../../../src/domain/indexes';
import { validateDataset } from '../../../../src/domain/validateDataset';
import { laneThemeFor } from '../../../../src/lib/emphasis';
import { selectShownEvents } from '../../../setup/shownEventsOracle';
import {
  computeFilteredView,
  filteredView,
  REMEMBERED_FILTERS,
  type FilterChoice,
} from '../../../../src/lib/chart/chartItems';
import { loadFixture, miniRaw } from '../../../setup/fixtures';

const label = (e: { title: string }) => e.title;
const choice = (filter: readonly string[] | null, dimFiltered = false): FilterChoice => ({
  filter,
  dimFiltered,
  spotlight: null,
});

describe('filteredView: what the chart shows under a filter', () => {
  it('shows the events of the switched-on themes, marks without conferences, in date order', () => {
    const data = loadFixture();
    const view = computeFilteredView(data, choice(['beta']), label);
    const expected = data.events.filter(
      (e) => e.kind === 'conference' || e.themes.includes('beta'),
    );
    expect(view.shown.map((s) => s.event.id)).toEqual(expected.map((e) => e.id));
    expect(view.items.map((i) => i.id)).toEqual(
      expected.filter((e) => e.kind !== 'conference').map((e) => e.id),
    );
    // Filed under the first theme that is switched on.
    for (const item of view.items) expect(item.lane).toBe('beta');
    expect(view.itemIndex.items).toBe(view.items);
  });

  it('keeps filtered-out events, dimmed, when asked to dim rather than hide', () => {
    const data = loadFixture();
    const view = computeFilteredView(data, choice(['beta'], true), label);
    expect(view.shown).toHaveLength(data.events.length);
    const dimmed = view.items.filter((i) => i.dimmed).map((i) => i.id);
    expect(dimmed).toEqual(
      data.events
        .filter((e) => e.kind !== 'conference' && !e.themes.includes('beta'))
        .map((e) => e.id),
    );
  });

  it('remembers the last few filters: the same objects come back, so layouts are reused', () => {
    const data = loadFixture();
    const all = filteredView(data, choice(null), label);
    const beta = filteredView(data, choice(['beta']), label);
    expect(filteredView(data, choice(null), label)).toBe(all);
    expect(filteredView(data, choice(['beta']), label)).toBe(beta);
    // The order of the themes in a filter does not matter.
    const two = filteredView(data, choice(['beta', 'alpha']), label);
    expect(filteredView(data, choice(['alpha', 'beta']), label)).toBe(two);
    // Hiding and dimming are different views.
    expect(filteredView(data, choice(['beta'], true), label)).not.toBe(beta);
  });

  it('labels items with the label function it is given, even for a remembered filter', () => {
    const data = loadFixture();
    filteredView(data, choice(['beta']), label);
    const shouted = filteredView(data, choice(['beta']), (e) => e.title.toUpperCase());
    expect(shouted.items.map((i) => i.label)).toEqual(
      shouted.items.map((i) => i.event.title.toUpperCase()),
    );
  });

  it('forgets the least recently used filter beyond its limit', () => {
    const data = loadFixture();
    const first = filteredView(data, choice(['alpha']), label);
    const others = ['beta', 'gamma', 'delta', 'epsilon'].slice(0, REMEMBERED_FILTERS);
    for (const t of others) filteredView(data, choice([t]), label);
    const again = filteredView(data, choice(['alpha']), label);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('filteredView items', () => {
  it('shares the items of events that look the same under the next filter', () => {
    const data = loadFixture();
    const all = computeFilteredView(data, choice(null), label);
    const dimBeta = computeFilteredView(data, choice(['alpha', 'gamma'], true), label);
    for (const item of dimBeta.items) {
      const before = all.items.find((i) => i.id === item.id);
      // Same lane and emphasis: the very same object; otherwise a new one that says so.
      if (before && before.lane === item.lane && before.dimmed === item.dimmed)
        expect(item).toBe(before);
      else expect(item).not.toBe(before);
    }
    expect(dimBeta.items.some((i) => i.dimmed)).toBe(true);
  });
});

/** The mini fixture with `extra` more themes declared (over 31 in all takes the general path). */
function withThemes(extra: number): LoadedDataset {
  const raw = miniRaw();
  const base = raw.themes[0] as Record<string, unknown>;
  for (let i = 0; i < extra; i++)
    raw.themes.push({ ...base, id: `extra-${i}`, label: `Extra ${i}` });
  // Some events also carry extra themes, so the added bits take part.
  raw.events.forEach((e, i) => {
    if (extra > 0 && i % 2 === 0) (e.themes as string[]).push(`extra-${i % extra}`);
  });
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset, result.warnings);
}

describe('filteredView agrees with the plain selectors for any filter', () => {
  for (const [name, data] of [
    ['the fixture', loadFixture()],
    ['a dataset with 20 more themes', withThemes(20)],
    ['a dataset with 40 more themes (no theme bits)', withThemes(40)],
  ] as const) {
    it(`on ${name}`, () => {
      const ids = data.dataset.themes.map((t) => t.id);
      const eventIds = data.events.map((e) => e.id);
      fc.assert(
        fc.property(
          fc.option(fc.subarray([...ids, 'not-a-theme']), { nil: null }),
          fc.boolean(),
          fc.option(fc.subarray(eventIds), { nil: null }),
          (filter, dimFiltered, spotlit) => {
            const spotlight = spotlit === null ? null : new Set(spotlit);
            const view = computeFilteredView(
              data,
              {
                filter,
                dimFiltered,
                spotlight: spotlight === null ? null : { sourceId: 's', eventIds: spotlight },
              },
              label,
            );
            const expected = selectShownEvents(data, filter, dimFiltered, spotlight);
            expect(view.shown.map((s) => [s.event.id, s.emphasis])).toEqual(
              expected.map((s) => [s.event.id, s.emphasis]),
            );
            const marks = expected.filter((s) => s.event.kind !== 'conference');
            expect(view.items.map((i) => [i.id, i.lane, i.dimmed])).toEqual(
              marks.map((s) => [
                s.event.id,
                laneThemeFor(s.event, filter),
                s.emphasis === 'dimmed',
              ]),
            );
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
