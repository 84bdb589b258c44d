import type { ViewName } from '../store/createTimelineStore';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { useI18n } from '../i18n/useI18n';

const VIEWS: readonly ViewName[] = ['chart', 'table', 'sources', 'glossary', 'compare', 'people'];

/** Chart, table (an equal alternative to the chart), sources and glossary; kept in the URL. */
export function ViewNav() {
  const store = useTimelineStoreApi();
  const view = useTimelineStore((s) => s.view);
  const { t } = useI18n();
  return (
    <nav className="view-nav" aria-label={t('views.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <button
              type="button"
              aria-current={v === view ? 'page' : undefined}
              onClick={() => store.getState().setView(v)}
            >
              {t(`views.${v}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
