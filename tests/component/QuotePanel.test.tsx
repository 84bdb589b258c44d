import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FIRST_CARDS, QuotePanel } from '../../src/features/quotes/QuotePanel';
import { QuoteCard } from '../../src/features/quotes/QuoteCard';
import { buildGlossaryProp } from '../setup/glossary';
import { prepareDataset, type LoadedDataset } from '../../src/domain/indexes';
import { validateDataset } from '../../src/domain/validateDataset';
import type { Citer } from '../../src/lib/citations';
import { getCiter, WARM_UP_MS } from '../setup/citer';
import { buildQuotedEventIndex, selectQuotesForPanel } from '../../src/store/selectors';
import { loadFixture, miniRaw } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();
let citer: Citer;
beforeAll(async () => {
  citer = await getCiter();
}, WARM_UP_MS);

/** The mini fixture as v2, with a quote that carries context and an approximate date. */
function contextData(): LoadedDataset {
  const raw = miniRaw();
  raw.schemaVersion = 2;
  Object.assign(
    raw.quotes.find((q) => q.id === 'q1')!,
    {
      context: 'Asked whether alpha would last, Pat pointed to the partners already signed up.',
      date: '2001-03',
      dateCertainty: 'approximate',
      dateNote: 'The transcript gives no day; the month is that of the keynote.',
      note: 'Reported by one outlet only.',
    },
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return prepareDataset(result.dataset);
}

/** The text of the `dd` after the `dt` named `term`. */
function fact(body: Element, term: string): string {
  const dt = [...body.querySelectorAll('dt')].find((d) => d.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

function renderPanel(selected: string | null, onSelectEvent = vi.fn(), d = data) {
  const content = selectQuotesForPanel(d, buildQuotedEventIndex(d, null), selected, d.span);
  renderWithProviders(
    <QuotePanel
      data={d}
      content={content}
      selectedEventId={selected}
      onSelectEvent={onSelectEvent}
    />,
  );
  return onSelectEvent;
}

describe('QuotePanel', () => {
  it('shows the quotes of the events in view when nothing is selected', () => {
    renderPanel(null);
    expect(
      screen.getByRole('heading', { name: /quotes from the events in view \(4\)/i }),
    ).toBeInTheDocument();
    expect(document.querySelectorAll('article[data-quote-id]')).toHaveLength(4);
  });

  it("shows only the selected event's quotes, highlighted", () => {
    renderPanel('e2');
    expect(screen.getByRole('heading', { name: /Quotes from “Beta reacts”/ })).toBeInTheDocument();
    const cards = document.querySelectorAll('article[data-quote-id]');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveClass('is-linked');
  });

  it('shows the words, speaker and role, date, stance as text, event and source link', () => {
    renderPanel('e1');
    const card = screen.getByRole('article', { name: /Pat Example/ });
    expect(within(card).getByText('Alpha is here to stay,')).toBeInTheDocument();
    expect(card).toHaveTextContent('CEO, Example Corp');
    expect(card).toHaveTextContent('3 March 2001');
    expect(card).toHaveTextContent('Stance: Reassuring');
    const link = within(card).getByRole('link', { name: /Fixture article A/ });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(
      within(card).getByRole('button', { name: /Show event on timeline: Alpha launches/ }),
    ).toBeInTheDocument();
  });

  it('selects the event when the card or its button is used', async () => {
    const user = userEvent.setup();
    const onSelect = renderPanel(null);
    const card = document.querySelector('[data-quote-id="q3"]')!;
    await user.click(within(card as HTMLElement).getByText('Gamma grows.'));
    expect(onSelect).toHaveBeenLastCalledWith('e3');
    await user.click(
      within(card as HTMLElement).getByRole('button', { name: /^Show event on timeline/ }),
    );
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('keeps paragraphs of a multi-paragraph quote apart', () => {
    renderPanel('e3');
    const quote = document.querySelector('[data-quote-id="q3"] blockquote')!;
    expect(quote.querySelectorAll('p')).toHaveLength(2);
  });

  it('opens the context: the passage in our words, who, where, when and how it is known', async () => {
    const user = userEvent.setup();
    const onSelect = renderPanel('e1', vi.fn(), contextData());
    const card = screen.getByRole('article', { name: /Pat Example/ });
    const toggle = within(card).getByRole('button', { name: 'Context' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(card).not.toHaveTextContent('Asked whether alpha would last');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toBeVisible();
    expect(body).toHaveTextContent(
      'In our words: Asked whether alpha would last, Pat pointed to the partners already signed up.',
    );
    expect(fact(body, 'Who')).toBe('Pat Example, CEO, Example Corp');
    expect(fact(body, 'Where')).toBe('Opening keynote');
    expect(fact(body, 'When')).toBe(
      'c. March 2001 (approximate, given to the month) ' +
        'How the date is known: The transcript gives no day; the month is that of the keynote.',
    );
    expect(fact(body, 'Note')).toBe('Reported by one outlet only.');
    expect(body.textContent).not.toMatch(/undefined|null/);
    // Opening the context is not a click on the card.
    expect(onSelect).not.toHaveBeenCalled();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(card).not.toHaveTextContent('Asked whether alpha would last');
  });

  it("falls back to the event's date and place in the context of an undated quote", async () => {
    const user = userEvent.setup();
    renderPanel('e3');
    const card = document.querySelector<HTMLElement>('[data-quote-id="q3"]')!;
    await user.click(within(card).getByRole('button', { name: 'Context' }));
    const body = card.querySelector('.quote-context__body')!;
    expect(body).toHaveTextContent('No summary of the surrounding passage is recorded');
    expect(fact(body, 'Who')).toBe('Lee Press');
    expect(fact(body, 'Where')).toBe('Not recorded');
    expect(fact(body, 'When')).toBe(
      'September 2001 – February 2002 (known to the month) — the date of the event',
    );
    expect(fact(body, 'Note')).toBe('');
  });

  it('cites the quote by its source, without selecting the event', async () => {
    const user = userEvent.setup();
    const onSelect = renderPanel('e2');
    const card = screen.getByRole('article', { name: /Sam Partner/ });
    await user.click(within(card).getByRole('button', { name: 'Cite this quote' }));
    const apa = within(card).getByRole('group', { name: 'APA 7' });
    const q2 = data.quotesById.get('q2')!;
    expect(apa.querySelector('.cite__text')!.textContent).toBe(
      citer.citeQuote(q2, data.sourcesById.get('src-a')!, 'apa'),
    );
    await user.click(apa.querySelector('.cite__text')!);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('marks glossary terms in the words, once per quote, when given a glossary', () => {
    const glossary = buildGlossaryProp([
      { id: 'gamma', term: 'Gamma', definition: 'The third test theme.' },
      { id: 'growth', term: 'growing', definition: 'Getting bigger.' },
    ]);
    const q = { ...data.quotesById.get('q3')!, text: 'Gamma grows.\n\nGamma keeps growing.' };
    renderWithProviders(
      <QuoteCard
        quote={q}
        event={data.eventsById.get('e3')}
        source={data.sourcesById.get('src-b')}
        language="en"
        linked={false}
        glossary={glossary}
        onSelectEvent={vi.fn()}
      />,
    );
    const quote = document.querySelector<HTMLElement>('blockquote')!;
    expect(
      within(quote)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Gamma', 'growing']);
    expect(quote.querySelectorAll('p')).toHaveLength(2);
    expect(within(quote).getByRole('button', { name: 'growing' })).toHaveAccessibleDescription(
      'Getting bigger.',
    );
  });

  it('draws its first cards with the page and the rest right after the first paint', async () => {
    const raw = miniRaw();
    const base = raw.quotes[0]!;
    raw.quotes = Array.from({ length: FIRST_CARDS + 5 }, (_, i) => ({
      ...base,
      id: `many-${String(i)}`,
      text: `Quote number ${String(i)}.`,
    }));
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const many = prepareDataset(result.dataset);
    renderPanel(null, vi.fn(), many);
    // The heading counts them all from the start.
    expect(screen.getByRole('heading', { name: /\(11\)/ })).toBeInTheDocument();
    expect(document.querySelectorAll('article[data-quote-id]')).toHaveLength(FIRST_CARDS);
    await waitFor(() => {
      expect(document.querySelectorAll('article[data-quote-id]')).toHaveLength(FIRST_CARDS + 5);
    });
  });

  it('prints every card even before the first paint', () => {
    const raw = miniRaw();
    const base = raw.quotes[0]!;
    raw.quotes = Array.from({ length: FIRST_CARDS + 2 }, (_, i) => ({
      ...base,
      id: `p-${String(i)}`,
    }));
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    renderPanel(null, vi.fn(), prepareDataset(result.dataset));
    expect(document.querySelectorAll('article[data-quote-id]')).toHaveLength(FIRST_CARDS);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelectorAll('article[data-quote-id]')).toHaveLength(FIRST_CARDS + 2);
  });

  it('lists a quote’s research references in its context, folded under Research notes', async () => {
    const user = userEvent.setup();
    const raw = miniRaw();
    Object.assign(
      raw.quotes.find((q) => q.id === 'q1')!,
      {
        note: 'Copied from a repost; the original post was not found.',
        researchRefs: ['U-03'],
      },
    );
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    renderPanel('e1', vi.fn(), prepareDataset(result.dataset));
    const card = screen.getByRole('article', { name: /Pat Example/ });
    expect(card).not.toHaveTextContent('U-03');
    await user.click(within(card).getByRole('button', { name: 'Context' }));
    const body = card.querySelector('.quote-context__body')!;
    expect(fact(body, 'Note')).toBe('Copied from a repost; the original post was not found.');
    const summary = within(card).getByText('Research notes (for the dataset’s authors)');
    expect(within(card).getByText('U-03')).not.toBeVisible();
    await user.click(summary);
    expect(within(card).getByText('U-03')).toBeVisible();
  });

  it('shows no Research notes for a quote without research references', async () => {
    const user = userEvent.setup();
    renderPanel('e1', vi.fn(), contextData());
    const card = screen.getByRole('article', { name: /Pat Example/ });
    await user.click(within(card).getByRole('button', { name: 'Context' }));
    expect(within(card).queryByText('Research notes (for the dataset’s authors)')).toBeNull();
  });
});
