import { lazy, Suspense, type CSSProperties } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { readableTextOn } from '../../domain/contrast';
import type { DatedEvent } from '../../domain/types';
import { ThemeList } from '../../components/ThemeList';
import { SourceLink } from '../../components/SourceLink';
import { describeEventPrecision, formatEventDate } from '../../lib/formatDate';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { RichText } from '../../components/RichText';
import { eventSources } from '../../lib/citations';
import { CiteButton } from '../../components/CiteButton';
import { GlossaryText } from '../../components/GlossaryText';
import type { GlossaryProp } from '../../components/glossaryProp';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import { NoteSlot } from '../../components/notes/NoteSlot';
import { ResearchNotes } from '../../components/ResearchNotes';
import { EventLinks } from './EventLinks';
import { ClaimSources } from './ClaimSources';
import './details.css';

/** Media and the picture consent load only for events that carry media (most datasets have none). */
const MediaFigure = lazy(() => import('./MediaFigure').then((m) => ({ default: m.MediaFigure })));
/** Which source gives which date: only for events with dated claims (issue 18). */
const DateClaims = lazy(() => import('./DateClaims').then((m) => ({ default: m.DateClaims })));

interface EventDetailsProps {
  data: LoadedDataset;
  event: DatedEvent | null;
  /** Glossary terms to mark in the summary; without it the summary is plain text. */
  glossary?: GlossaryProp | undefined;
  /** Selects another event and brings it into view (the links' buttons); no links without it. */
  onSelectEvent?: ((eventId: string) => void) | undefined;
}

/** The selected event in full: what happened, when (and how precisely), where, and sources. */
export function EventDetails({ data, event, glossary, onSelectEvent }: EventDetailsProps) {
  const store = useTimelineStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  if (!event) {
    return (
      <section className="details details--empty" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details.heading')}</h2>
        <p>{t('details.empty')}</p>
      </section>
    );
  }
  const quotes = data.quotesByEventId.get(event.id) ?? [];
  const sources = eventSources(event, data.sourcesById);
  // A TimelineJS slide's own background colour heads its details, with text that reads on it.
  const backdrop = event.background ? slideBackdrop(event.background) : undefined;
  return (
    <section className="details" aria-labelledby="details-heading">
      <div
        className={backdrop ? 'details__header details__header--slide' : 'details__header'}
        style={backdrop}
      >
        <p className="details__kind">
          {t(`details.kind.${event.kind ?? 'event'}`)}
          {event.context ? t('details.context') : ''}
        </p>
        <h2 id="details-heading" lang={lang} tabIndex={-1}>
          {event.title}
        </h2>
        <button
          type="button"
          className="details__close"
          onClick={() => store.getState().selectEvent(null)}
        >
          {t('details.clear')}
        </button>
      </div>
      <dl className="details__facts">
        <dt>{t('details.date')}</dt>
        <dd>
          {event.displayDate && (
            <span className="details__display-date" lang={lang}>
              {event.displayDate} ·{' '}
            </span>
          )}
          {formatEventDate(event, i18n)}{' '}
          <span className="details__precision">({describeEventPrecision(event, i18n)})</span>
          {event.dateNote && (
            <span className="details__date-note" lang={lang}>
              {event.dateNote}
            </span>
          )}
        </dd>
        {event.conference && (
          <>
            <dt>{t('details.conference')}</dt>
            <dd lang={lang}>{event.conference}</dd>
          </>
        )}
        {event.location && (
          <>
            <dt>{t('details.place')}</dt>
            <dd lang={lang}>{event.location}</dd>
          </>
        )}
        {event.themes.length > 0 && (
          <>
            <dt>{t('details.themes')}</dt>
            <dd>
              <ThemeList
                themeIds={event.themes}
                themesById={data.themesById}
                className="details__themes"
                lang={lang}
              />
            </dd>
          </>
        )}
        {event.people && event.people.length > 0 && (
          <>
            <dt>{t('details.people')}</dt>
            <dd lang={lang}>{event.people.join(', ')}</dd>
          </>
        )}
      </dl>
      {event.summaryHtml ? (
        <div lang={lang}>
          <RichText className="details__summary" html={event.summaryHtml} />
        </div>
      ) : (
        event.summary && (
          <p className="details__summary" lang={lang}>
            {glossary ? (
              <GlossaryText
                text={event.summary}
                matcher={glossary.matcher}
                entries={glossary.entries}
              />
            ) : (
              event.summary
            )}
          </p>
        )
      )}
      <NoteSlot target={{ kind: 'event', id: event.id }} />
      {event.media && (
        <Suspense fallback={null}>
          <MediaFigure
            key={event.id}
            data={data}
            media={event.media}
            title={event.title}
            lang={lang}
          />
        </Suspense>
      )}
      {event.dateClaims && event.dateClaims.length > 0 && (
        <Suspense fallback={null}>
          <DateClaims data={data} event={event} lang={lang} />
        </Suspense>
      )}
      {event.conflicts && event.conflicts.length > 0 && (
        <div className="details__conflicts">
          <h3>{t('details.conflicts')}</h3>
          {event.conflicts.map((c) => (
            <table key={c.about}>
              <caption lang={lang}>{c.about}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('details.reported')}</th>
                  <th scope="col">{t('details.source')}</th>
                </tr>
              </thead>
              <tbody>
                {c.claims.map((claim, i) => (
                  <tr key={i}>
                    <td lang={lang}>{claim.claim}</td>
                    <td>
                      <ClaimSources
                        ids={claim.sources}
                        sourcesById={data.sourcesById}
                        lang={lang}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
      {onSelectEvent && (
        <EventLinks data={data} eventId={event.id} lang={lang} onSelectEvent={onSelectEvent} />
      )}
      <h3>{t('details.sources')}</h3>
      <ul className="details__sources">
        {event.sources.map((sid) => {
          const s = data.sourcesById.get(sid);
          return s ? (
            <li key={sid}>
              <SourceLink source={s} lang={lang} />
            </li>
          ) : null;
        })}
      </ul>
      {sources.length > 0 && (
        <div className="details__cite">
          <CiteButton label={t('details.cite')} sources={sources} />
        </div>
      )}
      <ResearchNotes refs={event.researchRefs} lang={lang} />
      <p className="details__quote-count">
        {quotes.length === 0
          ? t('details.noQuotes')
          : t('details.quoteCount', { count: quotes.length })}
      </p>
    </section>
  );
}

function slideBackdrop(background: string): CSSProperties {
  const text = readableTextOn(background);
  return { background, color: text, '--muted': text, '--text': text } as CSSProperties;
}
