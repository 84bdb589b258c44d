import { useCopyToClipboard } from './useCopyToClipboard';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { CitationSegment, CitationStyle } from '../lib/citations';
import { CITE_PANEL_STYLES, citeStyleLabel, isProseStyle, type RichCitations } from './citeHelpers';
import { useI18n } from '../i18n/useI18n';
import './cite.css';

export interface CiteButtonProps {
  /** The button's accessible name: "Cite this event", "Cite this quote", "Cite this source". */
  label: string;
  /** The citation text per style (what Copy puts on the clipboard), or the texts precomputed. */
  citations: ((style: CitationStyle) => string) | Partial<Record<CitationStyle, string>>;
  /**
   * The same citations as runs of text, one entry per source, so that APA, MLA and Chicago
   * show their italics. Without it the plain text is shown.
   */
  richCitations?: RichCitations;
  /** The styles offered, in order; APA 7, MLA 9, Chicago note and bibliography, BibTeX. */
  styles?: readonly CitationStyle[];
}

function textFor(citations: CiteButtonProps['citations'], style: CitationStyle): string {
  return typeof citations === 'function' ? citations(style) : (citations[style] ?? '');
}

function Segments({ segments }: { segments: readonly CitationSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.italic === true ? <i key={i}>{s.text}</i> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}

/** The citation as a reader sees it: entries as paragraphs, italics kept; BibTeX as code. */
function CitationText({
  style,
  text,
  rich,
}: {
  style: CitationStyle;
  text: string;
  rich: readonly (readonly CitationSegment[])[] | null;
}) {
  if (!isProseStyle(style)) return <pre className="cite__code">{text}</pre>;
  const entries: readonly (readonly CitationSegment[])[] =
    rich ?? text.split(/\n{2,}/).map((t) => [{ text: t }]);
  return (
    <>
      {entries.map((segments, i) => (
        <p key={i} className="cite__entry">
          <Segments segments={segments} />
        </p>
      ))}
    </>
  );
}

/**
 * A "Cite" disclosure: one row per citation style with the citation and a Copy button.
 * Copy writes to the clipboard (or, where that is not allowed, selects the text for Ctrl+C)
 * and says "Copied" next to the button and to screen readers. Escape closes the panel and
 * returns focus to the Cite button.
 */
export function CiteButton({
  label,
  citations,
  richCitations,
  styles = CITE_PANEL_STYLES,
}: CiteButtonProps) {
  const { t } = useI18n();
  const id = useId();
  const panelId = `${id}-panel`;
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<CitationStyle | null>(null);
  const [fallback, setFallback] = useState<CitationStyle | null>(null);
  const { status, copy: copyText } = useCopyToClipboard();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  // Escape anywhere in the Cite button or its panel closes the panel.
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!open || wrap === null) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      setCopied(null);
      setFallback(null);
      buttonRef.current?.focus();
    };
    wrap.addEventListener('keydown', onKeyDown);
    return () => {
      wrap.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  // Where the clipboard cannot be written, the text is selected for the reader to copy.
  useEffect(() => {
    const area = fallbackRef.current;
    if (fallback === null || area === null) return;
    area.focus();
    area.select();
  }, [fallback]);

  const copy = async (style: CitationStyle, text: string) => {
    const name = citeStyleLabel(style);
    setCopied(null);
    const ok = await copyText(text, {
      done: t('cite.copiedAnnounce', { style: name }),
      failed: t('cite.copyFailed', { style: name }),
    });
    setFallback(ok ? null : style);
    if (ok) setCopied(style);
  };

  return (
    <div className="cite" ref={wrapRef}>
      <button
        type="button"
        className="cite__toggle"
        ref={buttonRef}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setOpen((o) => !o);
          setCopied(null);
          setFallback(null);
        }}
      >
        {t('cite.button')}
      </button>
      {open && (
        <div className="cite__panel" id={panelId} role="group" aria-label={t('cite.panel')}>
          <p className="cite__hint">{t('cite.hint')}</p>
          {styles.map((style) => {
            const text = textFor(citations, style);
            if (text === '') return null;
            const name = citeStyleLabel(style);
            const rich = richCitations && isProseStyle(style) ? richCitations(style) : null;
            const labelId = `${id}-${style}`;
            return (
              <div key={style} className="cite__row" role="group" aria-labelledby={labelId}>
                <p className="cite__style" id={labelId}>
                  {name}
                </p>
                <div className="cite__text">
                  <CitationText style={style} text={text} rich={rich} />
                </div>
                <p className="cite__actions">
                  <button
                    type="button"
                    className="cite__copy"
                    aria-label={t('cite.copyLabel', { style: name })}
                    onClick={() => void copy(style, text)}
                  >
                    {t('cite.copy')}
                  </button>
                  {copied === style && <span className="cite__copied">{t('cite.copied')}</span>}
                </p>
                {fallback === style && (
                  <div className="cite__fallback">
                    <textarea
                      ref={fallbackRef}
                      readOnly
                      value={text}
                      rows={Math.min(8, text.split('\n').length + 1)}
                      aria-label={t('cite.textLabel', { style: name })}
                      aria-describedby={`${labelId}-fallback`}
                    />
                    <p id={`${labelId}-fallback`} className="cite__fallback-hint">
                      {t('cite.pressCopy')}
                    </p>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
