import { useI18n } from '../i18n/useI18n';
import type { LoadedDataset } from '../domain/indexes';
import { snapshotStatus } from '../lib/snapshotStatus';
import './snapshotStatus.css';

/**
 * "Showing the copy saved on … (2 hours ago): <url> could not be loaded (reason)." over a
 * timeline shown from its offline copy, with "Try again". Loaded only when that happens.
 */
export function SnapshotStatus({
  copy,
  retrying,
  onRetry,
}: {
  copy: NonNullable<LoadedDataset['snapshot']>;
  retrying: boolean;
  onRetry: () => void;
}) {
  const i18n = useI18n();
  return (
    <div className="snapshot-status notice-bar" role="status">
      <p className="snapshot-status__text notice-bar__text">
        {snapshotStatus(i18n, copy, new Date())}
      </p>
      <button
        type="button"
        aria-disabled={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {i18n.t('error.tryAgain')}
      </button>
    </div>
  );
}
