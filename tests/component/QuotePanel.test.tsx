import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QuotePanel } from '../../src/features/quotes/QuotePanel';
import { buildQuotedEventIndex, selectQuotesForPanel } from '../../src/store/selectors';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();

function renderPanel(selected: string | null, onSelectEvent = vi.fn()) {
  const content = selectQuotesForPanel(
    data,
    buildQuotedEventIndex(data, null),
    selected,
    data.span,
  );
  renderWithProviders(
    <QuotePanel
      data={data}
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
    await user.click(within(card as HTMLElement).getByRole('button'));
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('keeps paragraphs of a multi-paragraph quote apart', () => {
    renderPanel('e3');
    const quote = document.querySelector('[data-quote-id="q3"] blockquote')!;
    expect(quote.querySelectorAll('p')).toHaveLength(2);
  });
});
