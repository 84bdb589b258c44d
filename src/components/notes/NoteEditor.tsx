import { useEffect, useId, useRef, useState } from 'react';
import { StickyNote } from 'lucide-react';
import { useI18n } from '../../i18n/useI18n';
import { targetKey, type NoteTarget } from '../../lib/notes';
import type { NotesApi } from '../../store/notesContext';
import { NoteText } from './NoteText';

/**
 * The reader's note on an event or a quote: "Add a note" when there is none; the note (with
 * its marker, a page glyph, and "Edit note") when there is; a labelled text field with Save,
 * Delete and Cancel while writing. Focus moves into the field on opening and back to the
 * button that opened it on closing.
 */
export default function NoteEditor({ api, target }: { api: NotesApi; target: NoteTarget }) {
  const { t } = useI18n();
  const note = api.notes.get(targetKey(target));
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (editing) fieldRef.current?.focus();
    else if (returnFocus) openerRef.current?.focus();
  }, [editing, returnFocus]);
  const close = (message: string) => {
    setDraft(null);
    setReturnFocus(true);
    setStatus(message);
  };
  const label = t(target.kind === 'event' ? 'notes.fieldEvent' : 'notes.fieldQuote');
  return (
    <div className={`note${note ? ' note--has' : ''}`} data-note-target={targetKey(target)}>
      {note && !editing && (
        <div className="note__body">
          <p className="note__heading">
            <StickyNote size={16} aria-hidden="true" className="note__glyph" />
            {t('notes.mine')}
          </p>
          <NoteText text={note.text} />
        </div>
      )}
      {editing ? (
        <form
          className="note__form"
          onSubmit={(e) => {
            e.preventDefault();
            const text = draft;
            void api.save(target, text).then(() => {
              close(text.trim() === '' ? t('notes.deleted') : t('notes.saved'));
            });
          }}
        >
          <label htmlFor={`${id}-text`}>{label}</label>
          <textarea
            id={`${id}-text`}
            ref={fieldRef}
            value={draft}
            rows={4}
            maxLength={10_000}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          />
          <div className="note__actions">
            <button type="submit">{t('notes.save')}</button>
            {note && (
              <button
                type="button"
                onClick={() => {
                  void api.remove(target).then(() => {
                    close(t('notes.deleted'));
                  });
                }}
              >
                {t('notes.delete')}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                close('');
              }}
            >
              {t('notes.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          ref={openerRef}
          className="note__open"
          onClick={() => {
            setStatus('');
            setReturnFocus(false);
            setDraft(note?.text ?? '');
          }}
        >
          {!note && <StickyNote size={16} aria-hidden="true" />}
          {t(note ? 'notes.edit' : 'notes.add')}
        </button>
      )}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
