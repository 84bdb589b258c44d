import { memo, useEffect, useRef, type ComponentProps } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { QuotePanelContent } from '../../store/selectors';
import { QuoteCard } from './QuoteCard';
import { useAfterFirstPaint } from '../../components/useAfterPaint';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import { rich } from '../../i18n/rich';
import './quotes.css';

interface QuotePanelProps {
  data: LoadedDataset;
  content: QuotePanelContent;
  selectedEventId: string | null;
  /** A quote a presenter's tour stop points at: highlighted and scrolled to. */
  spotlightQuoteId?: string | null;
  /** When the panel shows a chosen set (content.label), how to go back to the quotes in view. */
  onClearLabel?: () => void;
  /** Glossary terms to mark in quote texts. */
  glossary?: ComponentProps<typeof QuoteCard>['glossary'];
  onSelectEvent: (eventId: string) => void;
}

/** Cards rendered with the panel's first frame; the rest follow right after it is painted. */
export const FIRST_CARDS = 6;

/** The selected event's quotes, or the quotes of the events in view. */
function QuotePanelView({
  data,
  content,
  selectedEventId,
  spotlightQuoteId = null,
  glossary,
  onClearLabel,
  onSelectEvent,
}: QuotePanelProps) {
  const { t, n } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const listRef = useRef<HTMLDivElement>(null);
  const selectedEvent = selectedEventId === null ? undefined : data.eventsById.get(selectedEventId);
  const allCards = useAfterFirstPaint();
  const cards = allCards ? content.quotes : content.quotes.slice(0, FIRST_CARDS);

  // A quote in the spotlight (a tour stop's) is brought into view. A selected event's own cards
  // follow its details in the side panel, which starts at the top: no scrolling for those.
  useEffect(() => {
    if (selectedEventId === null || spotlightQuoteId === null) return;
    const first = listRef.current?.querySelector('.quote-card.is-spotlight');
    // Scroll the panel's own scroller, never the page: a presenter's view must not jump.
    const list = listRef.current;
    const scroller = list?.closest<HTMLElement>('[data-scroller]') ?? list;
    if (first instanceof HTMLElement && scroller) {
      const top = first.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      if (top < 0 || top > scroller.clientHeight - 40) {
        scroller.scrollTop = Math.max(0, scroller.scrollTop + top - 8);
      }
    }
  }, [selectedEventId, spotlightQuoteId, allCards]);

  const heading = content.label
    ? t('quotes.headingLabel', { label: content.label })
    : content.mode === 'event'
      ? rich(t('quotes.headingEvent', { title: '{title}' }), {
          // An event's title is the dataset's words.
          title: <span lang={lang}>{selectedEvent?.title ?? ''}</span>,
        })
      : t('quotes.headingView');
  return (
    <section className="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">
        {heading} <span className="quotes__count">({n(content.total)})</span>
      </h2>
      {content.label && onClearLabel && (
        <p>
          <button type="button" className="link-button" onClick={onClearLabel}>
            {t('quotes.backToView')}
          </button>
        </p>
      )}
      <div className="quotes__list" ref={listRef}>
        {content.quotes.length === 0 ? (
          <p className="quotes__empty">
            {content.mode === 'event' ? t('quotes.emptyEvent') : t('quotes.emptyView')}
          </p>
        ) : (
          cards.map((q) => (
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
            {t('quotes.more', { shown: content.quotes.length, total: content.total })}
          </p>
        )}
      </div>
    </section>
  );
}

/** Re-renders only when its props change: a filter toggle repaints the chart before the cards. */
export const QuotePanel = memo(QuotePanelView);
