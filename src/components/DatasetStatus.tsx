import type { DatasetProblem } from '../domain/types';
import { PHASE_LABEL, useLoadProgress } from '../queries/loadProgress';

export function LoadingState() {
  const progress = useLoadProgress();
  const percent =
    progress?.fraction !== null && progress?.fraction !== undefined
      ? Math.round(progress.fraction * 100)
      : null;
  return (
    <div className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {progress ? `${PHASE_LABEL[progress.phase]} the timeline…` : 'Loading the timeline…'}
      </span>
      {percent !== null && (
        <progress max={100} value={percent} aria-label="Loading progress">
          {percent} %
        </progress>
      )}
    </div>
  );
}

export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`}>
          <span className="problem__severity">{p.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
          <code className="problem__path">{p.path}</code>: {p.message}
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
  return (
    <div className="status status--error" role="alert">
      <h2>The dataset could not be loaded</h2>
      <p>{title}</p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      <p className="status__actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        {onBuiltIn !== null && (
          <button type="button" onClick={onBuiltIn}>
            Open the built-in WPC timeline
          </button>
        )}
      </p>
    </div>
  );
}
