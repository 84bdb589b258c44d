import { RotateCcw } from 'lucide-react';
import { formatClock, paceAt, type PacingLog, type PaceStatus } from '../../lib/pacing';
import type { Tour } from '../../lib/tours';
import { useI18n } from '../../i18n/useI18n';

/** One line of the pacing panel: time spent, what is left (or how far over), the plan. */
function PaceRow({
  id,
  label,
  elapsedMs,
  leftMs,
  plannedMs,
  status,
}: {
  id: string;
  label: string;
  elapsedMs: number;
  leftMs: number | null;
  plannedMs: number | null;
  status: PaceStatus;
}) {
  const { t } = useI18n();
  return (
    <div className="speaker-pace__row" data-status={status} data-pace={id}>
      <dt>{label}</dt>
      <dd>
        <span className="speaker-pace__elapsed">{formatClock(elapsedMs)}</span>
        <span className="speaker-pace__left">
          {leftMs === null
            ? t('speaker.noPlan')
            : leftMs < 0
              ? t('speaker.over', { time: formatClock(leftMs) })
              : t('speaker.left', { time: formatClock(leftMs) })}
        </span>
        {plannedMs !== null && (
          <span className="speaker-pace__plan">
            {t('speaker.planned', { time: formatClock(plannedMs) })}
          </span>
        )}
        {/* The status in words as well as colour. */}
        <span className="speaker-pace__status">{t(`speaker.status.${status}`)}</span>
      </dd>
    </div>
  );
}

/**
 * The speaker's pacing timer: time on this stop and on the whole talk, what is left of each
 * stop's planned time (`durationSeconds`) and of the talk's, amber when nearly out and red
 * when over. The presenting window keeps the log (so both windows agree); `now` ticks here.
 */
export function SpeakerPace({
  tour,
  log,
  now,
  onRestart,
}: {
  tour: Tour;
  log: PacingLog;
  now: number;
  onRestart: () => void;
}) {
  const { t } = useI18n();
  const pace = paceAt(
    log,
    tour.stops.map((s) => s.durationSeconds),
    now,
  );
  return (
    <section className="speaker-pace" aria-label={t('speaker.pacing')}>
      <dl>
        <PaceRow
          id="stop"
          label={t('speaker.thisStop')}
          elapsedMs={pace.stopElapsedMs}
          leftMs={pace.stopLeftMs}
          plannedMs={pace.stopPlannedMs}
          status={pace.stopStatus}
        />
        <PaceRow
          id="talk"
          label={t('speaker.talk')}
          elapsedMs={pace.elapsedMs}
          leftMs={pace.talkLeftMs}
          plannedMs={pace.talkPlannedMs}
          status={pace.talkStatus}
        />
      </dl>
      <button type="button" className="speaker-pace__restart" onClick={onRestart}>
        <RotateCcw size={18} aria-hidden="true" /> {t('speaker.restart')}
      </button>
    </section>
  );
}
