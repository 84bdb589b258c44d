import { useEffect, useRef } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { QuotePanelContent } from '../../store/selectors';
import { QuoteCard } from './QuoteCard';

interface QuotePanelProps {
  data: LoadedDataset;
  content: QuotePanelContent;
  selectedEventId: string | null;
  /** A quote a presenter's tour stop points at: highlighted and scrolled to. */
  spotlightQuoteId?: string | null;
  /** When the panel shows a chosen set (content.label), how to go back to the quotes in view. */
  onClearLabel?: () => void;
  /** Glossary terms to mark in quote texts. */
  glossary?: Parameters<typeof QuoteCard>[0]['glossary'];
  onSelectEvent: (eventId: string) => void;
}

/** The selected event's quotes, or the quotes of the events in view. */
export function QuotePanel({
  data,
  content,
  selectedEventId,
  spotlightQuoteId = null,
  glossary,
  onClearLabel,
  onSelectEvent,
}: QuotePanelProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const selectedEvent = selectedEventId === null ? undefined : data.eventsById.get(selectedEventId);

  // Selecting an event (or a tour stop's quote) brings its cards into view.
  useEffect(() => {
    if (selectedEventId === null) return;
    const first =
      listRef.current?.querySelector('.quote-card.is-spotlight') ??
      listRef.current?.querySelector('.quote-card.is-linked');
    const list = listRef.current;
    if (first instanceof HTMLElement && list) {
      // Scroll the panel's own list, never the page: a presenter's view must not jump.
      const top = first.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - 40) {
        list.scrollTop = Math.max(0, top - 8);
      }
    }
  }, [selectedEventId, spotlightQuoteId]);

  const heading = content.label
    ? `Quotes: ${content.label}`
    : content.mode === 'event'
      ? `Quotes from “${selectedEvent?.title ?? ''}”`
      : 'Quotes from the events in view';
  return (
    <section className="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">
        {heading} <span className="quotes__count">({content.total.toLocaleString('en')})</span>
      </h2>
      {content.label && onClearLabel && (
        <p>
          <button type="button" className="link-button" onClick={onClearLabel}>
            Show the quotes of the events in view instead
          </button>
        </p>
      )}
      <div className="quotes__list" ref={listRef}>
        {content.quotes.length === 0 ? (
          <p className="quotes__empty">
            {content.mode === 'event'
              ? 'No quotes are recorded for this event.'
              : 'No quotes from the events in view. Zoom out or switch on more themes.'}
          </p>
        ) : (
          content.quotes.map((q) => (
            <QuoteCard
              key={q.id}
              quote={q}
              event={data.eventsById.get(q.eventId)}
              source={data.sourcesById.get(q.sourceId)}
              language={data.dataset.language}
              linked={q.eventId === selectedEventId}
              spotlight={q.id === spotlightQuoteId}
              {...(glossary ? { glossary } : {})}
              onSelectEvent={onSelectEvent}
            />
          ))
        )}
        {content.total > content.quotes.length && (
          <p className="quotes__more">
            Showing the first {content.quotes.length} of {content.total.toLocaleString('en')}{' '}
            quotes. Zoom in or select an event to see the others.
          </p>
        )}
      </div>
    </section>
  );
}
