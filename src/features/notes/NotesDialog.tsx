import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { downloadText } from '../../components/download';
import { FilePickerButton } from '../../components/FilePickerButton';
import { NoteText } from '../../components/notes/NoteText';
import type { LoadedDataset } from '../../domain/indexes';
import { contentLangOf } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { formatEventDate } from '../../lib/formatDate';
import type { Note } from '../../lib/notes';
import type { NotesApi, NotesImport } from '../../store/notesContext';
import './notesDialog.css';

interface Row {
  readonly note: Note;
  readonly eventId: string;
  readonly order: number;
  readonly speaker: string | null;
}

/** This dataset's notes in the order of their events, with what they are on. */
function rowsOf(data: LoadedDataset, notes: ReadonlyMap<string, Note>): Row[] {
  const rows: Row[] = [];
  for (const note of notes.values()) {
    const quote = note.target.kind === 'quote' ? data.quotesById.get(note.target.id) : undefined;
    const eventId = note.target.kind === 'event' ? note.target.id : quote?.eventId;
    const event = eventId === undefined ? undefined : data.eventsById.get(eventId);
    if (!event) continue;
    rows.push({ note, eventId: event.id, order: event.order, speaker: quote?.speaker ?? null });
  }
  return rows.sort((a, b) => a.order - b.order || (a.speaker === null ? -1 : 1));
}

/**
 * "My notes": every note on this timeline, each opening its event; export of every note in
 * this browser as a file, and import of such a file (its problems located).
 */
export default function NotesDialog({
  data,
  api,
  onSelectEvent,
  onClose,
}: {
  data: LoadedDataset;
  api: NotesApi;
  onSelectEvent: (eventId: string) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const lang = contentLangOf(data.dataset.language);
  const [outcome, setOutcome] = useState<NotesImport | null>(null);
  const rows = rowsOf(data, api.notes);
  const exportNotes = () => {
    void api.exportFile().then((text) => {
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`timeline-notes-${day}.json`, text, 'application/json');
    });
  };
  const importNotes = (file: File) => {
    void file
      .text()
      .then((text) => api.importFile(text))
      .then(setOutcome, (e: unknown) => {
        setOutcome({ ok: false, problems: [{ path: file.name, message: String(e) }] });
      });
  };
  return (
    <Dialog title={t('notes.dialogTitle')} onClose={onClose} className="notes-dialog">
      <p>{t('notes.intro')}</p>
      <p className="notes-dialog__count">{t('notes.count', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <ol className="notes-dialog__list">
          {rows.map(({ note, eventId, speaker }) => {
            const event = data.eventsById.get(eventId);
            return (
              <li key={`${note.target.kind}:${note.target.id}`}>
                <button
                  type="button"
                  className="link-button notes-dialog__event"
                  onClick={() => {
                    onSelectEvent(eventId);
                    onClose();
                  }}
                >
                  <span lang={lang}>{event?.title}</span>
                </button>
                <p className="notes-dialog__meta">
                  {event && formatEventDate(event, i18n)}
                  {speaker !== null && (
                    <>
                      {' · '}
                      {t('notes.onQuote', { speaker })}
                    </>
                  )}
                  {' · '}
                  {t('notes.updated', {
                    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
                      new Date(note.updated),
                    ),
                  })}
                </p>
                <NoteText text={note.text} />
              </li>
            );
          })}
        </ol>
      )}
      <div className="notes-dialog__actions">
        <button type="button" onClick={exportNotes}>
          {t('notes.export')}
        </button>
        <FilePickerButton
          inputLabel={t('notes.importLabel')}
          accept=".json,application/json"
          onPick={importNotes}
        >
          {t('notes.import')}
        </FilePickerButton>
      </div>
      <div role="status" className="notes-dialog__outcome">
        {outcome?.ok === true && <p>{t('notes.imported', outcome)}</p>}
        {outcome?.ok === false && (
          <>
            <p>{t('notes.importFailed')}</p>
            <ul lang="en">
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}
