import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LoadedDataset } from '../../domain/indexes';
import type { Source } from '../../domain/types';
import {
  citedSources,
  describeFilter,
  exportWindow,
  formatSourceCitation,
  selectExportEvents,
  type ExportChoices,
} from '../../lib/exportCsv';
import { formatSpan } from '../../lib/formatDate';
import { safeHref } from '../../lib/safeHref';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';

/** How long the view must rest before the list follows it (never per zoom frame). */
const SETTLE_MS = 200;

interface Scope {
  readonly eventCount: number;
  readonly span: string;
  readonly filter: string;
  readonly sourceIds: readonly string[];
}

function computeScope(data: LoadedDataset, choices: ExportChoices): Scope {
  const events = selectExportEvents(data, choices);
  return {
    eventCount: events.length,
    span: formatSpan(exportWindow(data, choices)),
    filter: describeFilter(data, choices),
    sourceIds: citedSources(data, events).map((s) => s.id),
  };
}

function sameScope(a: Scope, b: Scope): boolean {
  return (
    a.eventCount === b.eventCount &&
    a.span === b.span &&
    a.filter === b.filter &&
    a.sourceIds.join('\n') === b.sourceIds.join('\n')
  );
}

/**
 * The scope of the current view, recomputed once the view has rested (and at once before
 * printing), so that zooming does not re-render this list every frame.
 */
function useSettledScope(data: LoadedDataset): Scope {
  const store = useTimelineStoreApi();
  const [held, setHeld] = useState(() => ({ data, scope: computeScope(data, store.getState()) }));
  if (held.data !== data) setHeld({ data, scope: computeScope(data, store.getState()) });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      const scope = computeScope(data, store.getState());
      setHeld((h) => (h.data === data && sameScope(h.scope, scope) ? h : { data, scope }));
    };
    const unsubscribe = store.subscribe(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(update, SETTLE_MS);
    });
    const beforePrint = () => {
      if (timer !== undefined) clearTimeout(timer);
      flushSync(update);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeprint', beforePrint);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [data, store]);
  return held.scope;
}

function Citation({ source }: { source: Source }) {
  const text = formatSourceCitation(source);
  const href = source.url === undefined ? null : safeHref(source.url);
  if (source.url === undefined || href === null || !text.endsWith(source.url)) return <>{text}</>;
  return (
    <>
      {text.slice(0, text.length - source.url.length)}
      <a href={href}>{source.url}</a>
    </>
  );
}

/**
 * The printed handout's source list: every source cited by the events in view (and by their
 * quotes), numbered, in full, URLs written out. Hidden on screen (the `hidden` attribute),
 * shown by the print stylesheet. Mount it once, at the end of <main>.
 */
export function PrintSources({ data }: { data: LoadedDataset }) {
  const scope = useSettledScope(data);
  const { t } = useI18n();
  const sources = scope.sourceIds.flatMap((id) => data.sourcesById.get(id) ?? []);
  return (
    <section className="print-sources" aria-labelledby="print-sources-heading" hidden>
      <h2 id="print-sources-heading">{t('print.heading')}</h2>
      <p className="print-sources__scope">
        {t('print.scope', { count: scope.eventCount, span: scope.span, filter: scope.filter })}
      </p>
      {sources.length === 0 ? (
        <p>{t('print.none')}</p>
      ) : (
        <ol className="print-sources__list">
          {sources.map((s) => (
            <li key={s.id}>
              <Citation source={s} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
