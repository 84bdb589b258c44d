import { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import { ArrowLeft } from 'lucide-react';
import type { LoadedDataset } from '../domain/indexes';
import type { DatedEvent } from '../domain/types';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EventDetails } from '../features/details/EventDetails';
import { QuotePanel } from '../features/quotes/QuotePanel';
import { ThreadView } from '../features/thread/ThreadView';
import type { Tour } from '../lib/tours';
import type { QuotePanelContent } from '../store/selectors';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { useI18n } from '../i18n/useI18n';

type Glossary = ComponentProps<typeof EventDetails>['glossary'];

/**
 * The side panel: the selected event's details and its quote cards, or, with nothing
 * selected, the quotes of the events in view. It scrolls inside itself and starts at the top
 * when the selection changes. On a phone the selected event opens as a full-height sheet
 * with a way back to the list, which keeps its place.
 */
export function SidePanel({
  data,
  selected,
  content,
  spotlightQuoteId = null,
  glossary,
  top,
  onClearLabel,
  onSelectEvent,
  onPresentThreadTour,
}: {
  data: LoadedDataset;
  selected: DatedEvent | null;
  content: QuotePanelContent;
  spotlightQuoteId?: string | null;
  glossary: Glossary;
  /** Shown first (the About card on a first visit). */
  top?: ReactNode;
  onClearLabel?: () => void;
  onSelectEvent: (eventId: string) => void;
  /** The thread's "present as a tour" (absent while the reader's tours are being read). */
  onPresentThreadTour?: ((tour: Tour) => void) | undefined;
}) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const scroller = useRef<HTMLDivElement>(null);
  const selectedId = selected?.id ?? null;
  const thread = useTimelineStore((s) => s.thread);
  const threadId = thread !== null && data.eventsById.has(thread) ? thread : null;

  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = 0;
  }, [selectedId, threadId]);

  const back = () => {
    const id = selectedId;
    store.getState().selectEvent(null);
    // Back in the list: focus the event the reader came from.
    requestAnimationFrame(() => {
      if (id !== null)
        document
          .querySelector<HTMLElement>(`.timeline__list [data-event-id="${CSS.escape(id)}"]`)
          ?.focus();
    });
  };

  return (
    <aside
      className={selected ? 'side-panel side-panel--selected' : 'side-panel'}
      aria-label={t('panel.sideLabel')}
    >
      {selected && (
        <button type="button" className="side-panel__back" onClick={back}>
          <ArrowLeft size={18} aria-hidden="true" />
          {t('panel.backToList')}
        </button>
      )}
      <div className="side-panel__scroll" ref={scroller} data-scroller="">
        {top}
        {threadId !== null && (
          <ErrorBoundary label={t('panel.details')}>
            <ThreadView
              data={data}
              eventId={threadId}
              onSelectEvent={onSelectEvent}
              onClose={() => store.getState().setChoice('thread', null)}
              onPresentTour={onPresentThreadTour}
            />
          </ErrorBoundary>
        )}
        {selected && (
          <ErrorBoundary label={t('panel.details')}>
            <EventDetails
              data={data}
              event={selected}
              glossary={glossary}
              onSelectEvent={onSelectEvent}
            />
          </ErrorBoundary>
        )}
        <ErrorBoundary label={t('panel.quotes')}>
          <QuotePanel
            data={data}
            content={content}
            selectedEventId={selectedId}
            spotlightQuoteId={spotlightQuoteId}
            {...(glossary ? { glossary } : {})}
            {...(onClearLabel ? { onClearLabel } : {})}
            onSelectEvent={onSelectEvent}
          />
        </ErrorBoundary>
      </div>
    </aside>
  );
}
