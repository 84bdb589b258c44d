import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../src/features/strategy/CompareView';
import { ThemeArcs } from '../../src/features/strategy/ThemeArcs';
import { loadFixture, miniRaw } from '../setup/fixtures';
import { prepareDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';

/** The mini fixture plus a second conference in 2003 with the beta announcement. */
function twoConferences() {
  const raw = miniRaw();
  raw.events.push({
    id: 'conf-2003',
    kind: 'conference',
    title: 'Fixture Conf 2003 — Shelbyville',
    start: '2003-03-01',
    end: '2003-03-03',
    themes: [],
    sources: ['src-b'],
  });
  const e5 = raw.events.find((e) => e.id === 'e5')!;
  e5.start = '2003-03-02';
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset);
}

describe('CompareView', () => {
  it('lists what changed between two conferences, with side-by-side columns', async () => {
    const user = userEvent.setup();
    const onPairChange = vi.fn();
    const onSelectEvent = vi.fn();
    const data = twoConferences();
    render(
      <CompareView
        data={data}
        pair={['2001', '2003']}
        onPairChange={onPairChange}
        onSelectEvent={onSelectEvent}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Compare conferences' })).toBeVisible();
    const changes = screen.getByRole('region', { name: 'What changed' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'No themes new at Fixture Conf 2003.',
      'Gone since Fixture Conf 2001: Alpha theme.',
      '1 fewer reassuring quote (1 at Fixture Conf 2001, 0 at Fixture Conf 2003).',
      '1 more warning quote (0 at Fixture Conf 2001, 1 at Fixture Conf 2003).',
      '1 fewer critical quote (1 at Fixture Conf 2001, 0 at Fixture Conf 2003).',
    ]);
    const first = screen.getByRole('region', { name: 'Fixture Conf 2001' });
    expect(within(first).getByText('Alpha theme: 2 events')).toBeVisible();
    expect(within(first).getByText('Beta theme: 1 event')).toBeVisible();
    expect(
      within(first).getByRole('img', { name: /2 quotes — 1 reassuring, 1 critical/ }),
    ).toBeVisible();
    await user.click(within(first).getByRole('button', { name: 'Alpha launches' }));
    expect(onSelectEvent).toHaveBeenCalledWith('e1');
    const second = screen.getByRole('region', { name: 'Fixture Conf 2003' });
    await user.click(
      within(second).getByRole('button', { name: 'Show on timeline: Beta in 2003' }),
    );
    expect(onSelectEvent).toHaveBeenLastCalledWith('e5');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Second conference' }),
      'Fixture Conf 2001 — Springfield',
    );
    expect(onPairChange).toHaveBeenCalledWith(['conf-2001', 'conf-2001']);
  });

  it('says when a dataset has no conferences', () => {
    const raw = miniRaw();
    raw.events = raw.events.filter((e) => e.kind !== 'conference');
    const result = validateDataset(raw);
    if (!result.ok) throw new Error('bad');
    render(
      <CompareView
        data={prepareDataset(result.dataset)}
        pair={null}
        onPairChange={() => undefined}
        onSelectEvent={() => undefined}
      />,
    );
    expect(screen.getByText('This dataset has no conferences to compare.')).toBeVisible();
  });
});

describe('ThemeArcs', () => {
  it('shows each theme’s summary and follows a theme', async () => {
    const user = userEvent.setup();
    const onFilterTheme = vi.fn();
    render(<ThemeArcs data={loadFixture()} onFilterTheme={onFilterTheme} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Theme arcs' })).toBeVisible();
    expect(
      screen.getByText('Gamma theme: 1 event, in September 2001 (Gamma period).'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Follow this theme: Beta theme' }));
    expect(onFilterTheme).toHaveBeenCalledWith('beta');
  });
});
