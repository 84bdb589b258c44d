import type { Source } from '../domain/types';
import { parsePartialDate } from '../domain/dates';
import { formatDateLabel } from '../lib/formatDate';
import { safeHref } from '../lib/safeHref';

/** "Outlet, “Title” (Author, 9 July 2008)" — a link only when the URL is http(s). */
export function SourceLink({ source }: { source: Source }) {
  const date =
    source.date !== undefined
      ? formatDateLabel(parsePartialDate(source.date), null, source.dateCertainty ?? 'exact')
      : null;
  const meta = [source.author, date].filter((x): x is string => Boolean(x)).join(', ');
  const href = source.url === undefined ? null : safeHref(source.url);
  const title = `“${source.title}”`;
  return (
    <span className="source">
      {source.outlet},{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        title
      )}
      {meta && ` (${meta})`}
    </span>
  );
}
