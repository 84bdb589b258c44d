import { useMemo, useSyncExternalStore } from 'react';
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
} from '../../lib/exportScope';
import { formatSpan } from '../../lib/formatDate';
import { safeHref } from '../../lib/safeHref';
import { useShallow } from 'zustand/react/shallow';
import { useTimelineStore } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import type { Translator } from '../../i18n/i18n';

interface Scope {
  readonly eventCount: number;
  readonly span: string;
  readonly filter: string;
  readonly sourceIds: readonly string[];
}

function computeScope(data: LoadedDataset, choices: ExportChoices, i18n: Translator): Scope {
  const events = selectExportEvents(data, choices);
  return {
    eventCount: events.length,
    span: formatSpan(exportWindow(data, choices), i18n.locale, data.timeScale),
    filter: describeFilter(data, choices, i18n),
    sourceIds: citedSources(data, events).map((s) => s.id),
  };
}

/**
 * Set between `beforeprint` and `afterprint`, tracked from when this module loads: the list
 * itself may mount during `beforeprint` (it mounts when idle, or at once for printing).
 */
let printEventOpen = false;
window.addEventListener('beforeprint', () => {
  printEventOpen = true;
});
window.addEventListener('afterprint', () => {
  printEventOpen = false;
});

function printMedia(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

function isPrinting(): boolean {
  return printEventOpen || (printMedia()?.matches ?? false);
}

function subscribePrinting(onChange: () => void): () => void {
  const media = printMedia();
  // Printing lays the page out right after the event: the list must be in the DOM by then.
  // (The flag itself is set by the listeners above, which were added first.)
  const before = () => {
    flushSync(onChange);
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', onChange);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', onChange);
    media?.removeEventListener('change', onChange);
  };
}

/**
 * The scope of the current view while the page is printed (`beforeprint`, or print media) and
 * null on screen, where the list is hidden: at 100,000 events working it out walks every
 * event and its quotes, which used to follow every filter toggle and zoom.
 */
function usePrintScope(data: LoadedDataset): Scope | null {
  const printing = useSyncExternalStore(subscribePrinting, isPrinting, () => false);
  const choices = useTimelineStore(
    useShallow((s) =>
      printing
        ? {
            themeFilter: s.themeFilter,
            dimFiltered: s.dimFiltered,
            selectedEventId: s.selectedEventId,
            viewport: s.viewport,
          }
        : null,
    ),
  );
  const i18n = useI18n();
  return useMemo(
    () => (choices === null ? null : computeScope(data, choices, i18n)),
    [data, choices, i18n],
  );
}

function Citation({ source }: { source: Source }) {
  const i18n = useI18n();
  const text = formatSourceCitation(source, i18n);
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
  const scope = usePrintScope(data);
  const { t } = useI18n();
  if (scope === null) {
    return (
      <section className="print-sources" aria-labelledby="print-sources-heading" hidden>
        <h2 id="print-sources-heading">{t('print.heading')}</h2>
      </section>
    );
  }
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
