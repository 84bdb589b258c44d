import type { ReactNode } from 'react';
import type { DatedEvent } from '../domain/types';
import type { LoadedDataset } from '../domain/indexes';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EventTable } from '../features/table/EventTable';
import { TimelineChart } from '../features/timeline/TimelineChart';

interface Props {
  readonly data: LoadedDataset;
  readonly asTable: boolean;
  /** The events the table lists (those the filters let through). */
  readonly events: readonly DatedEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** What a failure of each part is called in its error message. */
  readonly labels: { readonly table: string; readonly timeline: string };
  /** Shown under the chart (the full view's mood band). */
  readonly belowChart?: ReactNode;
  /** Opens the list of the reader's notes (from the chart's toolbar). */
  readonly onOpenNotes?: (() => void) | undefined;
}

/** The workspace's main area: the events as a table, or the timeline chart in its frame. */
export function ChartOrTable({
  data,
  asTable,
  events,
  selectedId,
  onSelect,
  labels,
  belowChart,
  onOpenNotes,
}: Props) {
  if (asTable)
    return (
      <ErrorBoundary label={labels.table}>
        <EventTable data={data} events={events} selectedId={selectedId} onSelect={onSelect} />
      </ErrorBoundary>
    );
  return (
    <div className="chart-frame">
      <ErrorBoundary label={labels.timeline}>
        <TimelineChart data={data} onOpenNotes={onOpenNotes} />
      </ErrorBoundary>
      {belowChart}
    </div>
  );
}
