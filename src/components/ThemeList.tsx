import type { Theme } from '../domain/types';
import { ThemeSwatch } from './ThemeSwatch';

/** An event's themes, each with its swatch (shape and colour) and label. */
export function ThemeList({
  themeIds,
  themesById,
  className,
  lang,
}: {
  themeIds: readonly string[];
  themesById: ReadonlyMap<string, Theme>;
  className: string;
  /** The dataset's language: theme labels are its words. */
  lang: string;
}) {
  return (
    <ul className={className}>
      {themeIds.map((id) => {
        const theme = themesById.get(id);
        return theme ? (
          <li key={id}>
            <ThemeSwatch theme={theme} /> <span lang={lang}>{theme.label}</span>
          </li>
        ) : null;
      })}
    </ul>
  );
}
