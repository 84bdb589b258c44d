import { useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { CitationDownloads } from '../../components/CitationDownloads';
import { CitationStylePicker } from '../../components/CitationStylePicker';
import { useCitationStyle } from '../../components/citationStyle';
import { useCiter } from '../../components/useCiter';
import { useI18n } from '../../i18n/useI18n';
import { EventChecklist } from './EventChecklist';
import { SourceEntry, type Citing } from './SourceEntry';
import './sources.css';

export interface SourcesPanelProps {
  data: LoadedDataset;
  /** The source whose events are highlighted on the timeline, if any. */
  highlightedSourceId: string | null;
  /** The event selected on the timeline: the checklist starts with it. */
  selectedEventId?: string | null;
  /** Highlight a source's events on the timeline (null: highlight nothing). */
  onHighlight: (sourceId: string | null) => void;
  /** Select an event (and bring it into view on the timeline). */
  onSelectEvent: (eventId: string) => void;
}

/** Sources are listed a page at a time, so a very large dataset stays responsive. */
const PAGE = 200;
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

/**
 * Every source of the dataset with its full citation, date precision, link, and the events
 * and quotes that cite it; a source's events can be highlighted on the timeline.
 */
export function SourcesPanel({
  data,
  highlightedSourceId,
  selectedEventId = null,
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
      <EventChecklist data={data} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} />
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
