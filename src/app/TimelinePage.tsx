import { lazy, Suspense, useMemo } from 'react';
import { DatasetError } from '../domain/datasetError';
import { ErrorState, LoadingState } from '../components/DatasetStatus';
import { IntroHeader } from '../features/header/IntroHeader';
import { paddedBounds } from '../lib/viewport';
import { useDataset } from '../queries/datasetQuery';
import { useTimelineStoreApi } from '../store/timelineStoreContext';
import type { UrlWhitelist } from '../store/urlState';
import { useUrlSync } from '../store/useUrlSync';

// The chart and its panels (D3 and the rest) load in parallel with the dataset, so the first
// JavaScript the browser must run stays small; the import starts as soon as this module runs.
const timelineViewModule = import('./TimelineView');
const TimelineView = lazy(() => timelineViewModule.then((m) => ({ default: m.TimelineView })));

function builtInHref(): string {
  const p = new URLSearchParams(window.location.search);
  p.delete('data');
  const q = p.toString();
  return `${window.location.pathname}${q ? `?${q}` : ''}`;
}

export function TimelinePage({ dataUrl }: { dataUrl: string | null }) {
  const query = useDataset(dataUrl);
  const store = useTimelineStoreApi();
  const data = query.data;
  const allow = useMemo<UrlWhitelist | null>(
    () =>
      data
        ? {
            themeIds: new Set(data.themesById.keys()),
            eventIds: new Set(data.eventsById.keys()),
            bounds: paddedBounds(data.span),
          }
        : null,
    [data],
  );
  useUrlSync(store, allow);

  let body;
  if (data) {
    body = (
      <Suspense fallback={<LoadingState />}>
        <TimelineView data={data} />
      </Suspense>
    );
  } else if (query.isError) {
    const err = query.error;
    body = (
      <ErrorState
        title={err.message}
        problems={err instanceof DatasetError ? err.problems : []}
        onRetry={() => void query.refetch()}
        builtInHref={dataUrl === null ? null : builtInHref()}
      />
    );
  } else {
    body = <LoadingState />;
  }

  return (
    <>
      <a className="skip-link" href="#timeline-heading">
        Skip to the timeline
      </a>
      <IntroHeader datasetTitle={data?.dataset.title ?? null} isBuiltIn={dataUrl === null} />
      <main id="main" className="main">
        {body}
      </main>
      <footer className="footer">
        <p>
          Event summaries are our own words; quotations are short, attributed and verbatim from the
          sources linked with each one.
        </p>
      </footer>
    </>
  );
}
