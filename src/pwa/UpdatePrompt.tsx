import { useState, useSyncExternalStore } from 'react';
import {
  applyUpdate,
  dismissUpdate,
  getSwUpdateSnapshot,
  subscribeSwUpdate,
} from './swUpdateState';
import './updatePrompt.css';
import { useI18n } from '../i18n/useI18n';

/**
 * "A new version of the timeline is available." with Reload / Later, when a new service
 * worker waits. The status region is always in the page (empty until then), so screen
 * readers announce the banner when it appears. Mount it once, at the top of the page.
 */
export function UpdatePrompt() {
  const { needRefresh } = useSyncExternalStore(
    subscribeSwUpdate,
    getSwUpdateSnapshot,
    getSwUpdateSnapshot,
  );
  const [reloading, setReloading] = useState(false);
  const { t } = useI18n();
  return (
    <div
      className={needRefresh ? 'update-prompt is-open notice-bar' : 'update-prompt'}
      role="status"
    >
      {needRefresh && (
        <>
          <p className="update-prompt__text notice-bar__text">{t('update.available')}</p>
          <button
            type="button"
            aria-disabled={reloading}
            onClick={() => {
              if (reloading) return;
              setReloading(true);
              void applyUpdate();
            }}
          >
            {reloading ? t('update.reloading') : t('update.reload')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        </>
      )}
    </div>
  );
}
