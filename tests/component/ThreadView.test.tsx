import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { prepareDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { EventDetails } from '../../src/features/details/EventDetails';
import { ThreadView } from '../../src/features/thread/ThreadView';
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
      note: 'Our reading: again.',
      sources: ['src-b'],
      reading: true,
    },
  ];
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset);
}
const data = withLinks();

describe('ThreadView', () => {
  it('lists the thread in date order with each step’s link and note', () => {
    renderWithProviders(
      <ThreadView data={data} eventId="e2" onSelectEvent={vi.fn()} onClose={vi.fn()} />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getAllByRole('button')[0]?.textContent)).toEqual([
      'Alpha launches',
      'Beta reacts',
      'Beta in 2003',
    ]);
    expect(items[0]).toHaveTextContent('Answered by Beta reacts: Beta answers the launch.');
    expect(items[2]).toHaveTextContent('Echoes Beta reacts, our reading: Our reading: again.');
    expect(within(items[1]!).getByRole('button')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText(/^3 events, 2001–2003/)).toBeInTheDocument();
  });

  it('selects a step’s event and closes', async () => {
    const user = userEvent.setup();
    const onSelectEvent = vi.fn();
    const onClose = vi.fn();
    renderWithProviders(
      <ThreadView data={data} eventId="e2" onSelectEvent={onSelectEvent} onClose={onClose} />,
    );
    await user.click(screen.getByRole('button', { name: 'Beta in 2003' }));
    expect(onSelectEvent).toHaveBeenCalledWith('e5');
    await user.click(screen.getByRole('button', { name: 'Close the thread' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('is opened from the details panel and put in the store (thread=<id> in the URL)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e1')!} onSelectEvent={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: 'Follow the thread' }));
    expect(store.getState().thread).toBe('e1');
  });
});
