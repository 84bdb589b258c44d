import { useMemo } from 'react';
import { Presentation } from 'lucide-react';
import type { LoadedDataset } from '../../domain/indexes';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import { formatEventDate } from '../../lib/formatDate';
import { linkLabelKey } from '../../lib/links';
import { buildThread } from '../../lib/thread';
import { tourFromThread } from '../../lib/threadTour';
import type { Tour } from '../../lib/tours';
import { paddedBounds } from '../../lib/viewport';
import './thread.css';

/**
 * A thread in order: each event of the path an event's links make through the years, with
 * the links that join it (their notes, in our words) and its first quote, verbatim. Each
 * title selects its event. The thread is in the URL (`thread=<event id>`).
 */
export function ThreadView({
  data,
  eventId,
  onSelectEvent,
  onClose,
  onPresentTour,
}: {
  data: LoadedDataset;
  eventId: string;
  onSelectEvent: (eventId: string) => void;
  onClose: () => void;
  /** Saves the thread's tour among the reader's own and presents it; absent: no button. */
  onPresentTour?: ((tour: Tour) => void) | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const steps = useMemo(
    () => buildThread(eventId, data.dataset.links, (id) => data.eventsById.get(id)?.startMs),
    [eventId, data],
  );
  const start = data.eventsById.get(eventId);
  if (!start) return null;
  const first = data.eventsById.get(steps[0]?.eventId ?? eventId) ?? start;
  const last = data.eventsById.get(steps.at(-1)?.eventId ?? eventId) ?? start;
  const presentTour = () => {
    const tour = tourFromThread(steps, data.eventsById, i18n, {
      id: `thread-${eventId}`,
      title: t('thread.tourTitle', { title: start.title }),
      bounds: paddedBounds(data.span),
    });
    if (tour) onPresentTour?.(tour);
  };
  return (
    <section className="thread" aria-labelledby="thread-heading">
      <div className="thread__header">
        <h2 id="thread-heading" tabIndex={-1}>
          {t('thread.heading', { title: start.title })}
        </h2>
        <button type="button" onClick={onClose}>
          {t('thread.close')}
        </button>
      </div>
      <p className="thread__summary">
        {t('thread.steps', {
          count: steps.length,
          from: String(first.startDate.year),
          to: String(last.startDate.year),
        })}
      </p>
      {onPresentTour && steps.length > 0 && (
        <p className="thread__actions">
          <button type="button" onClick={presentTour}>
            <Presentation size={18} aria-hidden="true" />
            {t('thread.toTour')}
          </button>
        </p>
      )}
      <ol className="thread__steps">
        {steps.map((step) => {
          const e = data.eventsById.get(step.eventId);
          if (!e) return null;
          const quote = data.quotesByEventId.get(e.id)?.[0];
          const isStart = e.id === eventId;
          return (
            <li key={e.id} className={isStart ? 'thread__step is-start' : 'thread__step'}>
              <p className="thread__date">{formatEventDate(e, i18n)}</p>
              <button
                type="button"
                className="link-button thread__title"
                aria-current={isStart ? 'true' : undefined}
                onClick={() => onSelectEvent(e.id)}
              >
                <span lang={lang}>{e.title}</span>
              </button>
              {isStart && <span className="thread__start">, {t('thread.start')}</span>}
              {step.via.map((link, i) => {
                const out = link.from === e.id;
                const other = data.eventsById.get(out ? link.to : link.from);
                return (
                  <p key={i} className="thread__via">
                    <span className="thread__kind">
                      {t(linkLabelKey(link.kind, out ? 'out' : 'in'))}
                    </span>{' '}
                    <span lang={lang}>{other?.title}</span>
                    {link.reading === true && <em>, {t('links.reading')}</em>}
                    {': '}
                    <span lang={lang}>{link.note}</span>
                  </p>
                );
              })}
              {quote && (
                <blockquote className="thread__quote" lang={lang}>
                  <p>“{quote.text}”</p>
                  <footer>— {quote.speaker}</footer>
                </blockquote>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
