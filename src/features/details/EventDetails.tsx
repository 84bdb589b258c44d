import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { ThemeList } from '../../components/ThemeList';
import { SourceLink } from '../../components/SourceLink';
import { describePrecision, formatEventDate } from '../../lib/formatDate';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { RichText } from '../../components/RichText';
import { safeHref } from '../../lib/safeHref';
import { citeEvent, eventSources } from '../../lib/citations';
import { CiteButton } from '../../components/CiteButton';
import { citationsForSources } from '../../components/citeHelpers';
import { GlossaryText } from '../../components/GlossaryText';
import type { GlossaryProp } from '../../components/glossaryProp';

/** Imported media, as a link: nothing is fetched from another site unless the reader asks. */
function MediaLink({ media }: { media: NonNullable<DatedEvent['media']> }) {
  const href = safeHref(media.url);
  let host = '';
  try {
    host = new URL(media.url).host;
  } catch {
    host = '';
  }
  return (
    <figure className="details__media">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open the media{host ? ` (${host})` : ''}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : null}
      {(media.caption ?? media.credit) && (
        <figcaption>
          {media.caption}
          {media.caption && media.credit ? ' — ' : ''}
          {media.credit}
        </figcaption>
      )}
    </figure>
  );
}

const KIND_LABEL: Record<NonNullable<DatedEvent['kind']>, string> = {
  conference: 'Conference',
  keynote: 'Keynote',
  announcement: 'Announcement',
  milestone: 'Milestone',
  reaction: 'Partner reaction',
};

interface EventDetailsProps {
  data: LoadedDataset;
  event: DatedEvent | null;
  /** Glossary terms to mark in the summary; without it the summary is plain text. */
  glossary?: GlossaryProp | undefined;
}

/** The selected event in full: what happened, when (and how precisely), where, and sources. */
export function EventDetails({ data, event, glossary }: EventDetailsProps) {
  const store = useTimelineStoreApi();
  if (!event) {
    return (
      <section className="details details--empty" aria-labelledby="details-heading">
        <h2 id="details-heading">Event details</h2>
        <p>
          Select an event on the timeline (click it, or focus it and press Enter) to read what
          happened and where the facts come from.
        </p>
      </section>
    );
  }
  const quotes = data.quotesByEventId.get(event.id) ?? [];
  const certainty = event.dateCertainty ?? 'exact';
  const sources = eventSources(event, data.sourcesById);
  return (
    <section className="details" aria-labelledby="details-heading">
      <div className="details__header">
        <p className="details__kind">
          {event.kind ? KIND_LABEL[event.kind] : 'Event'}
          {event.context ? ' · context, outside 2007–2011' : ''}
        </p>
        <h2 id="details-heading">{event.title}</h2>
        <button
          type="button"
          className="details__close"
          onClick={() => store.getState().selectEvent(null)}
        >
          Clear selection
        </button>
      </div>
      <dl className="details__facts">
        <dt>Date</dt>
        <dd>
          {event.displayDate && (
            <span className="details__display-date">{event.displayDate} · </span>
          )}
          {formatEventDate(event)}{' '}
          <span className="details__precision">
            ({describePrecision(event.startDate, certainty)})
          </span>
          {event.dateNote && <span className="details__date-note">{event.dateNote}</span>}
        </dd>
        {event.conference && (
          <>
            <dt>Conference</dt>
            <dd>{event.conference}</dd>
          </>
        )}
        {event.location && (
          <>
            <dt>Place</dt>
            <dd>{event.location}</dd>
          </>
        )}
        {event.themes.length > 0 && (
          <>
            <dt>Themes</dt>
            <dd>
              <ThemeList
                themeIds={event.themes}
                themesById={data.themesById}
                className="details__themes"
              />
            </dd>
          </>
        )}
        {event.people && event.people.length > 0 && (
          <>
            <dt>People</dt>
            <dd>{event.people.join(', ')}</dd>
          </>
        )}
      </dl>
      {event.summaryHtml ? (
        <RichText className="details__summary" html={event.summaryHtml} />
      ) : (
        event.summary && (
          <p className="details__summary">
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
      {event.media && <MediaLink media={event.media} />}
      {event.conflicts && event.conflicts.length > 0 && (
        <div className="details__conflicts">
          <h3>Where the sources disagree</h3>
          {event.conflicts.map((c) => (
            <table key={c.about}>
              <caption>{c.about}</caption>
              <thead>
                <tr>
                  <th scope="col">Reported</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {c.claims.map((claim, i) => (
                  <tr key={i}>
                    <td>{claim.claim}</td>
                    <td>
                      {claim.sources.map((sid) => {
                        const s = data.sourcesById.get(sid);
                        return s ? (
                          <span key={sid} className="details__claim-source">
                            <SourceLink source={s} />
                          </span>
                        ) : null;
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
      <h3>Sources</h3>
      <ul className="details__sources">
        {event.sources.map((sid) => {
          const s = data.sourcesById.get(sid);
          return s ? (
            <li key={sid}>
              <SourceLink source={s} />
            </li>
          ) : null;
        })}
      </ul>
      {sources.length > 0 && (
        <div className="details__cite">
          <CiteButton
            label="Cite this event"
            citations={(style) => citeEvent(event, data.sourcesById, style).join('\n\n')}
            richCitations={citationsForSources(sources).richCitations}
          />
        </div>
      )}
      <p className="details__quote-count">
        {quotes.length === 0
          ? 'No quotes are recorded for this event.'
          : `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} from this event in the quote panel.`}
      </p>
    </section>
  );
}
