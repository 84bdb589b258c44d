import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MoodBand } from '../../src/app/MoodBand';
import type { LoadedDataset } from '../../src/domain/indexes';
import type { Quote } from '../../src/domain/types';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const withQuotes = (data: LoadedDataset, quotes: Quote[]): LoadedDataset => ({
  ...data,
  quotesById: new Map(quotes.map((q) => [q.id, q])),
});

describe('MoodBand (the Mood of the channel under the chart)', () => {
  it('is shown for a dataset whose quotes carry stances', () => {
    renderWithProviders(<MoodBand data={loadFixture()} onShowQuotes={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Mood of the channel' })).toBeVisible();
  });

  it('is left out, heading and all, when every quote is neutral (a TimelineJS file)', () => {
    const mini = loadFixture();
    const neutral = [...mini.quotesById.values()].map((q) => ({
      ...q,
      stance: 'neutral' as const,
    }));
    const { container } = renderWithProviders(
      <MoodBand data={withQuotes(mini, neutral)} onShowQuotes={() => undefined} />,
    );
    expect(screen.queryByRole('heading', { name: 'Mood of the channel' })).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });

  it('is left out for a dataset without quotes', () => {
    const { container } = renderWithProviders(
      <MoodBand data={withQuotes(loadFixture(), [])} onShowQuotes={() => undefined} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
