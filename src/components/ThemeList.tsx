import type { Theme } from '../domain/types';
import { ThemeSwatch } from './ThemeSwatch';

/** An event's themes, each with its swatch (shape and colour) and label. */
export function ThemeList({
  themeIds,
  themesById,
  className,
}: {
  themeIds: readonly string[];
  themesById: ReadonlyMap<string, Theme>;
  className: string;
}) {
  return (
    <ul className={className}>
      {themeIds.map((id) => {
        const theme = themesById.get(id);
        return theme ? (
          <li key={id}>
            <ThemeSwatch theme={theme} /> {theme.label}
          </li>
        ) : null;
      })}
    </ul>
  );
}
