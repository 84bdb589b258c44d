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
