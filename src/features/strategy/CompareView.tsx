import { useId } from 'react';
import { ThemeSwatch } from '../../components/ThemeSwatch';
import type { LoadedDataset } from '../../domain/indexes';
import { compareConferences, describeChanges, resolveConference } from '../../lib/compare';
import type { ConferenceSide } from '../../lib/compare';
import { formatEventDate } from '../../lib/formatDate';
import { StanceMix } from './StanceMix';
import { StrategyQuote } from './StrategyQuote';
import './strategy.css';
import { useI18n } from '../../i18n/useI18n';
import { contentLangOf } from '../../i18n/locales';

export interface CompareViewProps {
  readonly data: LoadedDataset;
  /** Two conference ids or years ("2008"); null: the first and last conference. */
  readonly pair: readonly [string, string] | null;
  readonly onPairChange: (pair: [string, string]) => void;
  readonly onSelectEvent: (eventId: string) => void;
}

function Column({
  side,
  data,
  onSelectEvent,
}: {
  side: ConferenceSide;
  data: LoadedDataset;
  onSelectEvent: (eventId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  return (
    <section className="compare-view__column" aria-label={side.label}>
      <h3 lang={lang}>{side.conference.title}</h3>
      <p>{formatEventDate(side.conference, i18n)}</p>
      <h4>{t('compare.announcements')}</h4>
      {side.announcements.length === 0 ? (
        <p>{t('compare.noneRecorded')}</p>
      ) : (
        <ul>
          {side.announcements.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="strategy-link"
                onClick={() => onSelectEvent(e.id)}
                lang={lang}
              >
                {e.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('compare.themes')}</h4>
      {side.themes.length === 0 ? (
        <p>{t('compare.noneRecorded')}</p>
      ) : (
        <ul className="strategy-list compare-view__themes">
          {side.themes.map((th) => {
            const theme = data.themesById.get(th.themeId);
            return (
              <li key={th.themeId}>
                {theme && <ThemeSwatch theme={theme} />}
                {t('compare.themeCount', {
                  theme: theme?.label ?? th.themeId,
                  events: t('arcs.events', { count: th.count }),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('compare.stanceMix')}</h4>
      <StanceMix
        counts={side.stance}
        label={t('compare.stanceMixAt', { conference: side.label })}
      />
      <h4>{t('compare.quotes')}</h4>
      {side.quotes.length === 0 ? (
        <p>{t('compare.noQuotes')}</p>
      ) : (
        <ul className="strategy-list">
          {side.quotes.map((q) => (
            <StrategyQuote
              key={q.id}
              quote={q}
              event={data.eventsById.get(q.eventId)}
              onSelectEvent={onSelectEvent}
              lang={lang}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Two conferences side by side, and what changed between them. */
export function CompareView({ data, pair, onPairChange, onSelectEvent }: CompareViewProps) {
  const uid = useId();
  const i18n = useI18n();
  const { t } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const confs = data.conferences;
  const fallbackA = confs[0]?.id ?? '';
  const fallbackB = confs[confs.length - 1]?.id ?? '';
  const a = (pair && resolveConference(data, pair[0])?.id) ?? fallbackA;
  const b = (pair && resolveConference(data, pair[1])?.id) ?? fallbackB;
  const comparison = a !== '' && b !== '' ? compareConferences(data, a, b) : null;
  const themeLabel = (id: string) => data.themesById.get(id)?.label ?? id;

  if (confs.length === 0) {
    return (
      <section className="compare-view" aria-labelledby={`${uid}-h`}>
        <h2 id={`${uid}-h`}>{t('compare.heading')}</h2>
        <p>{t('compare.none')}</p>
      </section>
    );
  }
  return (
    <section className="compare-view" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('compare.heading')}</h2>
      <div className="compare-view__controls">
        <label htmlFor={`${uid}-a`}>{t('compare.first')}</label>
        <select id={`${uid}-a`} value={a} onChange={(e) => onPairChange([e.target.value, b])}>
          {confs.map((c) => (
            <option key={c.id} value={c.id} lang={lang}>
              {c.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-b`}>{t('compare.second')}</label>
        <select id={`${uid}-b`} value={b} onChange={(e) => onPairChange([a, e.target.value])}>
          {confs.map((c) => (
            <option key={c.id} value={c.id} lang={lang}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      {comparison && (
        <>
          <section className="compare-view__changes" aria-labelledby={`${uid}-changes`}>
            <h3 id={`${uid}-changes`}>{t('compare.changed')}</h3>
            <ul>
              {describeChanges(comparison, themeLabel, i18n).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <div className="compare-view__columns">
            <Column side={comparison.a} data={data} onSelectEvent={onSelectEvent} />
            <Column side={comparison.b} data={data} onSelectEvent={onSelectEvent} />
          </div>
        </>
      )}
    </section>
  );
}
