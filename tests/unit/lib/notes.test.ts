import { describe, expect, it } from 'vitest';
import {
  MAX_NOTE_LENGTH,
  noteKey,
  noteSegments,
  notedEventIds,
  writeNote,
  type Note,
} from '../../../src/lib/notes';

const joined = (text: string) =>
  noteSegments(text)
    .map((s) => s.text)
    .join('');
const links = (text: string) =>
  noteSegments(text).flatMap((s) => (s.kind === 'link' ? [[s.text, s.href]] : []));

describe('noteSegments', () => {
  it('makes web and mail addresses links and keeps every character of the text', () => {
    const text = 'See https://example.org/a?b=1, and (mailto:me@example.org). Ask ann@example.com!';
    expect(joined(text)).toBe(text);
    expect(links(text)).toEqual([
      ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
      ['mailto:me@example.org', 'mailto:me@example.org'],
      ['ann@example.com', 'mailto:ann@example.com'],
    ]);
  });

  it('never links other schemes: javascript:, data: and file: stay text', () => {
    const text = 'javascript:alert(1) data:text/html,<b>x</b> file:///etc/passwd';
    expect(links(text)).toEqual([]);
    expect(noteSegments(text)).toEqual([{ kind: 'text', text }]);
  });

  it('keeps a bracket that belongs to the address', () => {
    expect(links('https://en.wikipedia.org/wiki/Azure_(disambiguation) today')).toEqual([
      [
        'https://en.wikipedia.org/wiki/Azure_(disambiguation)',
        'https://en.wikipedia.org/wiki/Azure_(disambiguation)',
      ],
    ]);
  });
});

describe('notes', () => {
  it('a note written again keeps when it was first written, trimmed and cut to length', () => {
    const first = writeNote('WPC', { kind: 'event', id: 'e1' }, '  hi  ', new Date('2026-01-01'));
    expect(first.text).toBe('hi');
    const again = writeNote(
      'WPC',
      first.target,
      'x'.repeat(MAX_NOTE_LENGTH + 5),
      new Date('2026-02-01'),
      first,
    );
    expect(again.created).toBe(first.created);
    expect(again.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(again.text).toHaveLength(MAX_NOTE_LENGTH);
  });

  it('keys differ by dataset, kind and id', () => {
    const keys = new Set([
      noteKey('A', { kind: 'event', id: 'x' }),
      noteKey('A', { kind: 'quote', id: 'x' }),
      noteKey('B', { kind: 'event', id: 'x' }),
    ]);
    expect(keys.size).toBe(3);
  });

  it('an event carries a note through its own note or one of its quotes', () => {
    const n = (kind: 'event' | 'quote', id: string): Note =>
      writeNote('A', { kind, id }, 't', new Date(0));
    const ids = notedEventIds([n('event', 'e1'), n('quote', 'q2'), n('quote', 'gone')], (q) =>
      q === 'q2' ? 'e2' : undefined,
    );
    expect([...ids].sort()).toEqual(['e1', 'e2']);
  });
});
