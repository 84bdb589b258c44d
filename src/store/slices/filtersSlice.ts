import type { SliceCreator } from './sliceCreator';

export interface FiltersActions {
  /** Flips one theme; `allThemeIds` resolves the "all themes" (null) state. */
  toggleTheme: (themeId: string, allThemeIds: readonly string[]) => void;
  setThemeFilter: (filter: readonly string[] | null) => void;
  showAllThemes: () => void;
  showNoThemes: () => void;
  setDimFiltered: (dim: boolean) => void;
}

/** Unique ids; every theme listed is "all themes" (null), so new themes show by default. */
export function normaliseFilter(
  filter: readonly string[] | null,
  allThemeIds?: readonly string[],
): readonly string[] | null {
  if (filter === null) return null;
  const unique = [...new Set(filter)];
  if (allThemeIds && allThemeIds.length > 0 && allThemeIds.every((id) => unique.includes(id))) {
    return null;
  }
  return unique;
}

export const createFiltersSlice: SliceCreator<FiltersActions> = (set) => ({
  toggleTheme: (themeId, allThemeIds) => {
    set((s) => {
      const current = s.themeFilter ?? allThemeIds;
      const next = current.includes(themeId)
        ? current.filter((t) => t !== themeId)
        : [...current, themeId];
      return { themeFilter: normaliseFilter(next, allThemeIds) };
    });
  },
  setThemeFilter: (filter) => {
    set({ themeFilter: normaliseFilter(filter) });
  },
  showAllThemes: () => {
    set({ themeFilter: null });
  },
  showNoThemes: () => {
    set({ themeFilter: [] });
  },
  setDimFiltered: (dimFiltered) => {
    set({ dimFiltered });
  },
});
