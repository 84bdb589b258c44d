import type { DatasetProblem } from '../../domain/types';
import { ProblemList } from '../../components/DatasetStatus';
import { PHASE_KEY, useLoadProgress } from '../../queries/loadProgress';
import { useI18n } from '../../i18n/useI18n';
import type { ImportApi } from './useImport';

/**
 * What an import is doing and how it went, in a card under the app bar: progress while it
 * reads, then "Loaded …" or the full report of a file that was not loaded (nothing on screen
 * changed), each with a Dismiss button.
 */
export function ImportStatus({ api }: { api: ImportApi }) {
  const { t } = useI18n();
  const progress = useLoadProgress();
  const { busy, report, dragging } = api;
  return (
    <>
      {busy && (
        <p className="import-status import-status--progress" role="status">
          {progress
            ? progress.fraction !== null
              ? t('import.progressPercent', {
                  phase: t(`import.phase.${PHASE_KEY[progress.phase]}`),
                  percent: Math.round(progress.fraction * 100),
                })
              : t('import.progress', { phase: t(`import.phase.${PHASE_KEY[progress.phase]}`) })
            : t('import.reading')}
        </p>
      )}
      {report?.kind === 'failed' && (
        <div className="import-status import-status--failed" role="alert">
          <h2 className="import-status__heading">{t('import.notLoaded', { name: report.name })}</h2>
          <p>
            {t('import.unchanged', { message: report.message })}{' '}
            <button type="button" className="link-button" onClick={api.dismiss}>
              {t('import.dismiss')}
            </button>
          </p>
          <ReportGroups problems={report.problems} />
        </div>
      )}
      {report?.kind === 'loaded' && (
        <div className="import-status" role="status">
          <p>
            {report.warnings.length > 0
              ? t('import.loadedWarnings', { name: report.name, count: report.warnings.length })
              : t('import.loaded', { name: report.name })}{' '}
            <button type="button" className="link-button" onClick={api.dismiss}>
              {t('import.dismiss')}
            </button>
          </p>
          {report.warnings.length > 0 && <ProblemList problems={report.warnings} />}
        </div>
      )}
      {dragging && (
        <div className="import-drop" aria-hidden="true">
          {t('import.drop')}
        </div>
      )}
    </>
  );
}

function ReportGroups({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <>
          <h3>{t('import.errors', { count: errors.length })}</h3>
          <ProblemList problems={errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>{t('import.warnings', { count: warnings.length })}</h3>
          <ProblemList problems={warnings} />
        </>
      )}
    </>
  );
}
