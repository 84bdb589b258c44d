import type { LoadedDataset } from '../../domain/indexes';
import { formatEventDate, formatSpan } from '../../lib/formatDate';
import { useI18n } from '../../i18n/useI18n';
import type { Tip } from './useChartPointer';

/** The whole title (and date) of the mark under the pointer or focus, or a density bin's count. */
export function ChartTooltip({
  tip,
  data,
  width,
  lang,
}: {
  tip: Tip | null;
  data: LoadedDataset;
  width: number;
  lang: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const event = tip?.kind === 'event' ? data.eventsById.get(tip.id) : undefined;
  if (!tip || (tip.kind === 'event' && !event)) return null;
  return (
    <div
      className="timeline__tooltip"
      aria-hidden="true"
      style={{ left: Math.max(0, Math.min(tip.left, width - 320)), top: tip.top }}
    >
      {tip.kind === 'event' && event ? (
        <>
          <span className="timeline__tooltip-date">{formatEventDate(event, i18n)}</span>
          <span className="timeline__tooltip-title" lang={lang}>
            {event.title}
          </span>
          {event.dateCertainty !== undefined &&
            event.dateCertainty !== 'exact' &&
            event.dateNote && (
              <span className="timeline__tooltip-note">
                {t('chart.dateNote', {
                  certainty:
                    event.dateCertainty === 'inferred'
                      ? t('chart.dateInferred')
                      : t('chart.dateApproximate'),
                  note: event.dateNote,
                })}
              </span>
            )}
        </>
      ) : tip.kind === 'density' ? (
        <>
          <span className="timeline__tooltip-date">
            {formatSpan([tip.bin.startMs, tip.bin.endMs], i18n.locale, data.timeScale)}
          </span>
          <span className="timeline__tooltip-title">
            {t('chart.moreHere', { count: tip.bin.count })}
          </span>
        </>
      ) : null}
    </div>
  );
}
