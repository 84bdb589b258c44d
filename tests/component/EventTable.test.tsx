import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventTable } from '../../src/features/table/EventTable';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { selectMatchingEvents } from '../../src/store/selectors';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();

function renderTable(
  events = data.events,
  selectedId: string | null = null,
  d: LoadedDataset = data,
) {
  const onSelect = vi.fn();
  renderWithProviders(
    <EventTable data={d} events={events} selectedId={selectedId} onSelect={onSelect} />,
  );
  return onSelect;
}

/** Event ids of the body rows, top to bottom. */
function rowIds(): string[] {
  return [...document.querySelectorAll('tbody tr')].map(
    (tr) => tr.getAttribute('data-row-event-id') ?? '',
  );
}

function header(name: string): HTMLElement {
  return screen.getByRole('columnheader', { name });
}

/** A made-up dataset of `n` one-day events, in the order e0, e1, … by date. */
function bigData(n: number): LoadedDataset {
  const events = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `e${i}`,
      title: `Event ${String(n - i).padStart(5, '0')}`,
      start: day,
      themes: ['t'],
      sources: ['s'],
    };
  });
  const result = validateDataset({
    schemaVersion: 3,
    title: 'Big',
    themes: [{ id: 't', label: 'T', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' }],
    sources: [{ id: 's', title: 'S', outlet: 'Outlet', kind: 'news' }],
    events,
    quotes: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset);
}

describe('EventTable', () => {
  it('is a real table of all events, sorted by date by default', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'All 6 events' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Date', 'Event', 'Themes', 'Quotes', 'Sources']);
    expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Event')).not.toHaveAttribute('aria-sort');
    expect(rowIds()).toEqual(['conf-2001', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(document.querySelector('[data-event-id]')).toBeNull();
  });

  it('shows honest dates, themes, quote counts and outlets', () => {
    renderTable();
    const e4 = document.querySelector<HTMLElement>('tr[data-row-event-id="e4"]')!;
    const cells = within(e4).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('c. June 2002');
    expect(cells[1]).toHaveTextContent('Approximate alpha');
    expect(cells[2]).toHaveTextContent('Alpha theme');
    expect(cells[3]).toHaveTextContent('0');
    expect(cells[4]).toHaveTextContent('Test Blog');
    const e2 = within(document.querySelector<HTMLElement>('tr[data-row-event-id="e2"]')!);
    expect(e2.getAllByRole('cell')[2]).toHaveTextContent('Beta theme Alpha theme');
    expect(e2.getAllByRole('cell')[3]).toHaveTextContent('1');
  });

  it('sorts by title when the Event header is pressed, and reverses on a second press', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Event' }));
    expect(header('Event')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Date')).not.toHaveAttribute('aria-sort');
    expect(rowIds()).toEqual(['e1', 'e4', 'e5', 'e2', 'conf-2001', 'e3']);
    await user.click(screen.getByRole('button', { name: 'Event' }));
    expect(header('Event')).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds()).toEqual(['e3', 'conf-2001', 'e2', 'e5', 'e4', 'e1']);
  });

  it('sorts by number of quotes and by outlet', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Quotes' }));
    await user.click(screen.getByRole('button', { name: 'Quotes' }));
    expect(header('Quotes')).toHaveAttribute('aria-sort', 'descending');
    // Ties keep date order.
    expect(rowIds()).toEqual(['e1', 'e2', 'e3', 'e5', 'conf-2001', 'e4']);
    await user.click(screen.getByRole('button', { name: 'Sources' }));
    expect(header('Sources')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowIds()).toEqual(['e3', 'e4', 'e5', 'conf-2001', 'e1', 'e2']);
  });

  it('opens in the order a shared link gives, and keeps a new order in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <EventTable data={data} events={data.events} selectedId={null} onSelect={vi.fn()} />,
      { tableSort: { key: 'title', direction: 'descending' } },
    );
    expect(header('Event')).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds()).toEqual(['e3', 'conf-2001', 'e2', 'e5', 'e4', 'e1']);
    await user.click(screen.getByRole('button', { name: 'Quotes' }));
    expect(store.getState().tableSort).toEqual({ key: 'quotes', direction: 'ascending' });
  });

  it('counts filtered events in the caption', () => {
    const alpha = selectMatchingEvents(data, ['alpha']);
    renderTable(alpha);
    // Conferences frame the story and pass every filter.
    expect(screen.getByRole('table', { name: '4 events, filtered by theme' })).toBeInTheDocument();
    expect(rowIds()).toEqual(['conf-2001', 'e1', 'e2', 'e4']);
  });

  it('selects an event from its title and marks the selected row', async () => {
    const user = userEvent.setup();
    const onSelect = renderTable(data.events, 'e2');
    await user.click(screen.getByRole('button', { name: 'Gamma period' }));
    expect(onSelect).toHaveBeenCalledWith('e3');
    const selected = screen.getByRole('button', { name: 'Beta reacts' });
    expect(selected).toHaveAttribute('aria-current', 'true');
    expect(selected.closest('tr')).toHaveClass('is-selected');
    expect(selected.closest('td')).toHaveTextContent('Beta reacts (selected)');
    expect(screen.getByRole('button', { name: 'Gamma period' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(document.querySelectorAll('tr.is-selected')).toHaveLength(1);
  });

  it('renders 500 rows at a time and shows more on request', () => {
    // Role queries and user-event are slow on a DOM this size; plain selectors keep it quick.
    const big = bigData(1234);
    renderTable(big.events, null, big);
    const status = () => document.querySelector('.event-table__more [role="status"]');
    const more = () =>
      [...document.querySelectorAll('.event-table__more button')].find(
        (b) => b.textContent === 'Show more',
      );
    expect(document.querySelector('caption')).toHaveTextContent('All 1,234 events');
    expect(rowIds()).toHaveLength(500);
    expect(rowIds()[0]).toBe('e0');
    expect(status()).toHaveTextContent('Showing 500 of 1,234 events.');
    fireEvent.click(more()!);
    expect(rowIds()).toHaveLength(1000);
    expect(status()).toHaveTextContent('Showing 1,000 of 1,234 events.');
    fireEvent.click(more()!);
    expect(rowIds()).toHaveLength(1234);
    expect(status()).toHaveTextContent('Showing 1,234 of 1,234 events.');
    expect(status()).toHaveFocus();
    expect(more()).toBeUndefined();
    // Sorting applies to every row, not just those shown.
    fireEvent.click(document.querySelectorAll('thead button')[1]!);
    expect(rowIds()[0]).toBe('e1233');
  }, 30_000);

  it('has no "Show more" for 500 rows or fewer', () => {
    renderTable();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
