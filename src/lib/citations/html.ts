/**
 * citeproc's HTML for one entry, turned into runs of text: italics kept, every other tag
 * dropped, entities decoded. Only citeproc's own output comes here (never a dataset's HTML).
 */
import type { CitationSegment } from './common';

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** `<i>` and `font-style:italic` spans start italics; `font-style:normal` ends them inside. */
export function htmlToSegments(html: string): CitationSegment[] {
  const out: { text: string; italic: boolean }[] = [];
  const stack: boolean[] = [false];
  const push = (text: string) => {
    if (text === '') return;
    const italic = stack.at(-1) ?? false;
    const last = out.at(-1);
    if (last?.italic === italic) last.text += text;
    else out.push({ text, italic });
  };
  for (const m of html.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi)) {
    const [, close, tag, attrs, text] = m;
    if (text !== undefined) {
      push(decodeEntities(text));
      continue;
    }
    const name = (tag ?? '').toLowerCase();
    if (name === 'br') continue;
    if (close === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const current = stack.at(-1) ?? false;
    if (name === 'i' || name === 'em' || /font-style:\s*italic/i.test(attrs ?? '')) {
      stack.push(true);
    } else if (/font-style:\s*normal/i.test(attrs ?? '')) stack.push(false);
    else stack.push(current);
  }
  // Collapse citeproc's layout whitespace; trim the ends.
  const cleaned = out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
  const first = cleaned[0];
  if (first) first.text = first.text.trimStart();
  const last = cleaned.at(-1);
  if (last) last.text = last.text.trimEnd();
  return cleaned
    .filter((s) => s.text !== '')
    .map((s) => (s.italic ? { text: s.text, italic: true } : { text: s.text }));
}
