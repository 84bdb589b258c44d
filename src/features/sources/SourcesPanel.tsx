import { useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import type { Citer } from '../../lib/citations';
import { isProseStyle, type CitationStyle } from '../../lib/citations/styles';
import { describePrecision, formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { safeHref } from '../../lib/safeHref';
import { CiteButton } from '../../components/CiteButton';
import { CitationDownloads } from '../../components/CitationDownloads';
import { citeStyleLabel } from '../../components/citeHelpers';
import { CitationStylePicker } from '../../components/CitationStylePicker';
import { CitationText } from '../../components/CitationText';
import { useCitationStyle } from '../../components/citationStyle';
import { useCiter } from '../../components/useCiter';
import { rich } from '../../i18n/rich';
import { QuoteLinkList } from '../../components/QuoteLinkList';
import { ResearchNotes, SourceNoteRow } from './SourceNote';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import './sources.css';

export interface SourcesPanelProps {
  data: LoadedDataset;
  /** The source whose events are highlighted on the timeline, if any. */
  highlightedSourceId: string | null;
  /** Highlight a source's events on the timeline (null: highlight nothing). */
  onHighlight: (sourceId: string | null) => void;
  /** Select an event (and bring it into view on the timeline). */
  onSelectEvent: (eventId: string) => void;
}

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

function SourceEntry({
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
      <p className="source-entry__citation">
        <span className="visually-hidden">
          {t('source.citationIn', { style: citeStyleLabel(style) })}
        </span>
        <span lang={lang}>
          {citer === null ? (
            t('cite.loading')
          ) : (
            <CitationText
              code={!isProseStyle(style)}
              entries={[citer.citeSourceParts(source, style)]}
            />
          )}
        </span>
      </p>
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
      <ResearchNotes note={source.note} lang={lang} />
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
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const style = useCitationStyle();
  const { citer } = useCiter(style);
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
      <h2 id={`${id}-heading`}>{t('sources.heading')}</h2>
      <p className="sources-panel__intro">{t('sources.intro')}</p>
      <CitationDownloads sources={sorted} />
      <div className="sources-panel__tools">
        <CitationStylePicker className="sources-panel__style" />
        <label>
          {t('sources.filter')}{' '}
          <input
            type="search"
            value={query}
            placeholder={t('sources.filterPlaceholder')}
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
        </label>
      </div>
      <p className="sources-panel__count" role="status" aria-live="polite" aria-atomic="true">
        {words.length === 0
          ? t('sources.count', { count: total })
          : t('sources.matching', { matching: filtered.length, total, query: query.trim() })}
      </p>
      {total === 0 && <p>{t('sources.none')}</p>}
      <ol className="sources-panel__list">
        {shown.map((s) => (
          <li key={s.id}>
            <SourceEntry
              source={s}
              citing={citing.get(s.id) ?? { events: [], quotes: [] }}
              style={style}
              citer={citer}
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
          {t('sources.showing', { shown: shown.length, total: filtered.length })}{' '}
          <button
            type="button"
            onClick={() => {
              setLimit((n) => n + PAGE);
            }}
          >
            {t('sources.showMore')}
          </button>
        </p>
      )}
    </section>
  );
}
