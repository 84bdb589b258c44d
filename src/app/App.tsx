import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { TimelineStore } from '../store/createTimelineStore';
import { TimelineStoreContext } from '../store/timelineStoreContext';
import { TimelinePage } from './TimelinePage';

export function App({
  store,
  queryClient,
  dataUrl,
}: {
  store: TimelineStore;
  queryClient: QueryClient;
  dataUrl: string | null;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <TimelineStoreContext.Provider value={store}>
        <TimelinePage dataUrl={dataUrl} />
      </TimelineStoreContext.Provider>
    </QueryClientProvider>
  );
}
