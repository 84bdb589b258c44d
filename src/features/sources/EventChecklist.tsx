import { memo, useId, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent, Source } from '../../domain/types';
import { parsePartialDate } from '../../domain/dates';
import { formatDateLabel, formatEventDate } from '../../lib/formatDate';
import {
  basisWords,
  checkEventSources,
  describeWhen,
  eventSourceIds,
  groupChecks,
  type GroupBy,
  type SourceCheck,
} from '../../lib/standpoints';
import { rich } from '../../i18n/rich';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

/** Events offered in the picker; a very large dataset lists its first ones in date order. */
const EVENT_LIMIT = 1000;
const GROUP_BYS: readonly GroupBy[] = ['relation', 'timing', 'basis'];

function firstToQuestion(events: readonly DatedEvent[]): DatedEvent | undefined {
  return events.find((e) => eventSourceIds(e).length > 1) ?? events[0];
}

function SourceDateWords({ source }: { source: Source }) {
  const i18n = useI18n();
  if (source.date === undefined) return null;
  let label: string;
  try {
    label = formatDateLabel(
      parsePartialDate(source.date),
      null,
      source.dateCertainty ?? 'exact',
      i18n,
    );
  } catch {
    return null;
  }
  return <> ({label})</>;
}

function CheckCard({
  check,
  data,
  lang,
}: {
  check: SourceCheck;
  data: LoadedDataset;
  lang: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { source } = check;
  const titleOf = (id: string) => data.sourcesById.get(id)?.title ?? id;
  return (
    <li className="checklist__card" data-source-id={source.id}>
      <p className="checklist__title" lang={lang}>
        {source.title}
      </p>
      <dl className="source-entry__facts">
        <dt>{t('checklist.who')}</dt>
        <dd>
          {source.author === undefined ? (
            t('checklist.noAuthor')
          ) : (
            <span lang={lang}>{source.author}</span>
          )}
          {', '}
          <span lang={lang}>{source.outlet}</span>
        </dd>
        <dt>{t('checklist.close')}</dt>
        <dd>{t(`standpoint.relation.${check.relation}`)}</dd>
        <dt>{t('checklist.when')}</dt>
        <dd>
          {describeWhen(check.when, i18n)}
          <SourceDateWords source={source} />
        </dd>
        <dt>{t('checklist.basis')}</dt>
        <dd>
          {basisWords(source, data.sourcesById, i18n)}
          {check.repeatedByOthers && (
            <span className="source-entry__date-note">{t('checklist.repeatedBy')}</span>
          )}
        </dd>
        <dt>{t('checklist.agree')}</dt>
        <dd>
          {check.claims.length === 0
            ? t('checklist.noConflict')
            : check.claims.map((c, i) => (
                <span key={i} className="checklist__claim">
                  {rich(t('checklist.claim', { about: '{about}', claim: '{claim}' }), {
                    about: <span lang={lang}>{c.about}</span>,
                    claim: <span lang={lang}>{c.claim}</span>,
                  })}{' '}
                  <span className="checklist__others">
                    {c.disagreeing.length === 0
                      ? t('checklist.noDisagree')
                      : rich(
                          t('checklist.disagree', {
                            count: c.disagreeing.length,
                            names: '{names}',
                          }),
                          {
                            names: <span lang={lang}>{c.disagreeing.map(titleOf).join('; ')}</span>,
                          },
                        )}
                  </span>
                </span>
              ))}
        </dd>
      </dl>
    </li>
  );
}

/**
 * One event's sources side by side, grouped by who wrote them, how long after, or whether
 * they are first-hand: a checklist for the questions a student asks of every source.
 */
export const EventChecklist = memo(function EventChecklist({
  data,
  selectedEventId,
  onSelectEvent,
}: {
  data: LoadedDataset;
  /** The event selected on the timeline, which the checklist starts with. */
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const lang = contentLangOf(data.dataset.language);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [by, setBy] = useState<GroupBy>('relation');
  const offered = data.events.slice(0, EVENT_LIMIT);
  const event =
    (chosenId === null ? undefined : data.eventsById.get(chosenId)) ??
    (selectedEventId === null ? undefined : data.eventsById.get(selectedEventId)) ??
    firstToQuestion(offered);
  const checks = event ? checkEventSources(event, data.sourcesById) : [];
  const groups = groupChecks(checks, by);
  const groupLabel = (key: string) =>
    by === 'relation'
      ? t(`standpoint.relation.${key as SourceCheck['relation']}`)
      : by === 'timing'
        ? t(`checklist.group.timing.${key as SourceCheck['timing']}`)
        : t(`standpoint.basis.${key as SourceCheck['basis']}`);
  return (
    <section className="checklist" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('checklist.heading')}</h3>
      <p className="sources-panel__intro">{t('checklist.intro')}</p>
      {event === undefined ? (
        <p>{t('checklist.none')}</p>
      ) : (
        <>
          <div className="sources-panel__tools">
            <label>
              {t('checklist.event')}{' '}
              <select
                value={event.id}
                onChange={(e) => {
                  setChosenId(e.target.value);
                }}
              >
                {!offered.includes(event) && (
                  <option value={event.id} lang={lang}>
                    {formatEventDate(event, i18n)} — {event.title}
                  </option>
                )}
                {offered.map((e) => (
                  <option key={e.id} value={e.id} lang={lang}>
                    {formatEventDate(e, i18n)} — {e.title}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                onSelectEvent(event.id);
              }}
            >
              {t('checklist.showEvent')}
            </button>
          </div>
          <fieldset className="checklist__by">
            <legend>{t('checklist.groupBy')}</legend>
            {GROUP_BYS.map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name={`${id}-by`}
                  value={b}
                  checked={by === b}
                  onChange={() => {
                    setBy(b);
                  }}
                />{' '}
                {t(`checklist.by.${b}`)}
              </label>
            ))}
          </fieldset>
          {groups.map((g) => (
            <div key={g.key} className="checklist__group" data-group={g.key}>
              <h4>
                {groupLabel(g.key)} ({t('checklist.count', { count: g.checks.length })})
              </h4>
              <ul className="checklist__cards">
                {g.checks.map((c) => (
                  <CheckCard key={c.source.id} check={c} data={data} lang={lang} />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
});
