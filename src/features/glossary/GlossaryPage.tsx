import { useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import {
  buildGlossaryMatcher,
  glossaryOccurrences,
  type GlossaryEntry,
  type GlossaryOccurrences,
} from '../../lib/glossaryMatch';
import { SourceLink } from '../../components/SourceLink';
import { QuoteLinkList } from '../../components/QuoteLinkList';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import './glossary.css';

export interface GlossaryPageProps {
  data: LoadedDataset;
  /** Select an event (and bring it into view on the timeline). */
  onSelectEvent: (eventId: string) => void;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Events and quotes listed per term before "Show all". */
const OCCURRENCE_LIMIT = 12;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The index letter of a term: its first letter without accents, or "#" for anything else. */
function letterOf(term: string): string {
  const first = term.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The anchor of a glossary entry; other parts of the app link to it too. */
function anchorOf(id: string): string {
  return `glossary-${id}`;
}

function Occurrences({
  data,
  where,
  onSelectEvent,
}: {
  data: LoadedDataset;
  where: GlossaryOccurrences;
  onSelectEvent: (eventId: string) => void;
}) {
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const [all, setAll] = useState(false);
  const eventIds = all ? where.eventIds : where.eventIds.slice(0, OCCURRENCE_LIMIT);
  const quoteIds = all ? where.quoteIds : where.quoteIds.slice(0, OCCURRENCE_LIMIT);
  const hidden =
    where.eventIds.length - eventIds.length + (where.quoteIds.length - quoteIds.length);
  if (where.eventIds.length === 0 && where.quoteIds.length === 0) {
    return <p className="glossary-entry__nowhere">{t('glossary.nowhere')}</p>;
  }
  return (
    <>
      {eventIds.length > 0 && (
        <ul className="glossary-entry__events" aria-label={t('glossary.events')}>
          {eventIds.map((id) => {
            const e = data.eventsById.get(id);
            return e ? (
              <li key={id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onSelectEvent(id);
                  }}
                >
                  <span lang={lang}>{e.title}</span>
                </button>
              </li>
            ) : null;
          })}
        </ul>
      )}
      {quoteIds.length > 0 && (
        <QuoteLinkList
          className="glossary-entry__quotes"
          aria-label={t('glossary.quotes')}
          quotes={quoteIds.flatMap((id) => data.quotesById.get(id) ?? [])}
          lang={lang}
          onSelectEvent={onSelectEvent}
          hintFor={() => t('glossary.showItsEvent')}
        />
      )}
      {(hidden > 0 || all) && (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          onClick={() => {
            setAll((v) => !v);
          }}
        >
          {all ? t('glossary.showFewer') : t('glossary.showAll', { count: hidden })}
        </button>
      )}
    </>
  );
}

function Entry({
  entry,
  byId,
  where,
  data,
  onSelectEvent,
}: {
  entry: GlossaryEntry;
  byId: ReadonlyMap<string, GlossaryEntry>;
  where: GlossaryOccurrences | undefined;
  data: LoadedDataset;
  onSelectEvent: (eventId: string) => void;
}) {
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const headingId = useId();
  const related = (entry.related ?? []).flatMap((id) => {
    const r = byId.get(id);
    return r === undefined || r.id === entry.id ? [] : [r];
  });
  const sources = (entry.sources ?? []).flatMap((id) => {
    const s = data.sourcesById.get(id);
    return s === undefined ? [] : [s];
  });
  const aliases = entry.aliases ?? [];
  return (
    <article id={anchorOf(entry.id)} className="glossary-entry" aria-labelledby={headingId}>
      <h3 id={headingId} lang={lang}>
        {entry.term}
      </h3>
      {aliases.length > 0 && (
        <p className="glossary-entry__aliases">
          {t('glossary.aliases')}
          <span lang={lang}>{aliases.join(', ')}</span>
        </p>
      )}
      <p className="glossary-entry__definition" lang={lang}>
        {entry.definition}
      </p>
      {related.length > 0 && (
        <p className="glossary-entry__related">
          {t('glossary.seeAlso')}
          {related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <a href={`#${anchorOf(r.id)}`} lang={lang}>
                {r.term}
              </a>
            </span>
          ))}
        </p>
      )}
      {sources.length > 0 && (
        <>
          <h4>{t('glossary.sources')}</h4>
          <ul className="glossary-entry__sources">
            {sources.map((s) => (
              <li key={s.id}>
                <SourceLink source={s} lang={lang} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('glossary.where')}</h4>
      {where ? (
        <Occurrences data={data} where={where} onSelectEvent={onSelectEvent} />
      ) : (
        <p className="glossary-entry__nowhere">{t('glossary.nowhere')}</p>
      )}
    </article>
  );
}

/**
 * The glossary: every term in alphabetical order with its definition, related terms, sources
 * and the events and quotes that mention it; a letter index leads to each letter's first term.
 */
export function GlossaryPage({ data, onSelectEvent }: GlossaryPageProps) {
  const { t } = useI18n();
  const id = useId();
  const entries = data.dataset.glossary;
  const sorted = useMemo(
    () => [...(entries ?? [])].sort((a, b) => collator.compare(a.term, b.term)),
    [entries],
  );
  const occurrences = useMemo(
    () => glossaryOccurrences(buildGlossaryMatcher(entries ?? []), data),
    [entries, data],
  );
  const byId = useMemo(() => new Map(sorted.map((e) => [e.id, e])), [sorted]);

  if (sorted.length === 0) {
    return (
      <section className="glossary-page" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('glossary.heading')}</h2>
        <p>{t('glossary.none')}</p>
      </section>
    );
  }

  const firstOfLetter = new Map<string, GlossaryEntry>();
  for (const e of sorted) {
    const l = letterOf(e.term);
    if (!firstOfLetter.has(l)) firstOfLetter.set(l, e);
  }
  const symbols = firstOfLetter.get('#');
  return (
    <section className="glossary-page" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('glossary.heading')}</h2>
      <p className="glossary-page__intro">{t('glossary.intro', { count: sorted.length })}</p>
      <nav className="glossary-page__index" aria-label={t('glossary.letters')}>
        <ul>
          {symbols && (
            <li>
              <a href={`#${anchorOf(symbols.id)}`} aria-label={t('glossary.symbol')}>
                #
              </a>
            </li>
          )}
          {LETTERS.map((l) => {
            const first = firstOfLetter.get(l);
            return (
              <li key={l}>
                {first ? (
                  <a href={`#${anchorOf(first.id)}`}>{l}</a>
                ) : (
                  <span className="glossary-page__no-letter" aria-hidden="true">
                    {l}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="glossary-page__list">
        {sorted.map((e) => (
          <Entry
            key={e.id}
            entry={e}
            byId={byId}
            where={occurrences.get(e.id)}
            data={data}
            onSelectEvent={onSelectEvent}
          />
        ))}
      </div>
    </section>
  );
}
