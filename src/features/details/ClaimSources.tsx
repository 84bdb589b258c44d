import type { LoadedDataset } from '../../domain/indexes';
import { SourceLink } from '../../components/SourceLink';

/** The sources that make one claim (a dated claim, or one side of a conflict), as links. */
export function ClaimSources({
  data,
  sources,
  lang,
}: {
  data: LoadedDataset;
  sources: readonly string[];
  lang: string;
}) {
  return (
    <>
      {sources.map((sid) => {
        const s = data.sourcesById.get(sid);
        return s ? (
          <span key={sid} className="details__claim-source">
            <SourceLink source={s} lang={lang} />
          </span>
        ) : null;
      })}
    </>
  );
}
