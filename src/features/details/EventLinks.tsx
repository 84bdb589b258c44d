import { useMemo } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import { useI18n } from '../../i18n/useI18n';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { formatEventDate } from '../../lib/formatDate';
import { groupLinks, linkIndexOf, linkLabelKey } from '../../lib/links';

/**
 * An event's links, both ways ("Responds to: …", "Answered by: …"): each other event is a
 * button that selects it and brings it into view. A screen reader hears the kind and the
 * target in the button's name; a link that is the dataset's own reading says so, visibly.
 */
export function EventLinks({
  data,
  eventId,
  lang,
  onSelectEvent,
}: {
  data: LoadedDataset;
  eventId: string;
  lang: string;
  onSelectEvent: (eventId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const store = useTimelineStoreApi();
  const groups = useMemo(
    () => groupLinks(linkIndexOf(data.dataset.links).get(eventId) ?? []),
    [data, eventId],
  );
  if (groups.length === 0) return null;
  const go = (id: string) => {
    onSelectEvent(id);
    // The panel now shows the other event: keep keyboard focus with it.
    requestAnimationFrame(() => document.getElementById('details-heading')?.focus());
  };
  return (
    <section className="details__links" aria-labelledby="details-links-heading">
      <h3 id="details-links-heading">{t('details.links')}</h3>
      <button
        type="button"
        className="details__thread"
        onClick={() => {
          store.getState().setChoice('thread', eventId);
          requestAnimationFrame(() => document.getElementById('thread-heading')?.focus());
        }}
      >
        {t('thread.follow')}
      </button>
      <dl>
        {groups.map((g) => {
          const label = t(linkLabelKey(g.kind, g.direction));
          return (
            <div key={`${g.kind}-${g.direction}`} className="details__link-group">
              <dt>{label}</dt>
              {g.ends.map((end) => {
                const other = data.eventsById.get(end.otherId);
                if (!other) return null;
                const date = formatEventDate(other, i18n);
                const reading = end.link.reading === true ? `, ${t('links.reading')}` : '';
                const outlets = end.link.sources
                  .map((s) => data.sourcesById.get(s)?.outlet)
                  .filter((x): x is string => x !== undefined);
                return (
                  <dd key={end.index} className="details__link" data-link-kind={g.kind}>
                    <button
                      type="button"
                      className="link-button details__link-target"
                      data-event-id={other.id}
                      aria-label={`${label}: ${other.title} (${date})${reading}`}
                      onClick={() => go(other.id)}
                    >
                      <span lang={lang}>{other.title}</span>
                      <span className="details__link-date"> ({date})</span>
                      {reading && <span className="details__link-reading">{reading}</span>}
                    </button>
                    <span className="details__link-note" lang={lang}>
                      {end.link.note}
                    </span>
                    {outlets.length > 0 && (
                      <span className="details__link-sources">
                        {t('links.sources', { list: [...new Set(outlets)].join('; ') })}
                      </span>
                    )}
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
