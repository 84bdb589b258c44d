import { choicesOf } from '../../store/createTimelineStore';
import { useTimelineStore } from '../../store/timelineStoreContext';
import { fullViewUrlFor } from './embedCode';
import { currentLocation } from '../../store/browserUrl';
import { useI18n } from '../../i18n/useI18n';

/** From the embed to the same view in the full app, in a new tab (the host page stays). */
export function OpenFullViewLink() {
  const { t } = useI18n();
  // A string, so the link re-renders only when the view's URL changes.
  const href = useTimelineStore((s) => fullViewUrlFor(choicesOf(s), currentLocation()));
  return (
    <a className="embed__open" href={href} target="_blank" rel="noopener">
      {t('embed.openFullView')}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t('embed.opensInNewTab')}</span>
    </a>
  );
}
