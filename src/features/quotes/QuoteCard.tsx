import { useId, useState, type MouseEvent } from 'react';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { SourceLink } from '../../components/SourceLink';
import { CiteButton } from '../../components/CiteButton';
import { GlossaryText } from '../../components/GlossaryText';
import type { GlossaryProp } from '../../components/glossaryProp';
import { citeQuote, citeSourceParts } from '../../lib/citations';
import { markGlossaryTerms } from '../../lib/glossaryMatch';
import { describePrecision, formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { STANCE_LABEL, STANCE_SYMBOL } from './stance';

interface QuoteCardProps {
  quote: Quote;
  event: DatedEvent | undefined;
  source: Source | undefined;
  language: string | undefined;
  linked: boolean;
  spotlight?: boolean;
  /** Glossary terms to mark in the quote; without it the words are plain text. */
  glossary?: GlossaryProp | undefined;
  onSelectEvent: (eventId: string) => void;
}

/** The quote's words, paragraph by paragraph; a term is a button only the first time. */
function QuoteText({ text, glossary }: { text: string; glossary: GlossaryProp | undefined }) {
  const paragraphs = text.split(/\n{2,}/);
  if (!glossary) {
    return (
      <>
        {paragraphs.map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </>
    );
  }
  const marked = new Set<string>();
  return (
    <>
      {paragraphs.map((para, i) => {
        const before = new Set(marked);
        for (const seg of markGlossaryTerms(glossary.matcher, para)) {
          if (seg.termId !== undefined) marked.add(seg.termId);
        }
        return (
          <p key={i}>
            <GlossaryText
              text={para}
              matcher={glossary.matcher}
              entries={glossary.entries}
              alreadyMarked={before}
            />
          </p>
        );
      })}
    </>
  );
}

interface When {
  readonly label: string;
  readonly precision: string;
  readonly uncertain: boolean;
  readonly note: string | undefined;
  readonly fromEvent: boolean;
}

/** When the words were said, how precisely that is known, and how. */
function whenOf(quote: Quote, event: DatedEvent | undefined): When | null {
  if (quote.date !== undefined) {
    const d = parsePartialDate(quote.date);
    const certainty = quote.dateCertainty ?? 'exact';
    return {
      label: formatDateLabel(d, null, certainty),
      precision: describePrecision(d, certainty),
      uncertain: certainty !== 'exact',
      note: quote.dateNote,
      fromEvent: false,
    };
  }
  if (!event) return null;
  const certainty = event.dateCertainty ?? 'exact';
  return {
    label: formatEventDate(event),
    precision: describePrecision(event.startDate, certainty),
    uncertain: certainty !== 'exact',
    note: quote.dateNote ?? event.dateNote,
    fromEvent: true,
  };
}

/** The "Context" disclosure: the surrounding passage in our words, who, where and when. */
function QuoteContext({ quote, event }: { quote: Quote; event: DatedEvent | undefined }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const when = whenOf(quote, event);
  return (
    <div className="quote-context">
      <button
        type="button"
        className="quote-context__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        Context
      </button>
      {open && (
        <div id={id} className="quote-context__body">
          {quote.context ? (
            <p className="quote-context__summary">
              <span className="quote-context__label">In our words: </span>
              {quote.context}
            </p>
          ) : (
            <p className="quote-context__summary">
              No summary of the surrounding passage is recorded; the source has it in full.
            </p>
          )}
          <dl className="quote-context__facts">
            <dt>Who</dt>
            <dd>
              {quote.speaker}
              {quote.speakerRole && `, ${quote.speakerRole}`}
            </dd>
            <dt>Where</dt>
            <dd>
              {quote.setting ??
                (event?.location
                  ? `${event.location} (where the event took place)`
                  : 'Not recorded')}
            </dd>
            <dt>When</dt>
            <dd>
              {when === null ? (
                'Not recorded'
              ) : (
                <>
                  {when.label} <span className="quote-context__precision">({when.precision})</span>
                  {when.fromEvent && (
                    <span className="quote-context__aside"> — the date of the event</span>
                  )}
                  {when.uncertain && ' '}
                  {when.uncertain && (
                    <span className="quote-context__date-note">
                      How the date is known:{' '}
                      {when.note ?? 'the date is approximate and no note says how it is known.'}
                    </span>
                  )}
                </>
              )}
            </dd>
            {quote.note && (
              <>
                <dt>Note</dt>
                <dd>{quote.note}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </div>
  );
}

/** `article > blockquote + cite`: the words, who said them, where and when, and the source. */
export function QuoteCard({
  quote,
  event,
  source,
  language,
  linked,
  spotlight = false,
  glossary,
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
  // Controls, the Cite panel and glossary definitions are left to themselves.
  const onCardClick = (e: MouseEvent<HTMLElement>) => {
    if ((e.target as Element).closest('a, button, textarea, .cite, [role="tooltip"]')) return;
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
        <QuoteText text={quote.text} glossary={glossary} />
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
      <QuoteContext quote={quote} event={event} />
      <p className="quote-card__event">
        <button type="button" className="link-button" onClick={() => onSelectEvent(quote.eventId)}>
          Show event on timeline: {event?.title ?? quote.eventId}
        </button>
      </p>
      <p className="quote-card__source">
        Source: {source ? <SourceLink source={source} /> : quote.sourceId}
      </p>
      {source && source.id === quote.sourceId && (
        <CiteButton
          label="Cite this quote"
          citations={(style) => citeQuote(quote, source, style)}
          richCitations={(style) => [citeSourceParts(source, style)]}
        />
      )}
    </article>
  );
}
