import type { DatasetProblem } from '../domain/types';
import { useI18n } from '../i18n/useI18n';
import './datasetStatus.css';

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
