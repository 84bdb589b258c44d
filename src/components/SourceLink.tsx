import { useI18n } from '../i18n/useI18n';
import type { Source } from '../domain/types';
import { parsePartialDate } from '../domain/dates';
import { formatDateLabel } from '../lib/formatDate';
import { safeHref } from '../lib/safeHref';

/** "Outlet, “Title” (Author, 9 July 2008)" — a link only when the URL is http(s). */
export function SourceLink({ source, lang }: { source: Source; lang: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const date =
    source.date !== undefined
      ? formatDateLabel(parsePartialDate(source.date), null, source.dateCertainty ?? 'exact', i18n)
      : null;
  const meta = [source.author, date].filter((x): x is string => Boolean(x)).join(', ');
  const href = source.url === undefined ? null : safeHref(source.url);
  const title = `“${source.title}”`;
  return (
    <span className="source">
      <span lang={lang}>{source.outlet}</span>,{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          <span lang={lang}>{title}</span>
          <span className="visually-hidden">{t('source.newTab')}</span>
        </a>
      ) : (
        <span lang={lang}>{title}</span>
      )}
      {meta && ` (${meta})`}
    </span>
  );
}
