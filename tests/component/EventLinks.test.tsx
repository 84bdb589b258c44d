import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { prepareDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { EventDetails } from '../../src/features/details/EventDetails';
import { setLocale } from '../../src/i18n/i18n';
import { miniRaw } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

function withLinks() {
  const raw = miniRaw();
  raw.schemaVersion = 3;
  raw.links = [
    {
      from: 'e2',
      to: 'e1',
      kind: 'responds-to',
      note: 'Beta answers the launch.',
      sources: ['src-a'],
    },
    {
      from: 'e5',
      to: 'e2',
      kind: 'echoes',
      note: 'Our reading: the same worry again.',
      sources: ['src-a', 'src-b'],
      reading: true,
    },
  ];
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset);
}

const data = withLinks();

describe('EventDetails: links to other events', () => {
  it('lists outgoing and incoming links with the kind and the target in each button’s name', () => {
    renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e2')!} onSelectEvent={vi.fn()} />,
    );
    const section = screen.getByRole('region', { name: 'Links to other events' });
    expect(within(section).getByText('Responds to')).toBeInTheDocument();
    expect(within(section).getByText('Echoed by')).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Responds to: Alpha launches (3 March 2001)' }),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Echoed by: Beta in 2003 (2003), our reading' }),
    ).toBeInTheDocument();
    expect(within(section).getByText('Beta answers the launch.')).toBeInTheDocument();
    expect(within(section).getByText('Sources: Test Gazette; Test Blog')).toBeInTheDocument();
  });

  it('shows the inverse wording on the other end', () => {
    renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e1')!} onSelectEvent={vi.fn()} />,
    );
    expect(
      screen.getByRole('button', { name: 'Answered by: Beta reacts (4 March 2001)' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Responds to')).not.toBeInTheDocument();
  });

  it('selects the other event from its button, by keyboard too', async () => {
    const user = userEvent.setup();
    const onSelectEvent = vi.fn();
    renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e2')!} onSelectEvent={onSelectEvent} />,
    );
    const button = screen.getByRole('button', { name: /^Responds to: Alpha launches/ });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith('e1');
  });

  it('has no links section for an event without links', () => {
    renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e3')!} onSelectEvent={vi.fn()} />,
    );
    expect(screen.queryByRole('region', { name: 'Links to other events' })).not.toBeInTheDocument();
  });

  it('speaks German in German', async () => {
    await act(() => setLocale('de'));
    try {
      renderWithProviders(
        <EventDetails data={data} event={data.eventsById.get('e1')!} onSelectEvent={vi.fn()} />,
      );
      expect(
        screen.getByRole('button', { name: /^Beantwortet durch: Beta reacts/ }),
      ).toBeInTheDocument();
    } finally {
      await act(() => setLocale('en'));
    }
  });
});
