import { splitSourceNote } from '../../lib/sourceNotes';
import { useI18n } from '../../i18n/useI18n';

/** The note readers see (a row of the facts list), without the dossier's reference numbers. */
export function SourceNoteRow({ note, lang }: { note: string | undefined; lang: string }) {
  const { t } = useI18n();
  const { reader } = splitSourceNote(note);
  if (reader === '') return null;
  return (
    <>
      <dt>{t('source.note')}</dt>
      <dd lang={lang}>{reader}</dd>
    </>
  );
}

/** The notes written for the dataset's authors, folded away under "Research notes". */
export function ResearchNotes({ note, lang }: { note: string | undefined; lang: string }) {
  const { t } = useI18n();
  const { research } = splitSourceNote(note);
  if (research.length === 0) return null;
  return (
    <details className="source-entry__research">
      <summary>{t('source.researchNotes')}</summary>
      <p lang={lang}>{research.join(' ')}</p>
    </details>
  );
}
