import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { EventChecklist } from '../../src/features/sources/EventChecklist';
import { SourcesPanel } from '../../src/features/sources/SourcesPanel';
import { getCiter, WARM_UP_MS } from '../setup/citer';
import { miniRaw } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

/** The mini fixture with standpoints: A a reporter on site, B a commentator repeating A. */
function load() {
  const raw = miniRaw();
  raw.sources[0]!.standpoint = {
    relation: 'journalist-on-site',
    basis: 'first-hand',
    note: 'The article says the writer was in the hall.',
  };
  raw.sources[1]!.standpoint = { relation: 'commentator', basis: 'repeats', repeats: 'src-a' };
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return prepareDataset(r.dataset, r.warnings);
}

// The panel's citations load citation-js; load it once, before the tests.
beforeAll(async () => {
  await getCiter();
}, WARM_UP_MS);

/** The checklist alone (the panel renders it above the list of sources). */
function renderChecklist(selectedEventId: string | null) {
  const onSelectEvent = vi.fn();
  renderWithProviders(
    <EventChecklist
      data={load()}
      selectedEventId={selectedEventId}
      onSelectEvent={onSelectEvent}
    />,
  );
  return { onSelectEvent };
}

function renderPanel(selectedEventId: string | null = null) {
  const onSelectEvent = vi.fn();
  renderWithProviders(
    <SourcesPanel
      data={load()}
      highlightedSourceId={null}
      selectedEventId={selectedEventId}
      onHighlight={vi.fn()}
      onSelectEvent={onSelectEvent}
    />,
  );
  return { onSelectEvent };
}

const checklist = () => screen.getByRole('region', { name: 'Question an event’s sources' });
const card = (sourceId: string) => {
  const li = checklist().querySelector(`li[data-source-id="${sourceId}"]`);
  if (!(li instanceof HTMLElement)) throw new Error(`no card for ${sourceId}`);
  return li;
};
const groupHeadings = () =>
  within(checklist())
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);

describe('standpoints in the Sources view', () => {
  it('shows each source’s standpoint in words, and how long after its events it was written', () => {
    renderPanel();
    const a = screen.getByRole('article', { name: 'Fixture article A' });
    expect(a).toHaveTextContent('StandpointJournalist on site: the text places the writer there');
    expect(a).toHaveTextContent('First-hand or repeatingFirst-hand');
    expect(a).toHaveTextContent(
      'How the standpoint is knownThe article says the writer was in the hall.',
    );
    // Article A (4 March 2001) about "Alpha launches" (3 March 2001).
    const alpha = within(a).getByRole('button', { name: 'Alpha launches' }).closest('li')!;
    expect(alpha).toHaveTextContent('Alpha launches (written 1 day after)');
    const b = screen.getByRole('article', { name: 'Fixture post B' });
    expect(b).toHaveTextContent('First-hand or repeatingRepeats “Fixture article A”');
  });

  it('says "not stated" for a source without a standpoint', () => {
    const raw = miniRaw();
    const r = validateDataset(raw);
    if (!r.ok) throw new Error('invalid');
    renderWithProviders(
      <SourcesPanel
        data={prepareDataset(r.dataset, r.warnings)}
        highlightedSourceId={null}
        onHighlight={vi.fn()}
        onSelectEvent={vi.fn()}
      />,
    );
    const a = screen.getByRole('article', { name: 'Fixture article A' });
    expect(a).toHaveTextContent('StandpointNot stated');
    expect(a).toHaveTextContent('First-hand or repeatingNot stated');
  });

  it('starts the checklist with the selected event and groups its sources by who wrote them', () => {
    renderChecklist('e4');
    expect(within(checklist()).getByRole('combobox', { name: 'Event' })).toHaveDisplayValue(
      /Approximate alpha$/,
    );
    expect(within(checklist()).getByRole('radio', { name: 'Who wrote it' })).toBeChecked();
    expect(groupHeadings()).toEqual([
      'Journalist on site: the text places the writer there (1 source)',
      'Commentator: writes about the events, not said to be there (1 source)',
    ]);
    const b = card('src-b');
    expect(b).toHaveTextContent('Who wrote itAuthor not stated, Test Blog');
    expect(b).toHaveTextContent('First-hand or repeatingRepeats “Fixture article A”');
    expect(b).toHaveTextContent(
      'Do the others agree?On “Attendance” it says: about 150 people 1 other source says otherwise: Fixture article A',
    );
    const a = card('src-a');
    expect(a).toHaveTextContent('Another source of this event repeats it.');
  });

  it('regroups by how long after and by first-hand or repeating, from the keyboard', async () => {
    const user = userEvent.setup();
    renderChecklist('e1');
    // e1 cites only article A, written a day after; pick e4 (two sources) with the keyboard.
    expect(groupHeadings()).toEqual([
      'Journalist on site: the text places the writer there (1 source)',
    ]);
    const select = within(checklist()).getByRole('combobox', { name: 'Event' });
    await user.selectOptions(select, 'e4');
    within(checklist()).getByRole('radio', { name: 'Who wrote it' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(checklist()).getByRole('radio', { name: 'How long after' })).toBeChecked();
    expect(groupHeadings()).toEqual([
      'Written before it happened (1 source)',
      'When: not stated (1 source)',
    ]);
    expect(card('src-b')).toHaveTextContent(
      'Whennot stated (the dates are too coarse to tell) (c. June 2002)',
    );
    await user.keyboard('{ArrowRight}');
    expect(groupHeadings()).toEqual(['First-hand (1 source)', 'Repeats another source (1 source)']);
  });

  it('shows the event on the timeline on request', async () => {
    const user = userEvent.setup();
    const { onSelectEvent } = renderChecklist('e4');
    await user.click(
      within(checklist()).getByRole('button', { name: 'Show this event on the timeline' }),
    );
    expect(onSelectEvent).toHaveBeenCalledWith('e4');
  });
});
