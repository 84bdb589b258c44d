import type { Quote, Source } from '../../domain/types';
import { SourceLink } from '../../components/SourceLink';
import { useI18n } from '../../i18n/useI18n';

/**
 * The stop's featured quote, set large for the room: the words, who said them (with their
 * role), where, and the source they were copied from.
 */
export function StageQuote({
  quote,
  source,
  lang,
}: {
  quote: Quote;
  source: Source | undefined;
  lang: string;
}) {
  const { t } = useI18n();
  return (
    <figure className="stage-quote is-spotlight" data-quote-id={quote.id}>
      <blockquote className="stage-quote__text" lang={lang}>
        {quote.text.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </blockquote>
      <figcaption className="stage-quote__caption">
        <span className="stage-quote__speaker" lang={lang}>
          — {quote.speaker}
          {quote.speakerRole && `, ${quote.speakerRole}`}
        </span>
        {quote.setting && (
          <span className="stage-quote__setting" lang={lang}>
            {quote.setting}
          </span>
        )}
        <span className="stage-quote__source">
          {t('stage.source')} {source ? <SourceLink source={source} lang={lang} /> : quote.sourceId}
        </span>
      </figcaption>
    </figure>
  );
}
