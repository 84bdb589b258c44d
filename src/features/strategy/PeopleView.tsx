import { useId } from 'react';
import { parsePartialDate } from '../../domain/dates';
import type { LoadedDataset } from '../../domain/indexes';
import { peopleIndex, type PersonRole } from '../../lib/people';
import { monthYear } from '../../lib/themeArcs';
import { StrategyQuote } from './StrategyQuote';
import '../../styles/strategy.css';

export interface PeopleViewProps {
  readonly data: LoadedDataset;
  /** The chosen speaker's name, or null for none. */
  readonly person: string | null;
  readonly onPersonChange: (person: string | null) => void;
  readonly onSelectEvent: (eventId: string) => void;
}

function when(date: string): string {
  return date === '' ? 'undated' : monthYear(parsePartialDate(date));
}

function describeRole(r: PersonRole): string {
  const from = when(r.from);
  const to = when(r.to);
  return from === to ? `${r.role} (${from})` : `${r.role} (${from} – ${to})`;
}

/** Everyone quoted: roles over time and quote counts; pick one to read their quotes in order. */
export function PeopleView({ data, person, onPersonChange, onSelectEvent }: PeopleViewProps) {
  const uid = useId();
  const speakers = peopleIndex(data).filter((p) => p.quoteIds.length > 0);
  const chosen = person === null ? undefined : speakers.find((p) => p.name === person);
  return (
    <section className="people-view" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>People</h2>
      <ul className="strategy-list" aria-label="Speakers">
        {speakers.map((p) => {
          const pressed = chosen?.name === p.name;
          return (
            <li key={p.name} className="people-view__person">
              <span className="people-view__name">{p.name}</span>
              <span className="people-view__count">
                {p.quoteIds.length} {p.quoteIds.length === 1 ? 'quote' : 'quotes'}
              </span>
              <button
                type="button"
                className="strategy-button strategy-button--small"
                aria-pressed={pressed}
                aria-label={`Show quotes by ${p.name}`}
                onClick={() => onPersonChange(pressed ? null : p.name)}
              >
                Show quotes
              </button>
              {p.roles.length > 0 && (
                <span className="people-view__roles">{p.roles.map(describeRole).join('; ')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {chosen && (
        <section aria-labelledby={`${uid}-quotes`}>
          <h3 id={`${uid}-quotes`}>Quotes by {chosen.name}</h3>
          <button
            type="button"
            className="strategy-button strategy-button--small"
            onClick={() => onPersonChange(null)}
          >
            Show everyone
          </button>
          <ol className="strategy-list">
            {chosen.quoteIds.map((id) => {
              const q = data.quotesById.get(id);
              if (!q) return null;
              return (
                <StrategyQuote
                  key={id}
                  quote={q}
                  event={data.eventsById.get(q.eventId)}
                  onSelectEvent={onSelectEvent}
                />
              );
            })}
          </ol>
        </section>
      )}
      {person !== null && !chosen && <p>No quotes by {person} in this dataset.</p>}
    </section>
  );
}
