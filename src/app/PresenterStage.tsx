import type { LoadedDataset } from '../domain/indexes';
import { featuredQuoteId } from '../lib/tours';
import { contentLangOf } from '../i18n/locales';
import { Stage } from '../features/presenter/Stage';
import { StageQuote } from '../features/presenter/StageQuote';
import type { PresenterState } from '../features/presenter/usePresenter';
import { TimelineChart } from '../features/timeline/TimelineChart';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useI18n } from '../i18n/useI18n';

/** The stage of a tour being presented: the stop's chart and its featured quote, as a slide. */
export function PresenterStage({
  data,
  presenter,
}: {
  data: LoadedDataset;
  presenter: PresenterState;
}) {
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const quoteId = featuredQuoteId(presenter.view, data.quotesByEventId);
  const quote = quoteId === null ? undefined : data.quotesById.get(quoteId);
  return (
    <Stage
      presenter={presenter}
      data={data}
      lang={lang}
      chart={
        <ErrorBoundary label={t('panel.timeline')}>
          <TimelineChart data={data} variant="stage" />
        </ErrorBoundary>
      }
      quote={
        quote ? (
          <StageQuote quote={quote} source={data.sourcesById.get(quote.sourceId)} lang={lang} />
        ) : null
      }
    />
  );
}
