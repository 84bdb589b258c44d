import { useI18n } from '../../i18n/useI18n';
import type { NotesProblem } from '../../store/notesDb';
import './notes.css';

/** Each problem in the reader's language, then what failed (the technical part, in English). */
export default function NotesProblems({ problems }: { problems: readonly NotesProblem[] }) {
  const { t } = useI18n();
  return (
    <div className="notes-status" role="alert">
      {problems.map((p, i) => (
        <p key={i}>
          {p.kind === 'set-aside' || p.kind === 'newer-notes'
            ? t(`notes.problem.${p.kind}`, { count: p.count })
            : t(`notes.problem.${p.kind}`)}{' '}
          <span className="notes-status__detail">
            {t('notes.problem.what')} <span lang="en">{p.detail}</span>
          </span>
        </p>
      ))}
    </div>
  );
}
