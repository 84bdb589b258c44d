import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { ThemeSwatch } from '../../components/ThemeSwatch';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

/** One native checkbox per theme, named by the theme's label, with its event count. */
export function ThemeFilter({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const { filter, dim } = useTimelineStore(
    useShallow((s) => ({ filter: s.themeFilter, dim: s.dimFiltered })),
  );
  const themes = data.dataset.themes;
  const allIds = themes.map((t) => t.id);
  const activeCount = filter === null ? themes.length : filter.length;

  return (
    <fieldset className="theme-filter">
      <legend>
        {t('filter.legend')}{' '}
        <span className="theme-filter__summary">
          {t('filter.summary', { active: activeCount, total: themes.length })}
        </span>
      </legend>
      <ul className="theme-filter__list">
        {themes.map((theme) => {
          const checked = filter === null || filter.includes(theme.id);
          const inputId = `theme-toggle-${allIds.indexOf(theme.id)}`;
          const count = data.themeCounts.get(theme.id) ?? 0;
          return (
            <li
              key={theme.id}
              className={checked ? 'theme-filter__item is-on' : 'theme-filter__item'}
            >
              <input
                id={inputId}
                type="checkbox"
                checked={checked}
                aria-describedby={`${inputId}-count`}
                onChange={() => store.getState().toggleTheme(theme.id, allIds)}
              />
              <label htmlFor={inputId} title={theme.description} lang={lang}>
                <ThemeSwatch theme={theme} />
                {theme.label}
              </label>
              <span className="theme-filter__count" id={`${inputId}-count`}>
                {t('filter.count', { count })}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="theme-filter__actions">
        <button
          type="button"
          onClick={() => store.getState().showAllThemes()}
          aria-label={t('filter.allLabel')}
        >
          {t('filter.all')}
        </button>
        <button
          type="button"
          onClick={() => store.getState().showNoThemes()}
          aria-label={t('filter.noneLabel')}
        >
          {t('filter.none')}
        </button>
        <label className="theme-filter__dim">
          <input
            type="checkbox"
            checked={dim}
            onChange={(e) => store.getState().setDimFiltered(e.target.checked)}
          />
          {t('filter.dim')}
        </label>
      </div>
    </fieldset>
  );
}
