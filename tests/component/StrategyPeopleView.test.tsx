import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PeopleView } from '../../src/features/strategy/PeopleView';
import { loadFixture } from '../setup/fixtures';

const data = loadFixture();

describe('PeopleView', () => {
  it('lists speakers with quote counts and roles, and picks one', async () => {
    const user = userEvent.setup();
    const onPersonChange = vi.fn();
    render(
      <PeopleView
        data={data}
        person={null}
        onPersonChange={onPersonChange}
        onSelectEvent={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
    const list = screen.getByRole('list', { name: 'Speakers' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.people-view__name')?.textContent)).toEqual([
      'Sam Partner',
      'Lee Press',
      'Pat Example',
    ]);
    expect(items[0]).toHaveTextContent('2 quotes');
    expect(items[0]).toHaveTextContent('Partner (March 2001)');
    expect(screen.queryByRole('heading', { name: /Quotes by/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show quotes by Sam Partner' }));
    expect(onPersonChange).toHaveBeenCalledWith('Sam Partner');
  });

  it('shows the chosen person’s quotes in date order, and clears', async () => {
    const user = userEvent.setup();
    const onPersonChange = vi.fn();
    const onSelectEvent = vi.fn();
    render(
      <PeopleView
        data={data}
        person="Sam Partner"
        onPersonChange={onPersonChange}
        onSelectEvent={onSelectEvent}
      />,
    );
    expect(screen.getByRole('button', { name: 'Show quotes by Sam Partner' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const region = screen.getByRole('region', { name: 'Quotes by Sam Partner' });
    const quotes = within(region).getAllByRole('listitem');
    expect(quotes.map((q) => q.querySelector('blockquote')?.textContent)).toEqual([
      'We are not sure about beta.',
      'Beta again.',
    ]);
    expect(quotes[0]).toHaveTextContent('Critical');
    expect(quotes[0]).toHaveTextContent('4 March 2001');
    expect(quotes[1]).toHaveTextContent('Warning');
    await user.click(within(quotes[1]!).getByRole('button', { name: /Show on timeline/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('e5');
    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(onPersonChange).toHaveBeenCalledWith(null);
  });
});
