import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/features/details/EventDetails';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture('edtf.json');

describe('the details of an event with dated claims', () => {
  it('lists which source gives which date, with the date shown marked', async () => {
    renderWithProviders(<EventDetails data={data} event={data.eventsById.get('ev-disputed')!} />);
    const heading = await screen.findByRole('heading', { name: 'Which source gives which date' });
    const table = within(heading.parentElement as HTMLElement).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('10 July 2007 (the date shown)');
    expect(rows[0]).toHaveTextContent(
      '“Fixture memoir by a participant” (P. Insider, 20 July 2007)',
    );
    expect(rows[0]).toHaveTextContent('stated by a participant');
    expect(rows[2]).toHaveTextContent('about August 2007');
    expect(rows[2]).toHaveTextContent('A later history puts it a month on.');
    expect(rows[2]).not.toHaveTextContent('the date shown');
  });

  it('shows no claims table for an event without claims', async () => {
    renderWithProviders(<EventDetails data={data} event={data.eventsById.get('ev-plain')!} />);
    await screen.findByRole('heading', { name: 'Sources' });
    expect(screen.queryByRole('heading', { name: 'Which source gives which date' })).toBeNull();
  });
});
