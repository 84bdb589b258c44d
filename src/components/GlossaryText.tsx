import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { markGlossaryTerms, type GlossaryEntry, type GlossaryMatcher } from '../lib/glossaryMatch';
import './glossaryText.css';

export interface GlossaryTextProps {
  text: string;
  matcher: GlossaryMatcher;
  entries: readonly GlossaryEntry[];
  /**
   * Term ids already marked earlier in the same block (say, an earlier paragraph of the same
   * quote): those are left as plain text here.
   */
  alreadyMarked?: ReadonlySet<string>;
}

/**
 * A glossary term: a button with a dotted underline whose definition appears as a tooltip on
 * hover and on keyboard focus, stays while the pointer is over it, and is dismissed with
 * Escape without moving the pointer or focus (WCAG 1.4.13).
 */
function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const tipId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [above, setAbove] = useState(false);
  const visible = (hovered || focused) && !dismissed;

  // Escape dismisses the tooltip wherever focus is (a hovered term need not be focused).
  useEffect(() => {
    if (!visible) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [visible]);

  /** Below the term, or above it when the term is low in the window. */
  const place = (el: Element) => {
    const r = el.getBoundingClientRect();
    setAbove(window.innerHeight > 0 && r.bottom > window.innerHeight * 0.65);
  };

  return (
    <span
      className="glossary-term-wrap"
      onMouseEnter={(e) => {
        place(e.currentTarget);
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => {
        setHovered(false);
      }}
    >
      <button
        type="button"
        className="glossary-term"
        aria-describedby={tipId}
        onFocus={(e) => {
          place(e.currentTarget);
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
        }}
        onClick={() => {
          setDismissed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && visible) {
            // Handled here: the panel or page around must not also act on this Escape.
            e.stopPropagation();
            setDismissed(true);
          }
        }}
      >
        {text}
      </button>
      <span
        role="tooltip"
        id={tipId}
        className={`glossary-tooltip${above ? ' glossary-tooltip--above' : ''}`}
        hidden={!visible}
      >
        {entry.definition}
      </span>
    </span>
  );
}

/**
 * Text with its glossary terms marked. Only the first occurrence of each term is a button (so
 * a repeated term is not a tab stop every time); later ones stay plain text.
 */
export function GlossaryText({ text, matcher, entries, alreadyMarked }: GlossaryTextProps) {
  const segments = markGlossaryTerms(matcher, text);
  const marked = new Set(alreadyMarked);
  const out: ReactNode[] = segments.map((seg, i) => {
    const entry =
      seg.termId === undefined || marked.has(seg.termId)
        ? undefined
        : entries.find((e) => e.id === seg.termId);
    if (entry === undefined) return <Fragment key={i}>{seg.text}</Fragment>;
    marked.add(entry.id);
    return <GlossaryTerm key={i} text={seg.text} entry={entry} />;
  });
  return <>{out}</>;
}
