import { useMemo, useRef, useState } from 'react';
import type { TableSort as Sort } from '../../store/stateTable';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { describeEventPrecision, formatEventDate, formatPartialRange } from '../../lib/formatDate';
import { ThemeList } from '../../components/ThemeList';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import './eventTable.css';

export interface EventTableProps {
  data: LoadedDataset;
  /** The events that pass the current filter (any order; the table sorts them). */
  events: readonly DatedEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
}

type SortKey = Sort['key'];

/** Rows rendered at a time: the first page, then one more page per "Show more". */
export const TABLE_PAGE = 500;

const collators = new Map<string, Intl.Collator>();
/** Titles and outlets sort by the dataset's language. */
function collatorFor(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

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

function compareRows(key: SortKey, lang: string): (a: Row, b: Row) => number {
  const collator = collatorFor(lang);
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

function sortRows(rows: readonly Row[], sort: Sort, lang: string): Row[] {
  const compare = compareRows(sort.key, lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Ties keep date order whichever way the column is sorted.
  return [...rows].sort((a, b) => sign * compare(a, b) || a.event.order - b.event.order);
}

const COLUMN_KEY = {
  date: 'table.date',
  title: 'table.event',
  quotes: 'table.quotes',
  sources: 'table.sources',
} as const satisfies Record<SortKey, string>;

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
  const i18n = useI18n();
  const { t } = i18n;
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
        {t(COLUMN_KEY[column])}
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
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  // In the store and the URL (`sort=`), so a shared link opens the table in the same order.
  const store = useTimelineStoreApi();
  const sort = useTimelineStore((s) => s.tableSort);
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
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);
  const shown = sorted.slice(0, limit);
  const total = sorted.length;
  const filtered = total < data.events.length;
  const count = t('table.count', { count: total });

  const onSort = (key: SortKey) => {
    const s = store.getState().tableSort;
    store
      .getState()
      .setChoice(
        'tableSort',
        s.key === key
          ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: 'ascending' },
      );
  };

  return (
    <div className="event-table">
      <table>
        <caption>{filtered ? t('table.filtered', { count }) : t('table.all', { count })}</caption>
        <thead>
          <tr>
            <SortHeader column="date" sort={sort} onSort={onSort} className="event-table__date" />
            <SortHeader column="title" sort={sort} onSort={onSort} />
            <th scope="col">{t('table.themes')}</th>
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
            return (
              <tr
                key={event.id}
                data-row-event-id={event.id}
                className={selected ? 'is-selected' : undefined}
              >
                <td className="event-table__date">
                  <span title={describeEventPrecision(event, i18n)}>
                    {formatEventDate(event, i18n)}
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
                    <span lang={lang}>{event.title}</span>
                  </button>
                  {selected && <span className="visually-hidden">{t('table.selected')}</span>}
                </td>
                <td>
                  <ThemeList
                    themeIds={event.themes}
                    themesById={data.themesById}
                    className="event-table__themes"
                    lang={lang}
                  />
                </td>
                <td className="event-table__number">{quotes}</td>
                <td lang={lang}>{outlets.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total === 0 && <p className="event-table__empty">{t('table.empty')}</p>}
      {data.eras.length > 0 && (
        <table className="event-table__eras">
          <caption>{t('table.eras', { count: i18n.n(data.eras.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.era')}</th>
              <th scope="col" className="event-table__date">
                {t('table.eraSpan')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.eras.map((era) => (
              <tr key={`${era.label}|${era.start}`}>
                <td lang={lang}>{era.label}</td>
                <td className="event-table__date">
                  {formatPartialRange(era.startDate, era.endDate, i18n.locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > TABLE_PAGE && (
        <p className="event-table__more">
          <span role="status" ref={statusRef} tabIndex={-1}>
            {t('table.showing', { shown: shown.length, total })}
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
                {t('table.showMore')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
