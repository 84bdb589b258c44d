import { useId, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import type { Citer } from '../../lib/citations';
import { isProseStyle, type CitationStyle } from '../../lib/citations/styles';
import { describePrecision, formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { safeHref } from '../../lib/safeHref';
import { describeWhen, timingGroup, writtenWhen } from '../../lib/standpoints';
import { CiteButton } from '../../components/CiteButton';
import { citeStyleLabel } from '../../components/citeHelpers';
import { CitationText } from '../../components/CitationText';
import { rich } from '../../i18n/rich';
import { QuoteLinkList } from '../../components/QuoteLinkList';
import { ResearchNotes } from '../../components/ResearchNotes';
import { SourceNoteRow } from './SourceNote';
import { StandpointRows } from './SourceStandpoint';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

/** Citing events and quotes shown per source before "Show all". */
const CITING_LIMIT = 12;

export interface Citing {
  readonly events: readonly DatedEvent[];
  readonly quotes: readonly Quote[];
}

function SourceDate({ source, lang }: { source: Source; lang: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (source.date === undefined) return <>{t('source.noDate')}</>;
  const d = parsePartialDate(source.date);
  const certainty = source.dateCertainty ?? 'exact';
  return (
    <>
      {formatDateLabel(d, null, certainty, i18n)}{' '}
      <span className="source-entry__precision">({describePrecision(d, certainty, i18n)})</span>
      {source.dateNote && (
        <span className="source-entry__date-note">
          {rich(t('source.howKnown', { note: '{note}' }), {
            note: <span lang={lang}>{source.dateNote}</span>,
          })}
        </span>
      )}
    </>
  );
}

/** "(written 3 days after)" beside an event, when the two dates tell. */
function WrittenAfter({ source, event }: { source: Source; event: DatedEvent }) {
  const i18n = useI18n();
  const when = writtenWhen(source, event);
  if (timingGroup(when) === 'not-stated') return null;
  return (
    <span className="source-entry__when">
      {i18n.t('source.writtenAfter', { when: describeWhen(when, i18n) })}
    </span>
  );
}

/** One source: its citation, facts, standpoint, and the events and quotes citing it. */
export function SourceEntry({
  source,
  citing,
  style,
  citer,
  highlighted,
  data,
  onHighlight,
  onSelectEvent,
}: {
  source: Source;
  citing: Citing;
  style: CitationStyle;
  citer: Citer | null;
  highlighted: boolean;
  data: LoadedDataset;
  onHighlight: (sourceId: string | null) => void;
  onSelectEvent: (eventId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const headingId = useId();
  const [allEvents, setAllEvents] = useState(false);
  const [allQuotes, setAllQuotes] = useState(false);
  const href = source.url === undefined ? null : safeHref(source.url);
  const link = href !== null && /^https?:/i.test(href) ? href : null;
  const events = allEvents ? citing.events : citing.events.slice(0, CITING_LIMIT);
  const quotes = allQuotes ? citing.quotes : citing.quotes.slice(0, CITING_LIMIT);
  return (
    <article
      className={`source-entry${highlighted ? ' is-highlighted' : ''}`}
      aria-labelledby={headingId}
      data-source-id={source.id}
    >
      <h3 id={headingId} lang={lang}>
        {source.title}
      </h3>
      <div className="source-entry__citation">
        <span className="visually-hidden">
          {t('source.citationIn', { style: citeStyleLabel(style) })}
        </span>
        <div lang={lang}>
          {citer === null ? (
            t('cite.loading')
          ) : (
            <CitationText
              code={!isProseStyle(style)}
              entries={[citer.citeSourceParts(source, style)]}
            />
          )}
        </div>
      </div>
      <dl className="source-entry__facts">
        <dt>{t('source.kind')}</dt>
        <dd>{t(`sources.kind.${source.kind}`)}</dd>
        <dt>{t('source.outlet')}</dt>
        <dd lang={lang}>{source.outlet}</dd>
        {source.author && (
          <>
            <dt>{t('source.author')}</dt>
            <dd lang={lang}>
              {source.author}
              {source.authorNote && (
                <span className="source-entry__date-note">{source.authorNote}</span>
              )}
            </dd>
          </>
        )}
        <dt>{t('source.date')}</dt>
        <dd>
          <SourceDate source={source} lang={lang} />
        </dd>
        <StandpointRows source={source} sourcesById={data.sourcesById} lang={lang} />
        <dt>{t('source.link')}</dt>
        <dd>
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" className="source-entry__url">
              {source.url}
              <span className="visually-hidden">{t('source.newTab')}</span>
            </a>
          ) : source.url !== undefined ? (
            <span className="source-entry__url">{t('source.notWebLink', { url: source.url })}</span>
          ) : (
            t('source.noLink')
          )}
        </dd>
        <SourceNoteRow note={source.note} lang={lang} />
      </dl>
      <ResearchNotes note={source.note} refs={source.researchRefs} lang={lang} />
      <div className="source-entry__actions">
        <button
          type="button"
          aria-pressed={highlighted}
          disabled={citing.events.length === 0 && !highlighted}
          onClick={() => {
            onHighlight(highlighted ? null : source.id);
          }}
        >
          {t('source.highlight')}
        </button>
        <CiteButton label={t('source.cite')} sources={[source]} />
      </div>
      <h4>
        {citing.events.length === 0
          ? t('source.noEvents')
          : t('source.citedBy', { count: citing.events.length })}
      </h4>
      {events.length > 0 && (
        <ul className="source-entry__events">
          {events.map((e) => (
            <li key={e.id}>
              <span className="source-entry__when">{formatEventDate(e, i18n)}</span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSelectEvent(e.id);
                }}
              >
                <span lang={lang}>{e.title}</span>
              </button>
              <WrittenAfter source={source} event={e} />
            </li>
          ))}
        </ul>
      )}
      {citing.events.length > CITING_LIMIT && (
        <button
          type="button"
          className="link-button"
          aria-expanded={allEvents}
          onClick={() => {
            setAllEvents((v) => !v);
          }}
        >
          {allEvents
            ? t('source.showFewerEvents')
            : t('source.showAllEvents', { count: citing.events.length })}
        </button>
      )}
      {citing.quotes.length > 0 && (
        <>
          <h4>{t('source.quotes', { count: citing.quotes.length })}</h4>
          <QuoteLinkList
            className="source-entry__quotes"
            quotes={quotes}
            lang={lang}
            onSelectEvent={onSelectEvent}
            hintFor={(q) => {
              const event = data.eventsById.get(q.eventId);
              return event
                ? t('source.showItsEventTitle', { title: event.title })
                : t('source.showItsEvent');
            }}
          />
          {citing.quotes.length > CITING_LIMIT && (
            <button
              type="button"
              className="link-button"
              aria-expanded={allQuotes}
              onClick={() => {
                setAllQuotes((v) => !v);
              }}
            >
              {allQuotes
                ? t('source.showFewerQuotes')
                : t('source.showAllQuotes', { count: citing.quotes.length })}
            </button>
          )}
        </>
      )}
    </article>
  );
}
