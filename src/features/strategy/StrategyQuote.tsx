import { parsePartialDate } from '../../domain/dates';
import type { DatedEvent, Quote } from '../../domain/types';
import { formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { STANCE_GLYPH, STANCE_NAME } from '../../lib/stance';

export interface StrategyQuoteProps {
  readonly quote: Quote;
  readonly event: DatedEvent | undefined;
  readonly onSelectEvent: (eventId: string) => void;
}

function quoteDate(quote: Quote, event: DatedEvent | undefined): string {
  if (quote.date !== undefined)
    return formatDateLabel(parsePartialDate(quote.date), null, quote.dateCertainty ?? 'exact');
  return event ? formatEventDate(event) : 'date unknown';
}

/** One quote as a list item: the words, who said them, when, the stance, and a way back. */
export function StrategyQuote({ quote, event, onSelectEvent }: StrategyQuoteProps) {
  return (
    <li className={`strategy-quote stance-${quote.stance}`}>
      <blockquote className="strategy-quote__text">
        {quote.text.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </blockquote>
      <p className="strategy-quote__meta">
        <span className="strategy-quote__speaker">{quote.speaker}</span>
        {quote.speakerRole !== undefined && (
          <span className="strategy-quote__role">, {quote.speakerRole}</span>
        )}
        {' · '}
        <span className="strategy-quote__date">{quoteDate(quote, event)}</span>
        {' · '}
        <span className="stance-badge">
          <span aria-hidden="true">{STANCE_GLYPH[quote.stance]} </span>
          {STANCE_NAME[quote.stance]}
        </span>
      </p>
      <button
        type="button"
        className="strategy-button strategy-button--small"
        onClick={() => onSelectEvent(quote.eventId)}
        aria-label={`Show on timeline: ${event?.title ?? 'this quote’s event'}`}
      >
        Show on timeline
      </button>
    </li>
  );
}
