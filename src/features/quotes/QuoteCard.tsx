import type { MouseEvent } from 'react';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { SourceLink } from '../../components/SourceLink';
import { formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { STANCE_LABEL, STANCE_SYMBOL } from './stance';

interface QuoteCardProps {
  quote: Quote;
  event: DatedEvent | undefined;
  source: Source | undefined;
  language: string | undefined;
  linked: boolean;
  spotlight?: boolean;
  onSelectEvent: (eventId: string) => void;
}

/** `article > blockquote + cite`: the words, who said them, where and when, and the source. */
export function QuoteCard({
  quote,
  event,
  source,
  language,
  linked,
  spotlight = false,
  onSelectEvent,
}: QuoteCardProps) {
  const date =
    quote.date !== undefined
      ? formatDateLabel(parsePartialDate(quote.date), null, quote.dateCertainty ?? 'exact')
      : event
        ? formatEventDate(event)
        : null;
  const headingId = `quote-${quote.id}-speaker`;
  // The whole card selects its event on click; the button gives keyboard users the same.
  const onCardClick = (e: MouseEvent<HTMLElement>) => {
    if ((e.target as Element).closest('a, button')) return;
    onSelectEvent(quote.eventId);
  };
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the card's button is the keyboard equivalent
    <article
      className={`quote-card stance-${quote.stance}${linked ? ' is-linked' : ''}${spotlight ? ' is-spotlight' : ''}`}
      data-quote-id={quote.id}
      aria-labelledby={headingId}
      onClick={onCardClick}
    >
      <blockquote lang={language} cite={source?.url}>
        {quote.text.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </blockquote>
      <p className="quote-card__by" id={headingId}>
        <span aria-hidden="true">— </span>
        <cite className="quote-card__speaker">{quote.speaker}</cite>
        {quote.speakerRole && <span className="quote-card__role">, {quote.speakerRole}</span>}
      </p>
      <p className="quote-card__when">
        {date}
        {quote.setting && <span> · {quote.setting}</span>}
      </p>
      {quote.dateNote && <p className="quote-card__note">Date: {quote.dateNote}</p>}
      <p className="quote-card__stance">
        <span className="stance-badge">
          <span aria-hidden="true">{STANCE_SYMBOL[quote.stance]} </span>
          Stance: {STANCE_LABEL[quote.stance]}
        </span>
      </p>
      {quote.note && <p className="quote-card__note">Note: {quote.note}</p>}
      <p className="quote-card__event">
        <button type="button" className="link-button" onClick={() => onSelectEvent(quote.eventId)}>
          Show event on timeline: {event?.title ?? quote.eventId}
        </button>
      </p>
      <p className="quote-card__source">
        Source: {source ? <SourceLink source={source} /> : quote.sourceId}
      </p>
    </article>
  );
}
