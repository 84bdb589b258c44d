import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { useEffect, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../../src/features/details/EventDetails';
import NotesDialog from '../../src/features/notes/NotesDialog';
import { datasetKeyOf } from '../../src/lib/notes';
import { NotesContext, type NotesApi } from '../../src/store/notesContext';
import { openNotesSession } from '../../src/store/notesSession';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();
const e1 = data.eventsById.get('e1')!;
const noteBox = () => document.querySelector<HTMLElement>('.note')!;
/** The editor's code loads lazily, as in the app: the first look may wait for it. */
const LOADS = { timeout: 8000 };

/** The app's notes, for real: a session on an in-memory IndexedDB. */
function WithNotes({
  factory,
  children,
  onApi,
}: {
  factory: IDBFactory;
  children: (api: NotesApi | null) => ReactNode;
  onApi?: (api: NotesApi) => void;
}) {
  const [api, setApi] = useState<NotesApi | null>(null);
  useEffect(() => {
    let close: (() => void) | undefined;
    let live = true;
    void openNotesSession({
      dataset: datasetKeyOf(data.dataset),
      eventOfQuote: (id) => data.quotesById.get(id)?.eventId,
      onChange: (a) => {
        if (!live) return;
        setApi(a);
        onApi?.(a);
      },
      factory,
    }).then((c) => {
      if (live) close = c;
      else c();
    });
    return () => {
      live = false;
      close?.();
    };
  }, [factory, onApi]);
  return <NotesContext value={api}>{children(api)}</NotesContext>;
}

// Under load (two shared cores) the first render waits for the lazily loaded editor.
describe('the note editor in the details panel', { timeout: 30_000 }, () => {
  it('adds, shows (links safe, text as text), edits and deletes a note, by keyboard', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    renderWithProviders(
      <WithNotes factory={factory}>{() => <EventDetails data={data} event={e1} />}</WithNotes>,
    );
    await user.click(await screen.findByRole('button', { name: 'Add a note' }, LOADS));
    const field = screen.getByRole('textbox', {
      name: 'My note on this event (kept only in this browser)',
    });
    expect(field).toHaveFocus();
    await user.type(field, 'See https://example.org/x and javascript:alert(1) <b>bold</b>');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const edit = await screen.findByRole('button', { name: 'Edit note' });
    await waitFor(() => {
      expect(edit).toHaveFocus();
    });
    expect(within(noteBox()).getByRole('status')).toHaveTextContent('Note saved.');
    const note = edit.closest('.note') as HTMLElement;
    const links = within(note).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/x']);
    expect(note).toHaveTextContent('javascript:alert(1) <b>bold</b>');
    expect(note.querySelector('b')).toBeNull();

    // Emptied and saved: the note is gone.
    await user.click(edit);
    await user.clear(screen.getByRole('textbox'));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('button', { name: 'Add a note' }, LOADS)).toBeInTheDocument();
    expect(within(noteBox()).getByRole('status')).toHaveTextContent('Note deleted.');
  });

  it('keeps the note in the browser: another visit (session) reads it', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    const first = renderWithProviders(
      <WithNotes factory={factory}>{() => <EventDetails data={data} event={e1} />}</WithNotes>,
    );
    await user.click(await screen.findByRole('button', { name: 'Add a note' }, LOADS));
    await user.type(screen.getByRole('textbox'), 'Kept for later');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByRole('button', { name: 'Edit note' });
    first.unmount();

    renderWithProviders(
      <WithNotes factory={factory}>{() => <EventDetails data={data} event={e1} />}</WithNotes>,
    );
    expect(await screen.findByText('Kept for later')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit note' })).toBeInTheDocument();
  });

  it('Cancel leaves the note as it was and returns focus', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <WithNotes factory={new IDBFactory()}>
        {() => <EventDetails data={data} event={e1} />}
      </WithNotes>,
    );
    const add = await screen.findByRole('button', { name: 'Add a note' }, LOADS);
    await user.click(add);
    await user.type(screen.getByRole('textbox'), 'Not saved');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const again = screen.getByRole('button', { name: 'Add a note' });
    await waitFor(() => {
      expect(again).toHaveFocus();
    });
    expect(screen.queryByText('Not saved')).toBeNull();
  });
});

describe('the "My notes" list', { timeout: 30_000 }, () => {
  it('lists the notes in date order, each opening its event; a bad file is reported where it is wrong', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    let api: NotesApi | null = null;
    const onSelect = vi.fn();
    const onApi = (a: NotesApi) => {
      api = a;
    };
    renderWithProviders(
      <WithNotes factory={factory} onApi={onApi}>
        {(a) =>
          a && (
            <NotesDialog data={data} api={a} onSelectEvent={onSelect} onClose={() => undefined} />
          )
        }
      </WithNotes>,
    );
    await screen.findByText('0 notes on this timeline', {}, LOADS);
    await act(async () => {
      await api!.save({ kind: 'event', id: 'e5' }, 'Later one');
    });
    await act(async () => {
      await api!.save({ kind: 'event', id: 'e1' }, 'Earlier one');
    });
    expect(await screen.findByText('2 notes on this timeline')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('button').textContent)).toEqual([
      'Alpha launches',
      'Beta in 2003',
    ]);
    await user.click(screen.getByRole('button', { name: 'Beta in 2003' }));
    expect(onSelect).toHaveBeenCalledWith('e5');

    const bad = JSON.stringify({
      kind: 'wpc-timeline-notes',
      version: 1,
      exported: '2026-12-03T00:00:00Z',
      notes: [{ dataset: 'x', target: { kind: 'event', id: 'e1' }, text: 7 }],
    });
    await user.upload(
      screen.getByLabelText('Notes file to import'),
      new File([bad], 'notes.json', { type: 'application/json' }),
    );
    const status = await screen.findByText('This file could not be imported:');
    const list = status.parentElement as HTMLElement;
    expect(list).toHaveTextContent('notes[0].text');
    expect(list).toHaveTextContent('notes[0].created');
  });
});
