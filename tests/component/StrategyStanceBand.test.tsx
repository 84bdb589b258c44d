import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StanceBand } from '../../src/features/strategy/StanceBand';
import { loadFixture } from '../setup/fixtures';

const data = loadFixture();
const domain = [Date.UTC(2001, 0, 1), Date.UTC(2004, 0, 1)] as const;

describe('StanceBand', () => {
  it('draws one button per segment with totals, counts and the thin marker', () => {
    render(
      <StanceBand
        data={data}
        domain={domain}
        width={600}
        group="all"
        onGroupChange={() => undefined}
        onShowQuotes={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Mood of the channel' })).toBeVisible();
    const bars = screen.getAllByRole('button');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Fixture Conf 2001: 2 quotes — 1 reassuring, 1 critical (thin evidence)',
      'Q3 2001: 1 quote — 1 momentum (thin evidence)',
      'Q1 2003: 1 quote — 1 warning (thin evidence)',
    ]);
    // The total is written on each bar, and thin bars carry a visible marker.
    expect(bars.map((b) => b.querySelector('.stance-bar__count')?.textContent)).toEqual([
      '2',
      '1',
      '1',
    ]);
    for (const bar of bars) expect(bar.querySelector('[data-thin="true"]')).not.toBeNull();
    expect(screen.getByRole('list', { name: 'Stance legend' })).toHaveTextContent(/thin evidence/i);
  });

  it('leaves out segments out of view and keeps bars inside their own slot', () => {
    render(
      <StanceBand
        data={data}
        domain={[Date.UTC(2001, 0, 1), Date.UTC(2002, 0, 1)]}
        width={365}
        group="all"
        onGroupChange={() => undefined}
        onShowQuotes={() => undefined}
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('shows the quotes on Enter and click, and a tooltip on focus', async () => {
    const user = userEvent.setup();
    const onShowQuotes = vi.fn();
    render(
      <StanceBand
        data={data}
        domain={domain}
        width={600}
        group="all"
        onGroupChange={() => undefined}
        onShowQuotes={onShowQuotes}
      />,
    );
    await user.tab(); // the Speakers select
    await user.tab();
    const first = screen.getAllByRole('button')[0]!;
    expect(first).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Fixture Conf 20012 quotes: 1 reassuring, 1 criticalThin evidence: fewer than 3 quotes.',
    );
    await user.keyboard('{Enter}');
    expect(onShowQuotes).toHaveBeenLastCalledWith(['q1', 'q2'], 'Fixture Conf 2001');
    fireEvent.click(screen.getAllByRole('button')[1]!);
    expect(onShowQuotes).toHaveBeenLastCalledWith(['q3'], 'Q3 2001');
  });

  it('filters by speakers through the labelled select', async () => {
    const user = userEvent.setup();
    const onGroupChange = vi.fn();
    const { rerender } = render(
      <StanceBand
        data={data}
        domain={domain}
        width={600}
        group="all"
        onGroupChange={onGroupChange}
        onShowQuotes={() => undefined}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Speakers' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Microsoft executives', 'Partners and bloggers', 'Press and analysts']);
    await user.selectOptions(select, 'Partners and bloggers');
    expect(onGroupChange).toHaveBeenCalledWith('partner+other');
    rerender(
      <StanceBand
        data={data}
        domain={domain}
        width={600}
        group="partner+other"
        onGroupChange={onGroupChange}
        onShowQuotes={() => undefined}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Fixture Conf 2001: 1 quote — 1 critical (thin evidence)',
      'Q1 2003: 1 quote — 1 warning (thin evidence)',
    ]);
  });
});
