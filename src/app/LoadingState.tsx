import { PHASE_KEY, useLoadProgress } from '../queries/loadProgress';
import { useI18n } from '../i18n/useI18n';

/** The dataset is loading: what is happening now and, when known, how far along it is. */
export function LoadingState() {
  const progress = useLoadProgress();
  const { t } = useI18n();
  const percent =
    progress?.fraction !== null && progress?.fraction !== undefined
      ? Math.round(progress.fraction * 100)
      : null;
  return (
    <div className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{progress ? t(`status.phase.${PHASE_KEY[progress.phase]}`) : t('status.loading')}</span>
      {percent !== null && (
        <progress max={100} value={percent} aria-label={t('status.progress')}>
          {percent} %
        </progress>
      )}
    </div>
  );
}
