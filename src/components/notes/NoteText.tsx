import { useI18n } from '../../i18n/useI18n';
import { noteSegments } from '../../lib/notes';
import './notes.css';

/** A note as text, paragraph by paragraph; only http(s) and mail addresses become links. */
export function NoteText({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i} className="note__text">
          {noteSegments(para).map((seg, j) =>
            seg.kind === 'text' ? (
              seg.text
            ) : (
              <a key={j} href={seg.href} target="_blank" rel="noopener noreferrer">
                {seg.text}
                <span className="visually-hidden">{t('details.newTab')}</span>
              </a>
            ),
          )}
        </p>
      ))}
    </>
  );
}
