import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/i18n';

interface Props {
  /** What failed, for the message: "The timeline", "The quote panel"… */
  label: string;
  children: ReactNode;
  /** Shown instead of the message (for parts never seen on screen, such as print-only ones). */
  fallback?: ReactNode;
}

interface State {
  error: Error | null;
}

/** A failure in one panel shows a contained message with a way to recover, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      if (this.props.fallback !== undefined) return this.props.fallback;
      return (
        <div className="status status--error panel-error" role="alert">
          <p>
            <strong>{t('error.panel', { panel: this.props.label })}</strong>{' '}
            {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t('error.tryAgain')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
