import type { CSSProperties } from 'react';
import { Check } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { ThemeKey } from '../../components/ThemeKey';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';
import './themeFilter.css';

/**
 * The legend that filters: one chip per theme (a native checkbox named by the theme's label,
 * with its glyph, colour, pattern and event count), plus All and None. On a phone the row
 * scrolls sideways.
 */
export function ThemeFilter({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const { t } = useI18n();
  const lang = contentLangOf(data.dataset.language);
  const { filter } = useTimelineStore(useShallow((s) => ({ filter: s.themeFilter })));
  const themes = data.dataset.themes;
  const allIds = themes.map((t) => t.id);
  const activeCount = filter === null ? themes.length : filter.length;

  return (
    <fieldset className="theme-filter">
      <legend className="theme-filter__legend">
        {t('filter.legend')}{' '}
        <span className="theme-filter__summary">
          {t('filter.summary', { active: activeCount, total: themes.length })}
        </span>
      </legend>
      <ul className="theme-filter__list">
        <li className="theme-filter__actions">
          <button
            type="button"
            className="theme-filter__all"
            onClick={() => store.getState().showAllThemes()}
          >
            {t('filter.all')}
          </button>
          <button
            type="button"
            className="theme-filter__none"
            onClick={() => store.getState().showNoThemes()}
          >
            {t('filter.none')}
          </button>
        </li>
        {themes.map((theme) => {
          const checked = filter === null || filter.includes(theme.id);
          const inputId = `theme-toggle-${allIds.indexOf(theme.id)}`;
          const count = data.themeCounts.get(theme.id) ?? 0;
          return (
            <li
              key={theme.id}
              className={checked ? 'theme-chip is-on' : 'theme-chip'}
              style={{ '--chip-color': theme.color } as CSSProperties}
            >
              <input
                id={inputId}
                className="theme-chip__input"
                type="checkbox"
                checked={checked}
                aria-describedby={`${inputId}-count`}
                onChange={() => store.getState().toggleTheme(theme.id, allIds)}
              />
              <label
                htmlFor={inputId}
                className="theme-chip__label"
                title={theme.description ? `${theme.label}: ${theme.description}` : theme.label}
                lang={lang}
              >
                <span className="theme-chip__check" aria-hidden="true">
                  {checked && <Check size={12} strokeWidth={3} />}
                </span>
                <ThemeKey theme={theme} />
                <span className="theme-chip__text">{theme.label}</span>
              </label>
              <span className="theme-chip__count" id={`${inputId}-count`}>
                <span aria-hidden="true">{count}</span>
                <span className="visually-hidden">{t('filter.count', { count })}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
