import { memo, type MouseEvent, useId, useState } from 'react';
import type { DatedEvent, Quote, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { SourceLink } from '../../components/SourceLink';
import { CiteButton } from '../../components/CiteButton';
import { NoteSlot } from '../../components/notes/NoteSlot';
import { ResearchNotes } from '../../components/ResearchNotes';
import { GlossaryText } from '../../components/GlossaryText';
import type { GlossaryProp } from '../../components/glossaryProp';
import { markGlossaryTerms } from '../../lib/glossaryMatch';
import { describePrecision, formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { STANCE_LABEL_KEY, STANCE_SYMBOL } from './stance';
import { useI18n } from '../../i18n/useI18n';
import type { Translator } from '../../i18n/i18n';
import { contentLangOf } from '../../i18n/locales';
import { rich } from '../../i18n/rich';
import './quotes.css';

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
function whenOf(quote: Quote, event: DatedEvent | undefined, i18n: Translator): When | null {
  if (quote.date !== undefined) {
    const d = parsePartialDate(quote.date);
    const certainty = quote.dateCertainty ?? 'exact';
    return {
      label: formatDateLabel(d, null, certainty, i18n),
      precision: describePrecision(d, certainty, i18n),
      uncertain: certainty !== 'exact',
      note: quote.dateNote,
      fromEvent: false,
    };
  }
  if (!event) return null;
  const certainty = event.dateCertainty ?? 'exact';
  return {
    label: formatEventDate(event, i18n),
    precision: describePrecision(event.startDate, certainty, i18n),
    uncertain: certainty !== 'exact',
    note: quote.dateNote ?? event.dateNote,
    fromEvent: true,
  };
}

/** The "Context" disclosure: the surrounding passage in our words, who, where and when. */
function QuoteContext({
  quote,
  event,
  lang,
}: {
  quote: Quote;
  event: DatedEvent | undefined;
  lang: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [open, setOpen] = useState(false);
  const when = whenOf(quote, event, i18n);
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
        {t('quote.context')}
      </button>
      {open && (
        <div id={id} className="quote-context__body">
          {quote.context ? (
            <p className="quote-context__summary">
              <span className="quote-context__label">{t('quote.inOurWords')}</span>
              <span lang={lang}>{quote.context}</span>
            </p>
          ) : (
            <p className="quote-context__summary">{t('quote.noContext')}</p>
          )}
          <dl className="quote-context__facts">
            <dt>{t('quote.who')}</dt>
            <dd lang={lang}>
              {quote.speaker}
              {quote.speakerRole && `, ${quote.speakerRole}`}
            </dd>
            <dt>{t('quote.where')}</dt>
            <dd>
              {quote.setting !== undefined ? (
                <span lang={lang}>{quote.setting}</span>
              ) : event?.location ? (
                t('quote.eventPlace', { place: event.location })
              ) : (
                t('quote.notRecorded')
              )}
            </dd>
            <dt>{t('quote.when')}</dt>
            <dd>
              {when === null ? (
                t('quote.notRecorded')
              ) : (
                <>
                  {when.label} <span className="quote-context__precision">({when.precision})</span>
                  {when.fromEvent && (
                    <span className="quote-context__aside">{t('quote.eventDate')}</span>
                  )}
                  {when.uncertain && ' '}
                  {when.uncertain && (
                    <span className="quote-context__date-note">
                      {t('quote.howKnown')}
                      {when.note !== undefined ? (
                        <span lang={lang}>{when.note}</span>
                      ) : (
                        t('quote.noDateNote')
                      )}
                    </span>
                  )}
                </>
              )}
            </dd>
            {quote.note && (
              <>
                <dt>{t('quote.note')}</dt>
                <dd lang={lang}>{quote.note}</dd>
              </>
            )}
          </dl>
          <ResearchNotes refs={quote.researchRefs} lang={lang} />
        </div>
      )}
    </div>
  );
}

/** `article > blockquote + cite`: the words, who said them, where and when, and the source. */
function QuoteCardView({
  quote,
  event,
  source,
  language,
  linked,
  spotlight = false,
  glossary,
  onSelectEvent,
}: QuoteCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(language);
  const date =
    quote.date !== undefined
      ? formatDateLabel(parsePartialDate(quote.date), null, quote.dateCertainty ?? 'exact', i18n)
      : event
        ? formatEventDate(event, i18n)
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
      <blockquote lang={lang} cite={source?.url}>
        <QuoteText text={quote.text} glossary={glossary} />
      </blockquote>
      <p className="quote-card__by" id={headingId}>
        <span aria-hidden="true">— </span>
        <cite className="quote-card__speaker" lang={lang}>
          {quote.speaker}
        </cite>
        {quote.speakerRole && (
          <span className="quote-card__role" lang={lang}>
            , {quote.speakerRole}
          </span>
        )}
      </p>
      <p className="quote-card__when">
        {date}
        {quote.setting && <span lang={lang}> · {quote.setting}</span>}
      </p>
      {quote.dateNote && (
        <p className="quote-card__note">{t('quote.dateNote', { note: quote.dateNote })}</p>
      )}
      <p className="quote-card__stance">
        <span className="stance-badge">
          <span aria-hidden="true">{STANCE_SYMBOL[quote.stance]} </span>
          {t('quote.stance', { stance: t(STANCE_LABEL_KEY[quote.stance]) })}
        </span>
      </p>
      {quote.note && (
        <p className="quote-card__note">{t('quote.noteLine', { note: quote.note })}</p>
      )}
      <QuoteContext quote={quote} event={event} lang={lang} />
      <NoteSlot target={{ kind: 'quote', id: quote.id }} />
      <p className="quote-card__event">
        <button type="button" className="link-button" onClick={() => onSelectEvent(quote.eventId)}>
          {rich(t('quote.showEvent', { title: '{title}' }), {
            title: <span lang={lang}>{event?.title ?? quote.eventId}</span>,
          })}
        </button>
      </p>
      <p className="quote-card__source">
        {t('quote.source')}
        {source ? <SourceLink source={source} lang={lang} /> : quote.sourceId}
      </p>
      {source && source.id === quote.sourceId && (
        <CiteButton label={t('quote.cite')} sources={[source]} />
      )}
    </article>
  );
}

/** A card re-renders only when its own quote, event, source or state changes. */
export const QuoteCard = memo(QuoteCardView);
