import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTimelineStore, type TimelineChoices } from '../../src/store/createTimelineStore';
import { TimelineStoreContext } from '../../src/store/timelineStoreContext';

/** A fresh store (seeded with `choices`) and a fresh QueryClient for every test. */
export function renderWithProviders(ui: ReactElement, choices: Partial<TimelineChoices> = {}) {
  const store = createTimelineStore(choices);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <TimelineStoreContext.Provider value={store}>{ui}</TimelineStoreContext.Provider>
    </QueryClientProvider>,
  );
  return { ...result, store, queryClient };
}
