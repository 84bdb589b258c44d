import type { DatasetProblem } from '../domain/types';

export function LoadingState() {
  return (
    <div className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading the timeline…
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
  builtInHref,
}: {
  title: string;
  problems: readonly DatasetProblem[];
  onRetry: () => void;
  builtInHref: string | null;
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
        {builtInHref !== null && <a href={builtInHref}>Open the built-in WPC timeline</a>}
      </p>
    </div>
  );
}
