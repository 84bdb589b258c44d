import { Fragment, useId, type ReactNode } from 'react';
import { parsePartialDate } from '../../domain/dates';
import type { LoadedDataset } from '../../domain/indexes';
import { peopleIndex, type PersonRole } from '../../lib/people';
import { formatMonthYear } from '../../lib/formatDate';
import type { Translator } from '../../i18n/i18n';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import { rich } from '../../i18n/rich';
import { StrategyQuote } from './StrategyQuote';
import './strategy.css';

export interface PeopleViewProps {
  readonly data: LoadedDataset;
  /** The chosen speaker's name, or null for none. */
  readonly person: string | null;
  readonly onPersonChange: (person: string | null) => void;
  readonly onSelectEvent: (eventId: string) => void;
}

function when(date: string, i18n: Translator): string {
  return date === ''
    ? i18n.t('date.undated')
    : formatMonthYear(parsePartialDate(date), i18n.locale);
}

/** "Partner (July 2008 – July 2010)": the role in the dataset's words, the dates in ours. */
function describeRole(r: PersonRole, lang: string, i18n: Translator): ReactNode {
  const { t } = i18n;
  const from = when(r.from, i18n);
  const to = when(r.to, i18n);
  return rich(
    t('people.role', {
      role: '{role}',
      when: from === to ? from : t('date.range', { start: from, end: to }),
    }),
    { role: <span lang={lang}>{r.role}</span> },
  );
}

/** Everyone quoted: roles over time and quote counts; pick one to read their quotes in order. */
export function PeopleView({ data, person, onPersonChange, onSelectEvent }: PeopleViewProps) {
  const uid = useId();
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const speakers = peopleIndex(data).filter((p) => p.quoteIds.length > 0);
  const chosen = person === null ? undefined : speakers.find((p) => p.name === person);
  return (
    <section className="people-view" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('people.heading')}</h2>
      <ul className="strategy-list" aria-label={t('people.speakers')}>
        {speakers.map((p) => {
          const pressed = chosen?.name === p.name;
          return (
            <li key={p.name} className="people-view__person">
              <span className="people-view__name" lang={lang}>
                {p.name}
              </span>
              <span className="people-view__count">
                {t('people.quotes', { count: p.quoteIds.length })}
              </span>
              <button
                type="button"
                className="strategy-button strategy-button--small"
                aria-pressed={pressed}
                aria-label={t('people.showLabel', { name: p.name })}
                onClick={() => onPersonChange(pressed ? null : p.name)}
              >
                {t('people.show')}
              </button>
              {p.roles.length > 0 && (
                <span className="people-view__roles">
                  {p.roles.map((r, i) => (
                    <Fragment key={i}>
                      {i > 0 && '; '}
                      {describeRole(r, lang, i18n)}
                    </Fragment>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {chosen && (
        <section aria-labelledby={`${uid}-quotes`}>
          <h3 id={`${uid}-quotes`}>
            {rich(t('people.quotesBy', { name: '{name}' }), {
              name: <span lang={lang}>{chosen.name}</span>,
            })}
          </h3>
          <button
            type="button"
            className="strategy-button strategy-button--small"
            onClick={() => onPersonChange(null)}
          >
            {t('people.everyone')}
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
                  lang={lang}
                />
              );
            })}
          </ol>
        </section>
      )}
      {person !== null && !chosen && <p>{t('people.none', { name: person })}</p>}
    </section>
  );
}
