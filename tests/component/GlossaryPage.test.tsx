import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GlossaryPage } from '../../src/features/glossary/GlossaryPage';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import { loadFixture, miniRaw } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

/** The mini fixture as a v2 file with a glossary, and summaries and quotes that use it. */
function glossaryData(): LoadedDataset {
  const raw = miniRaw();
  raw.schemaVersion = 2;
  const event = (id: string) => raw.events.find((e) => e.id === id)!;
  event('e1').summary = 'BPOS launches, hosted by Microsoft.';
  event('e2').summary = 'Partners ask what BPOS means for them; Office 365 is not named yet.';
  event('e5').title = 'Office 365 in 2003';
  raw.quotes.find((q) => q.id === 'q2')!.text = 'We are not sure about BPOS at all.';
  raw.glossary = [
    {
      id: 'office-365',
      term: 'Office 365',
      aliases: ['O365'],
      definition: 'The successor to BPOS.',
      related: ['bpos'],
      sources: ['src-a'],
    },
    {
      id: 'bpos',
      term: 'BPOS',
      aliases: ['Business Productivity Online Suite'],
      definition: 'Microsoft-hosted Exchange and SharePoint.',
      related: ['office-365', 'cloud'],
    },
    { id: 'cloud', term: 'cloud', definition: 'Computing sold as a service.' },
    { id: 'ss', term: 'S+S', definition: 'Software plus Services.', related: ['cloud'] },
  ];
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset);
}

const data = glossaryData();

function renderPage(d = data) {
  const onSelectEvent = vi.fn();
  renderWithProviders(<GlossaryPage data={d} onSelectEvent={onSelectEvent} />);
  return onSelectEvent;
}

function entry(term: string): HTMLElement {
  return screen.getByRole('article', { name: term });
}

describe('GlossaryPage', () => {
  it('lists the terms alphabetically with aliases and definitions', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'BPOS',
      'cloud',
      'Office 365',
      'S+S',
    ]);
    const o365 = entry('Office 365');
    expect(o365).toHaveAttribute('id', 'glossary-office-365');
    expect(o365).toHaveTextContent('Also written: O365');
    expect(o365).toHaveTextContent('The successor to BPOS.');
    expect(within(o365).getByRole('link', { name: /Fixture article A/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('links related terms to anchors that exist on the page', () => {
    renderPage();
    const related = within(entry('BPOS'))
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('#'));
    expect(related.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Office 365', '#glossary-office-365'],
      ['cloud', '#glossary-cloud'],
    ]);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.glossary-page a[href^="#"]')) {
      const target = document.getElementById(a.getAttribute('href')!.slice(1));
      expect(target, a.getAttribute('href')!).toHaveClass('glossary-entry');
    }
  });

  it('has a letter index linking to the first term of each letter', () => {
    renderPage();
    const nav = screen.getByRole('navigation', { name: 'Glossary letters' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['B', '#glossary-bpos'],
      ['C', '#glossary-cloud'],
      ['O', '#glossary-office-365'],
      ['S', '#glossary-ss'],
    ]);
    expect(nav).toHaveTextContent('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  });

  it('says where each term appears and selects the event chosen', async () => {
    const user = userEvent.setup();
    const onSelectEvent = renderPage();
    const bpos = entry('BPOS');
    const events = within(within(bpos).getByRole('list', { name: 'Events' })).getAllByRole(
      'button',
    );
    expect(events.map((b) => b.textContent)).toEqual(['Alpha launches', 'Beta reacts']);
    const quotes = within(within(bpos).getByRole('list', { name: 'Quotes' })).getAllByRole(
      'button',
    );
    expect(quotes.map((b) => b.textContent)).toEqual([
      'Sam Partner: “We are not sure about BPOS at all.” (show its event)',
    ]);
    await user.click(events[1]!);
    expect(onSelectEvent).toHaveBeenLastCalledWith('e2');
    await user.click(quotes[0]!);
    expect(onSelectEvent).toHaveBeenLastCalledWith('e2');

    const o365 = entry('Office 365');
    expect(
      within(within(o365).getByRole('list', { name: 'Events' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Beta reacts', 'Office 365 in 2003']);
    expect(within(o365).queryByRole('list', { name: 'Quotes' })).toBeNull();
    expect(entry('S+S')).toHaveTextContent('Not mentioned in any event or quote.');
  });

  it('says so when the dataset has no glossary', () => {
    renderPage(loadFixture());
    expect(screen.getByRole('heading', { level: 2, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getByText('This dataset has no glossary.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
