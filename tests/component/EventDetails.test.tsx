import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../../src/features/details/EventDetails';
import { buildGlossaryProp } from '../setup/glossary';
import type { Citer } from '../../src/lib/citations';
import { chooseStyle, getCiter, WARM_UP_MS } from '../setup/citer';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();
let citer: Citer;
beforeAll(async () => {
  citer = await getCiter();
}, WARM_UP_MS);

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
    // Each claim's confidence, "not stated" where the dataset does not give one.
    expect(within(table).getByRole('columnheader', { name: 'Confidence' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('not stated');
  });

  it('gives each side of a conflict the confidence the dataset states for it', () => {
    const e4 = data.eventsById.get('e4')!;
    const conflict = e4.conflicts![0]!;
    const event = {
      ...e4,
      conflicts: [
        {
          ...conflict,
          claims: [
            { ...conflict.claims[0]!, confidence: 'participant' as const },
            { ...conflict.claims[1]!, confidence: 'reconstructed' as const },
          ],
        },
      ],
    };
    renderWithProviders(<EventDetails data={data} event={event} />);
    const rows = within(screen.getByRole('table', { name: 'Attendance' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('stated by a participant');
    expect(rows[2]).toHaveTextContent('reconstructed later');
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

  it('cites the event: one entry per source, copied as one text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const event = { ...data.eventsById.get('e1')!, sources: ['src-a', 'src-b'] };
    renderWithProviders(<EventDetails data={data} event={event} />);
    const cite = screen.getByRole('button', { name: 'Cite this event' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    const apa = screen.getByRole('group', { name: 'APA 7' });
    expect([...apa.querySelectorAll('.cite__entry')].map((p) => p.textContent)).toEqual([
      citer.citeSource(data.sourcesById.get('src-a')!, 'apa'),
      citer.citeSource(data.sourcesById.get('src-b')!, 'apa'),
    ]);
    await chooseStyle(user, 'chicago-bib');
    await user.click(screen.getByRole('button', { name: 'Copy Chicago bibliography citation' }));
    expect(writeText).toHaveBeenCalledWith(
      citer.citeEvent(event, data.sourcesById, 'chicago-bib').join('\n\n'),
    );
    expect(
      within(screen.getByRole('group', { name: 'Chicago bibliography' })).getByText('Copied'),
    ).toBeVisible();
  });

  it('marks glossary terms in a plain summary, with the definition on focus', async () => {
    const user = userEvent.setup();
    const glossary = buildGlossaryProp([
      { id: 'alpha', term: 'alpha', definition: 'The first thing in the fixture.' },
    ]);
    renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e1')!} glossary={glossary} />,
    );
    const summary = document.querySelector('.details__summary')!;
    const term = within(summary as HTMLElement).getByRole('button', { name: 'alpha' });
    expect(term).toHaveAccessibleDescription('The first thing in the fixture.');
    act(() => {
      term.focus();
    });
    expect(screen.getByRole('tooltip')).toHaveTextContent('The first thing in the fixture.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('leaves the summary as plain text without a glossary, and rich summaries unmarked', () => {
    const glossary = buildGlossaryProp([
      { id: 'alpha', term: 'alpha', definition: 'The first thing in the fixture.' },
    ]);
    const { unmount } = renderWithProviders(
      <EventDetails data={data} event={data.eventsById.get('e1')!} />,
    );
    expect(screen.getByText('The alpha thing starts.')).toHaveClass('details__summary');
    unmount();
    const rich = { ...data.eventsById.get('e1')!, summaryHtml: '<p>The <em>alpha</em> thing.</p>' };
    renderWithProviders(<EventDetails data={data} event={rich} glossary={glossary} />);
    expect(document.querySelector('.details__summary')).toHaveTextContent('The alpha thing.');
    expect(screen.queryByRole('button', { name: 'alpha' })).toBeNull();
  });

  it('folds the dataset authors’ research references away under Research notes', async () => {
    const user = userEvent.setup();
    const plain = data.eventsById.get('e1')!;
    const { unmount } = renderWithProviders(<EventDetails data={data} event={plain} />);
    // Nothing to disclose: no disclosure at all.
    expect(screen.queryByText('Research notes (for the dataset’s authors)')).toBeNull();
    unmount();
    const event = { ...plain, researchRefs: ['F-2006-01', 'U-13'] };
    renderWithProviders(<EventDetails data={data} event={event} />);
    const summary = screen.getByText('Research notes (for the dataset’s authors)');
    const disclosure = summary.closest('details')!;
    // Closed at first: a reader sees the label, not the reference numbers.
    expect(disclosure).not.toHaveAttribute('open');
    expect(screen.getByText('F-2006-01')).not.toBeVisible();
    await user.click(summary);
    expect(disclosure).toHaveAttribute('open');
    expect(
      within(disclosure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['F-2006-01', 'U-13']);
    expect(screen.getByText('F-2006-01')).toBeVisible();
    // The references are not in the event's own facts or summary.
    expect(document.querySelector('.details__facts')).not.toHaveTextContent('F-2006-01');
  });
});
