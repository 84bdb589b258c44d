import type { KeyboardEvent } from 'react';
import { StickyNote } from 'lucide-react';
import type { DatedEvent } from '../../domain/types';
import { formatEventDate } from '../../lib/formatDate';
import { itemsInWindow, type TimeIndex } from '../../lib/timeIndex';
import type { Domain } from '../../lib/viewport';
import { useI18n } from '../../i18n/useI18n';

const LIST_LIMIT = 200;

/**
 * On a phone-width chart: the events in view as a vertical list that fills the chart and
 * scrolls inside it, with the chart's keys and one tab stop. An event the reader has a note on
 * carries the note glyph and the words "My note", as its mark does on the chart.
 */
export function NarrowList({
  shownIndex,
  domain,
  selectedId,
  tabStopId,
  lang,
  noted = null,
  onKeyDown,
  onChoose,
}: {
  shownIndex: TimeIndex<DatedEvent>;
  domain: Domain;
  selectedId: string | null;
  tabStopId: string | null;
  lang: string;
  noted?: ReadonlySet<string> | null;
  onKeyDown: (ev: KeyboardEvent) => void;
  onChoose: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const listed = itemsInWindow(shownIndex, domain[0], domain[1], LIST_LIMIT + 1);
  return (
    <ol
      className="timeline__list"
      role="listbox"
      aria-label={t('chart.listLabel')}
      aria-describedby="timeline-hint"
      onKeyDown={onKeyDown}
      onClick={(ev) => {
        const id =
          ev.target instanceof Element
            ? ev.target.closest('[data-event-id]')?.getAttribute('data-event-id')
            : null;
        if (id) onChoose(id);
      }}
    >
      {listed.slice(0, LIST_LIMIT).map((e) => (
        <li
          key={e.id}
          role="option"
          aria-selected={e.id === selectedId}
          tabIndex={e.id === tabStopId ? 0 : -1}
          data-event-id={e.id}
          className={e.id === selectedId ? 'timeline__item is-selected' : 'timeline__item'}
        >
          <span className="timeline__item-date">{formatEventDate(e, i18n)}</span>{' '}
          <span className="timeline__item-title" lang={lang}>
            {e.title}
          </span>
          {noted?.has(e.id) && (
            <>
              {' '}
              <span className="timeline__item-note">
                <StickyNote size={14} aria-hidden="true" />
                {t('notes.mine')}
              </span>
            </>
          )}
        </li>
      ))}
      {listed.length > LIST_LIMIT && (
        <li role="presentation" className="timeline__item-more">
          {t('chart.moreInPeriod')}
        </li>
      )}
    </ol>
  );
}
