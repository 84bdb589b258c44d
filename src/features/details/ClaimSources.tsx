import type { Source } from '../../domain/types';
import { SourceLink } from '../../components/SourceLink';

/**
 * The sources given for one claim (a dated claim, or a claim of a conflict), each a link, in
 * the order the dataset lists them; an id the dataset does not know is left out.
 */
export function ClaimSources({
  ids,
  sourcesById,
  lang,
}: {
  ids: readonly string[];
  sourcesById: ReadonlyMap<string, Source>;
  lang: string;
}) {
  return (
    <>
      {ids.map((sid) => {
        const s = sourcesById.get(sid);
        return s ? (
          <span key={sid} className="details__claim-source">
            <SourceLink source={s} lang={lang} />
          </span>
        ) : null;
      })}
    </>
  );
}
