import { Fragment, useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { citeSource, citeSourceParts, type CitationStyle } from '../../lib/citations';
import { describePrecision, formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { safeHref } from '../../lib/safeHref';
import { CiteButton } from '../../components/CiteButton';
import { CitationDownloads } from '../../components/CitationDownloads';
import { CITE_STYLE_SHORT_LABELS } from '../../components/citeHelpers';
import { excerpt } from '../../components/excerpt';

export interface SourcesPanelProps {
  data: LoadedDataset;
  /** The source whose events are highlighted on the timeline, if any. */
  highlightedSourceId: string | null;
  /** Highlight a source's events on the timeline (null: highlight nothing). */
  onHighlight: (sourceId: string | null) => void;
  /** Select an event (and bring it into view on the timeline). */
  onSelectEvent: (eventId: string) => void;
}

const PANEL_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago-note', 'chicago-bib'];

const KIND_LABEL: Readonly<Record<Source['kind'], string>> = {
  news: 'News article',
  blog: 'Blog post',
  transcript: 'Transcript',
  'press-release': 'Press release',
  document: 'Document',
  other: 'Other web page',
};

/** Sources are listed a page at a time, so a very large dataset stays responsive. */
const PAGE = 200;
/** Citing events and quotes shown per source before "Show all". */
const CITING_LIMIT = 12;

interface Citing {
  readonly events: readonly DatedEvent[];
  readonly quotes: readonly Quote[];
}

function sourceStartMs(s: Source): number | null {
  if (s.date === undefined) return null;
  try {
    return parsePartialDate(s.date).startMs;
  } catch {
    return null;
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By date (undated last), then title. */
function sortSources(sources: readonly Source[]): Source[] {
  const keyed = sources.map((s) => ({ s, ms: sourceStartMs(s) }));
  keyed.sort((a, b) => {
    if (a.ms !== b.ms) {
      if (a.ms === null) return 1;
      if (b.ms === null) return -1;
      return a.ms - b.ms;
    }
    return collator.compare(a.s.title, b.s.title);
  });
  return keyed.map((k) => k.s);
}

/** For every source: the events (in date order) and quotes (in dataset order) that cite it. */
function citingIndex(data: LoadedDataset): ReadonlyMap<string, Citing> {
  const events = new Map<string, DatedEvent[]>();
  const quotes = new Map<string, Quote[]>();
  for (const e of data.events) {
    const ids = new Set(e.sources);
    for (const c of e.conflicts ?? [])
      for (const claim of c.claims) for (const id of claim.sources) ids.add(id);
    for (const id of ids) {
      const list = events.get(id);
      if (list) list.push(e);
      else events.set(id, [e]);
    }
  }
  for (const q of data.dataset.quotes) {
    const list = quotes.get(q.sourceId);
    if (list) list.push(q);
    else quotes.set(q.sourceId, [q]);
  }
  return new Map(
    data.dataset.sources.map((s) => [
      s.id,
      { events: events.get(s.id) ?? [], quotes: quotes.get(s.id) ?? [] },
    ]),
  );
}

function matches(source: Source, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = `${source.title} ${source.outlet} ${source.author ?? ''}`.toLocaleLowerCase('en');
  return words.every((w) => hay.includes(w));
}

function SourceDate({ source }: { source: Source }) {
  if (source.date === undefined) return <>No date given</>;
  const d = parsePartialDate(source.date);
  const certainty = source.dateCertainty ?? 'exact';
  return (
    <>
      {formatDateLabel(d, null, certainty)}{' '}
      <span className="source-entry__precision">({describePrecision(d, certainty)})</span>
      {source.dateNote && (
        <span className="source-entry__date-note">How the date is known: {source.dateNote}</span>
      )}
    </>
  );
}

function SourceEntry({
  source,
  citing,
  style,
  highlighted,
  data,
  onHighlight,
  onSelectEvent,
}: {
  source: Source;
  citing: Citing;
  style: CitationStyle;
  highlighted: boolean;
  data: LoadedDataset;
  onHighlight: (sourceId: string | null) => void;
  onSelectEvent: (eventId: string) => void;
}) {
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
      <h3 id={headingId}>{source.title}</h3>
      <p className="source-entry__citation">
        <span className="visually-hidden">{CITE_STYLE_SHORT_LABELS[style]} citation: </span>
        {citeSourceParts(source, style).map((seg, i) =>
          seg.italic === true ? <i key={i}>{seg.text}</i> : <Fragment key={i}>{seg.text}</Fragment>,
        )}
      </p>
      <dl className="source-entry__facts">
        <dt>Kind</dt>
        <dd>{KIND_LABEL[source.kind]}</dd>
        <dt>Outlet</dt>
        <dd>{source.outlet}</dd>
        {source.author && (
          <>
            <dt>Author</dt>
            <dd>
              {source.author}
              {source.authorNote && (
                <span className="source-entry__date-note">{source.authorNote}</span>
              )}
            </dd>
          </>
        )}
        <dt>Date</dt>
        <dd>
          <SourceDate source={source} />
        </dd>
        <dt>Link</dt>
        <dd>
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" className="source-entry__url">
              {source.url}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : source.url !== undefined ? (
            <span className="source-entry__url">{source.url} (not a web link)</span>
          ) : (
            'No link recorded'
          )}
        </dd>
        {source.note && (
          <>
            <dt>Note</dt>
            <dd>{source.note}</dd>
          </>
        )}
      </dl>
      <div className="source-entry__actions">
        <button
          type="button"
          aria-pressed={highlighted}
          disabled={citing.events.length === 0 && !highlighted}
          onClick={() => {
            onHighlight(highlighted ? null : source.id);
          }}
        >
          Highlight its events on the timeline
        </button>
        <CiteButton
          label="Cite this source"
          citations={(s) => citeSource(source, s)}
          richCitations={(s) => [citeSourceParts(source, s)]}
        />
      </div>
      <h4>
        {citing.events.length === 0
          ? 'No event cites this source'
          : `Cited by ${citing.events.length.toLocaleString('en')} ${citing.events.length === 1 ? 'event' : 'events'}`}
      </h4>
      {events.length > 0 && (
        <ul className="source-entry__events">
          {events.map((e) => (
            <li key={e.id}>
              <span className="source-entry__when">{formatEventDate(e)}</span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSelectEvent(e.id);
                }}
              >
                {e.title}
              </button>
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
            ? 'Show fewer events'
            : `Show all ${citing.events.length.toLocaleString('en')} events`}
        </button>
      )}
      {citing.quotes.length > 0 && (
        <>
          <h4>
            {`${citing.quotes.length.toLocaleString('en')} ${citing.quotes.length === 1 ? 'quote' : 'quotes'} from this source`}
          </h4>
          <ul className="source-entry__quotes">
            {quotes.map((q) => {
              const event = data.eventsById.get(q.eventId);
              return (
                <li key={q.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onSelectEvent(q.eventId);
                    }}
                  >
                    {q.speaker}: “{excerpt(q.text)}”
                    <span className="visually-hidden">
                      {' '}
                      (show its event{event ? `, ${event.title}` : ''})
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
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
                ? 'Show fewer quotes'
                : `Show all ${citing.quotes.length.toLocaleString('en')} quotes`}
            </button>
          )}
        </>
      )}
    </article>
  );
}

/**
 * Every source of the dataset with its full citation, date precision, link, and the events
 * and quotes that cite it; a source's events can be highlighted on the timeline.
 */
export function SourcesPanel({
  data,
  highlightedSourceId,
  onHighlight,
  onSelectEvent,
}: SourcesPanelProps) {
  const id = useId();
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => sortSources(data.dataset.sources), [data.dataset.sources]);
  const citing = useMemo(() => citingIndex(data), [data]);
  const words = query
    .trim()
    .toLocaleLowerCase('en')
    .split(/\s+/)
    .filter((w) => w !== '');
  const filtered = words.length === 0 ? sorted : sorted.filter((s) => matches(s, words));
  const shown = filtered.slice(0, limit);
  const total = sorted.length;
  return (
    <section className="sources-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sources</h2>
      <p className="sources-panel__intro">
        Every source the timeline draws on, oldest first, with the events and quotes that cite it.
        Dates are given only as precisely as they are known.
      </p>
      <CitationDownloads sources={sorted} />
      <div className="sources-panel__tools">
        <label>
          Citation style{' '}
          <select
            value={style}
            onChange={(e) => {
              setStyle(e.target.value as CitationStyle);
            }}
          >
            {PANEL_STYLES.map((s) => (
              <option key={s} value={s}>
                {CITE_STYLE_SHORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter sources{' '}
          <input
            type="search"
            value={query}
            placeholder="Title, outlet or author"
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
        </label>
      </div>
      <p className="sources-panel__count" role="status" aria-live="polite" aria-atomic="true">
        {words.length === 0
          ? `${total.toLocaleString('en')} ${total === 1 ? 'source' : 'sources'}`
          : `${filtered.length.toLocaleString('en')} of ${total.toLocaleString('en')} sources match “${query.trim()}”`}
      </p>
      {total === 0 && <p>This dataset lists no sources.</p>}
      <ol className="sources-panel__list">
        {shown.map((s) => (
          <li key={s.id}>
            <SourceEntry
              source={s}
              citing={citing.get(s.id) ?? { events: [], quotes: [] }}
              style={style}
              highlighted={highlightedSourceId === s.id}
              data={data}
              onHighlight={onHighlight}
              onSelectEvent={onSelectEvent}
            />
          </li>
        ))}
      </ol>
      {filtered.length > shown.length && (
        <p className="sources-panel__more">
          Showing {shown.length.toLocaleString('en')} of {filtered.length.toLocaleString('en')}{' '}
          sources.{' '}
          <button
            type="button"
            onClick={() => {
              setLimit((n) => n + PAGE);
            }}
          >
            Show more sources
          </button>
        </p>
      )}
    </section>
  );
}
