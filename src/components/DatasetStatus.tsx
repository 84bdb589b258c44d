import type { DatasetProblem } from '../domain/types';
import { PHASE_KEY, useLoadProgress } from '../queries/loadProgress';
import { useI18n } from '../i18n/useI18n';
import './datasetStatus.css';

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

export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useI18n();
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`}>
          <span className="problem__severity">
            {p.severity === 'error' ? t('problem.error') : t('problem.warning')}
          </span>{' '}
          <code className="problem__path">{p.path}</code>:{' '}
          {/* Diagnostics from the validator and importers are English: say so to screen readers. */}
          <span lang={p.localized === true ? undefined : 'en'}>{p.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function ErrorState({
  title,
  problems,
  onRetry,
  onBuiltIn,
}: {
  title: string;
  problems: readonly DatasetProblem[];
  onRetry: () => void;
  onBuiltIn: (() => void) | null;
}) {
  const { t } = useI18n();
  return (
    <div className="status status--error" role="alert">
      <h2>{t('status.errorHeading')}</h2>
      <p>{title}</p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <p className="status__actions">
        <button type="button" onClick={onRetry}>
          {t('error.tryAgain')}
        </button>
        {onBuiltIn !== null && (
          <button type="button" onClick={onBuiltIn}>
            {t('status.openBuiltIn')}
          </button>
        )}
      </p>
    </div>
  );
}
