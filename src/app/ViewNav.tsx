import type { ViewName } from '../store/createTimelineStore';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';

const VIEWS: readonly { view: ViewName; label: string }[] = [
  { view: 'chart', label: 'Timeline' },
  { view: 'table', label: 'Table' },
  { view: 'sources', label: 'Sources' },
  { view: 'glossary', label: 'Glossary' },
  { view: 'compare', label: 'Compare' },
  { view: 'people', label: 'People' },
];

/** Chart, table (an equal alternative to the chart), sources and glossary; kept in the URL. */
export function ViewNav() {
  const store = useTimelineStoreApi();
  const view = useTimelineStore((s) => s.view);
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
        {VIEWS.map((v) => (
          <li key={v.view}>
            <button
              type="button"
              aria-current={v.view === view ? 'page' : undefined}
              onClick={() => store.getState().setView(v.view)}
            >
              {v.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
