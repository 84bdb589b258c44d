import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { ThemeSwatch } from '../../components/ThemeSwatch';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';

/** One native checkbox per theme, named by the theme's label, with its event count. */
export function ThemeFilter({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const { filter, dim } = useTimelineStore(
    useShallow((s) => ({ filter: s.themeFilter, dim: s.dimFiltered })),
  );
  const themes = data.dataset.themes;
  const allIds = themes.map((t) => t.id);
  const activeCount = filter === null ? themes.length : filter.length;

  return (
    <fieldset className="theme-filter">
      <legend>
        Themes{' '}
        <span className="theme-filter__summary">
          ({activeCount} of {themes.length} shown)
        </span>
      </legend>
      <ul className="theme-filter__list">
        {themes.map((t) => {
          const checked = filter === null || filter.includes(t.id);
          const inputId = `theme-toggle-${allIds.indexOf(t.id)}`;
          const count = data.themeCounts.get(t.id) ?? 0;
          return (
            <li key={t.id} className={checked ? 'theme-filter__item is-on' : 'theme-filter__item'}>
              <input
                id={inputId}
                type="checkbox"
                checked={checked}
                aria-describedby={`${inputId}-count`}
                onChange={() => store.getState().toggleTheme(t.id, allIds)}
              />
              <label htmlFor={inputId} title={t.description}>
                <ThemeSwatch theme={t} />
                {t.label}
              </label>
              <span className="theme-filter__count" id={`${inputId}-count`}>
                {count} {count === 1 ? 'event' : 'events'}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="theme-filter__actions">
        <button
          type="button"
          onClick={() => store.getState().showAllThemes()}
          aria-label="Show all themes"
        >
          All
        </button>
        <button
          type="button"
          onClick={() => store.getState().showNoThemes()}
          aria-label="Show no themes"
        >
          None
        </button>
        <label className="theme-filter__dim">
          <input
            type="checkbox"
            checked={dim}
            onChange={(e) => store.getState().setDimFiltered(e.target.checked)}
          />
          Dim filtered-out events instead of hiding them
        </label>
      </div>
    </fieldset>
  );
}
