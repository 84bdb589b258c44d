import { parsePartialDate } from '../../domain/dates';
import type { DatedEvent, Quote } from '../../domain/types';
import { formatDateLabel, formatEventDate } from '../../lib/formatDate';
import { STANCE_GLYPH, STANCE_NAME_KEY } from '../../lib/stance';
import { useI18n } from '../../i18n/useI18n';
import type { Translator } from '../../i18n/i18n';

export interface StrategyQuoteProps {
  readonly quote: Quote;
  readonly event: DatedEvent | undefined;
  readonly onSelectEvent: (eventId: string) => void;
  /** The dataset's language: the quote's words and speaker. */
  readonly lang: string;
}

function quoteDate(quote: Quote, event: DatedEvent | undefined, i18n: Translator): string {
  if (quote.date !== undefined)
    return formatDateLabel(
      parsePartialDate(quote.date),
      null,
      quote.dateCertainty ?? 'exact',
      i18n,
    );
  return event ? formatEventDate(event, i18n) : i18n.t('date.unknown');
}

/** One quote as a list item: the words, who said them, when, the stance, and a way back. */
export function StrategyQuote({ quote, event, onSelectEvent, lang }: StrategyQuoteProps) {
  const i18n = useI18n();
  const { t, lang: uiLang } = i18n;
  return (
    <li className={`strategy-quote stance-${quote.stance}`} lang={uiLang}>
      <blockquote className="strategy-quote__text" lang={lang}>
        {quote.text.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </blockquote>
      <p className="strategy-quote__meta">
        <span className="strategy-quote__speaker" lang={lang}>
          {quote.speaker}
        </span>
        {quote.speakerRole !== undefined && (
          <span className="strategy-quote__role" lang={lang}>
            , {quote.speakerRole}
          </span>
        )}
        {' · '}
        <span className="strategy-quote__date">{quoteDate(quote, event, i18n)}</span>
        {' · '}
        <span className="stance-badge">
          <span aria-hidden="true">{STANCE_GLYPH[quote.stance]} </span>
          {t(STANCE_NAME_KEY[quote.stance])}
        </span>
      </p>
      <button
        type="button"
        className="strategy-button strategy-button--small"
        onClick={() => onSelectEvent(quote.eventId)}
        aria-label={t('strategy.showOnTimelineLabel', {
          title: event?.title ?? t('strategy.thisQuotesEvent'),
        })}
      >
        {t('strategy.showOnTimeline')}
      </button>
    </li>
  );
}
