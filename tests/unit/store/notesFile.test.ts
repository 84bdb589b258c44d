import { describe, expect, it } from 'vitest';
import { writeNote } from '../../../src/lib/notes';
import { mergeNotes, notesToFile, parseNotesFile } from '../../../src/store/notesFile';

const at = (iso: string) => new Date(iso);
const a = writeNote(
  'WPC',
  { kind: 'event', id: 'e1' },
  'First https://example.org',
  at('2026-01-01'),
);
const b = writeNote('Other', { kind: 'quote', id: 'q1' }, 'Zweite Notiz', at('2026-01-02'));

describe('the notes file', () => {
  it('round-trips every note of every dataset', () => {
    const text = notesToFile([b, a], at('2026-12-03T12:00:00Z'));
    const back = parseNotesFile(text);
    // In a stable order (by dataset, then event or quote), whatever order they were kept in.
    expect(back).toEqual({ ok: true, notes: [b, a] });
    expect(notesToFile([a, b], at('2026-12-03T12:00:00Z'))).toBe(text);
  });

  it('locates every problem, naming the note by its place', () => {
    const file = JSON.parse(notesToFile([a, b], at('2026-12-03'))) as { notes: unknown[] };
    (file.notes[1] as { text: unknown }).text = 42;
    (file.notes[0] as { target: { kind: string } }).target.kind = 'people';
    const r = parseNotesFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path).sort();
    expect(paths).toEqual(['notes[0].target.kind', 'notes[1].text']);
  });

  it('says what is wrong with text that is not a notes file', () => {
    const notJson = parseNotesFile('{"kind":');
    expect(notJson.ok || notJson.problems[0]!.message).toMatch(/^not JSON/);
    const tour = parseNotesFile('{"version":1,"tours":[]}');
    expect(tour.ok || tour.problems.map((p) => p.path)).toContain('kind');
    const newer = parseNotesFile(JSON.stringify({ kind: 'wpc-timeline-notes', version: 9 }));
    expect(newer.ok || newer.problems[0]!.message).toMatch(/newer version/);
  });

  it('merging: new notes are added, a later edit replaces, an older copy is left out', () => {
    const aLater = writeNote('WPC', a.target, 'edited', at('2026-06-01'), a);
    const fresh = writeNote('WPC', { kind: 'event', id: 'e9' }, 'new', at('2026-06-01'));
    const m = mergeNotes([a, b], [aLater, fresh, b]);
    expect(m).toMatchObject({ added: 1, replaced: 1, kept: 1 });
    expect(m.write).toEqual([aLater, fresh]);
    expect(mergeNotes([aLater], [a]).write).toEqual([]);
  });
});
