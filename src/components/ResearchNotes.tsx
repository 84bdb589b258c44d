import { splitSourceNote } from '../lib/sourceNotes';
import { useI18n } from '../i18n/useI18n';
import './researchNotes.css';

/**
 * What the dataset's authors wrote for themselves, folded away under "Research notes": a
 * source note's research sentences (sourceNotes.ts) and a record's researchRefs (dossier
 * numbers such as "F-2010-04"), so readers never take them for part of the record. Nothing
 * when there are none.
 */
export function ResearchNotes({
  note,
  refs = [],
  lang,
}: {
  note?: string | undefined;
  refs?: readonly string[] | undefined;
  lang: string;
}) {
  const { t } = useI18n();
  const { research } = splitSourceNote(note);
  if (research.length === 0 && refs.length === 0) return null;
  return (
    <details className="research-notes">
      <summary>{t('source.researchNotes')}</summary>
      {research.length > 0 && <p lang={lang}>{research.join(' ')}</p>}
      {refs.length > 0 && (
        <ul className="research-notes__refs">
          {refs.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
