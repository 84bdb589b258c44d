import type { LoadedDataset } from '../../domain/indexes';
import type { DatedEvent } from '../../domain/types';
import { useI18n } from '../../i18n/useI18n';
import { claimRows } from '../../lib/dateClaims';
import { ClaimSources } from './ClaimSources';

/**
 * The dated claims the sources make about an event (issue 18): each date in words, which
 * sources give it, and the confidence ("not stated" where the dataset does not say); the
 * claim the chart follows is marked as the date shown. Loaded only for events with claims.
 */
export function DateClaims({
  data,
  event,
  lang,
}: {
  data: LoadedDataset;
  event: DatedEvent;
  lang: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = claimRows(event, data.sourcesById, i18n);
  if (rows.length === 0) return null;
  return (
    <div className="details__conflicts details__claims">
      <h3>{t('details.dateClaims')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('details.claimDate')}</th>
            <th scope="col">{t('details.claimSources')}</th>
            <th scope="col">{t('details.claimConfidence')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.index} data-claim={r.index} data-claim-shown={r.shown ? 'true' : 'false'}>
              <td>
                {r.words}
                {r.shown && (
                  <span className="details__claim-shown"> ({t('details.claimShown')})</span>
                )}
                {r.note && (
                  <span className="details__date-note" lang={lang}>
                    {r.note}
                  </span>
                )}
              </td>
              <td>
                <ClaimSources ids={r.sources} sourcesById={data.sourcesById} lang={lang} />
              </td>
              <td>{r.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
