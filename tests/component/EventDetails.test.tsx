import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/features/details/EventDetails';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();

describe('EventDetails', () => {
  it('invites a selection when nothing is selected', () => {
    renderWithProviders(<EventDetails data={data} event={null} />);
    expect(screen.getByRole('heading', { name: 'Event details' })).toBeInTheDocument();
  });

  it('shows summary, date with its precision, place, themes, people and linked sources', () => {
    renderWithProviders(<EventDetails data={data} event={data.eventsById.get('e1')!} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Alpha launches' })).toBeInTheDocument();
    expect(screen.getByText('3 March 2001')).toBeInTheDocument();
    expect(screen.getByText('(exact to the day)')).toBeInTheDocument();
    expect(screen.getByText('Alpha theme')).toBeInTheDocument();
    expect(screen.getByText('Pat Example')).toBeInTheDocument();
    const sources = screen.getByRole('heading', { name: 'Sources' })
      .nextElementSibling as HTMLElement;
    expect(within(sources).getByRole('link', { name: /Fixture article A/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('is honest about an inferred date and says how it is known', () => {
    renderWithProviders(<EventDetails data={data} event={data.eventsById.get('e4')!} />);
    expect(screen.getByText('c. June 2002')).toBeInTheDocument();
    expect(screen.getByText('(inferred, given to the month)')).toBeInTheDocument();
    expect(screen.getByText('inferred from the URL')).toBeInTheDocument();
  });

  it('sets conflicting reports side by side with their sources', () => {
    renderWithProviders(<EventDetails data={data} event={data.eventsById.get('e4')!} />);
    const table = screen.getByRole('table', { name: 'Attendance' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('about 100 people');
    expect(rows[2]).toHaveTextContent('Test Blog');
  });

  it('clears the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e1')!} />,
      {
        selectedEventId: 'e1',
      },
    );
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('never makes a link from a source URL that is not http(s)', () => {
    const evil = { ...data, sourcesById: new Map(data.sourcesById) };
    evil.sourcesById.set('src-a', {
      ...data.sourcesById.get('src-a')!,
      url: 'javascript:alert(1)',
    });
    renderWithProviders(<EventDetails data={evil} event={data.eventsById.get('e1')!} />);
    expect(screen.queryByRole('link', { name: /Fixture article A/ })).toBeNull();
    expect(screen.getAllByText(/Fixture article A/).length).toBeGreaterThan(0);
  });
});
