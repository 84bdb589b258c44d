import { describe, expect, it } from 'vitest';
import {
  computeFilteredView,
  filteredView,
  REMEMBERED_FILTERS,
  type FilterChoice,
} from '../../../../src/features/timeline/filteredView';
import { loadFixture } from '../../../setup/fixtures';

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
