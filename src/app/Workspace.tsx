import type { ReactNode } from 'react';

/**
 * The first screen's frame, shared by the full app and the embed: the theme chips over the
 * main area (the chart, or the table), and the side panel beside it with the details and the
 * quote cards. It fills the rest of the viewport; the panel scrolls inside itself, so reading
 * a quote never scrolls the chart away. Below about 700 px the panel follows the main area.
 */
export function Workspace({
  chips,
  main,
  panel,
  className,
}: {
  chips: ReactNode;
  main: ReactNode;
  panel: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={['workspace', panel ? 'workspace--with-panel' : '', className ?? '']
        .join(' ')
        .trim()}
    >
      {chips !== null && <div className="workspace__chips no-print">{chips}</div>}
      <div className="workspace__main">{main}</div>
      {panel}
    </div>
  );
}
