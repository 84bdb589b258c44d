import type { Quote } from '../domain/types';
import { excerpt } from '../lib/excerpt';

export interface QuoteLinkListProps {
  readonly quotes: readonly Quote[];
  /** The language of the dataset's text (the quotes are shown in it). */
  readonly lang: string;
  /** Goes to the quote's event. */
  readonly onSelectEvent: (eventId: string) => void;
  /** What a screen reader hears after the quote: where the button goes ("show its event"). */
  readonly hintFor: (quote: Quote) => string;
  readonly className: string;
  readonly 'aria-label'?: string;
}

/** Quotes as a list of links to their events: "Speaker: “the first words…”". */
export function QuoteLinkList({
  quotes,
  lang,
  onSelectEvent,
  hintFor,
  className,
  'aria-label': label,
}: QuoteLinkListProps) {
  return (
    <ul className={className} aria-label={label}>
      {quotes.map((q) => (
        <li key={q.id}>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onSelectEvent(q.eventId);
            }}
          >
            <span lang={lang}>
              {q.speaker}: “{excerpt(q.text)}”
            </span>
            <span className="visually-hidden">{hintFor(q)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
