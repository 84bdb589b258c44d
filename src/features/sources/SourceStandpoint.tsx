import type { Source } from '../../domain/types';
import { basisWords, standpointOf } from '../../lib/standpoints';
import { useI18n } from '../../i18n/useI18n';

/** A source's standpoint as rows of its facts list: relation, basis, and how it is known. */
export function StandpointRows({
  source,
  sourcesById,
  lang,
}: {
  source: Source;
  sourcesById: ReadonlyMap<string, Source>;
  lang: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { relation, note } = standpointOf(source);
  return (
    <>
      <dt>{t('source.standpoint')}</dt>
      <dd>{t(`standpoint.relation.${relation}`)}</dd>
      <dt>{t('source.basis')}</dt>
      <dd>{basisWords(source, sourcesById, i18n)}</dd>
      {note !== null && (
        <>
          <dt>{t('source.standpointNote')}</dt>
          <dd lang={lang}>{note}</dd>
        </>
      )}
    </>
  );
}
