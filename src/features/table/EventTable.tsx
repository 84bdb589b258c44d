import { useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { describePrecision, formatEventDate } from '../../lib/formatDate';
import { ThemeList } from '../../components/ThemeList';

export interface EventTableProps {
  data: LoadedDataset;
  /** The events that pass the current filter (any order; the table sorts them). */
  events: readonly DatedEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
}

type SortKey = 'date' | 'title' | 'quotes' | 'sources';
type Direction = 'ascending' | 'descending';

interface Sort {
  readonly key: SortKey;
  readonly direction: Direction;
}

/** Rows rendered at a time: the first page, then one more page per "Show more". */
export const TABLE_PAGE = 500;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The outlets of an event's sources, each once, in the event's order. */
function outletsOf(data: LoadedDataset, e: DatedEvent): string[] {
  const out: string[] = [];
  for (const id of e.sources) {
    const outlet = data.sourcesById.get(id)?.outlet;
    if (outlet !== undefined && !out.includes(outlet)) out.push(outlet);
  }
  return out;
}

interface Row {
  readonly event: DatedEvent;
  readonly quotes: number;
  readonly outlets: readonly string[];
  readonly outletKey: string;
}

function compareRows(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'date':
      return (a, b) => a.event.order - b.event.order;
    case 'title':
      return (a, b) => collator.compare(a.event.title, b.event.title);
    case 'quotes':
      return (a, b) => a.quotes - b.quotes;
    case 'sources':
      return (a, b) => collator.compare(a.outletKey, b.outletKey);
  }
}

function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const compare = compareRows(sort.key);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Ties keep date order whichever way the column is sorted.
  return [...rows].sort((a, b) => sign * compare(a, b) || a.event.order - b.event.order);
}

const COLUMN_LABEL: Readonly<Record<SortKey, string>> = {
  date: 'Date',
  title: 'Event',
  quotes: 'Quotes',
  sources: 'Sources',
};

function SortHeader({
  column,
  sort,
  onSort,
  className,
}: {
  column: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const active = sort.key === column;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className={`event-table__sort${active ? ' is-sorted' : ''}`}
        onClick={() => {
          onSort(column);
        }}
      >
        {COLUMN_LABEL[column]}
        <span className="event-table__arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/**
 * The filtered events as a table: date (as precisely as it is known), title, themes, number of
 * quotes and source outlets, sortable by column. Large datasets are shown 500 rows at a time.
 */
export function EventTable({ data, events, selectedId, onSelect }: EventTableProps) {
  const [sort, setSort] = useState<Sort>({ key: 'date', direction: 'ascending' });
  const [limit, setLimit] = useState(TABLE_PAGE);
  const statusRef = useRef<HTMLSpanElement>(null);
  const rows = useMemo(
    () =>
      events.map((event): Row => {
        const outlets = outletsOf(data, event);
        return {
          event,
          quotes: data.quotesByEventId.get(event.id)?.length ?? 0,
          outlets,
          outletKey: outlets.join('; '),
        };
      }),
    [data, events],
  );
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = sorted.slice(0, limit);
  const total = sorted.length;
  const filtered = total < data.events.length;
  const count = `${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'}`;

  const onSort = (key: SortKey) => {
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  };

  return (
    <div className="event-table">
      <table>
        <caption>{filtered ? `${count}, filtered by theme` : `All ${count}`}</caption>
        <thead>
          <tr>
            <SortHeader column="date" sort={sort} onSort={onSort} className="event-table__date" />
            <SortHeader column="title" sort={sort} onSort={onSort} />
            <th scope="col">Themes</th>
            <SortHeader
              column="quotes"
              sort={sort}
              onSort={onSort}
              className="event-table__number"
            />
            <SortHeader column="sources" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {shown.map(({ event, quotes, outlets }) => {
            const selected = event.id === selectedId;
            const certainty = event.dateCertainty ?? 'exact';
            return (
              <tr
                key={event.id}
                data-row-event-id={event.id}
                className={selected ? 'is-selected' : undefined}
              >
                <td className="event-table__date">
                  <span title={describePrecision(event.startDate, certainty)}>
                    {formatEventDate(event)}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => {
                      onSelect(event.id);
                    }}
                  >
                    {event.title}
                  </button>
                  {selected && <span className="visually-hidden"> (selected)</span>}
                </td>
                <td>
                  <ThemeList
                    themeIds={event.themes}
                    themesById={data.themesById}
                    className="event-table__themes"
                  />
                </td>
                <td className="event-table__number">{quotes}</td>
                <td>{outlets.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total === 0 && (
        <p className="event-table__empty">No events match the filter. Switch on more themes.</p>
      )}
      {total > TABLE_PAGE && (
        <p className="event-table__more">
          <span role="status" ref={statusRef} tabIndex={-1}>
            Showing {shown.length.toLocaleString('en')} of {total.toLocaleString('en')} events.
          </span>
          {shown.length < total && (
            <>
              {' '}
              <button
                type="button"
                onClick={() => {
                  const next = limit + TABLE_PAGE;
                  setLimit(next);
                  // The button goes once every row is shown: keep focus nearby.
                  if (next >= total) statusRef.current?.focus();
                }}
              >
                Show more
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
