import { useEffect, useId, useRef, useState } from 'react';
import type { Source } from '../domain/types';
import { plainText, toBibTeX, type CitationSegment } from '../lib/citations';
import { isProseStyle, type CitationStyle } from '../lib/citations/styles';
import { CitationStylePicker } from './CitationStylePicker';
import { CitationText } from './CitationText';
import { citeStyleLabel } from './citeHelpers';
import { useCitationStyle } from './citationStyle';
import { useCiter } from './useCiter';
import { useCopyToClipboard } from './useCopyToClipboard';
import { rich } from '../i18n/rich';
import { useI18n } from '../i18n/useI18n';
import './cite.css';

export interface CiteButtonProps {
  /** The button's accessible name: "Cite this event", "Cite this quote", "Cite this source". */
  label: string;
  /** What is cited: an event's sources in the event's order, or one source. */
  sources: readonly Source[];
}

interface Row {
  readonly style: CitationStyle;
  readonly entries: readonly (readonly CitationSegment[])[];
}

/**
 * A "Cite" disclosure: the citation in the reader's chosen style (a picker in the panel
 * changes it everywhere and is remembered), and BibTeX, each with a Copy button. The CSL
 * formatter loads when the panel first opens. Copy writes to the clipboard (or, where that is
 * not allowed, selects the text for Ctrl+C) and says "Copied" next to the button and to screen
 * readers. Escape closes the panel and returns focus to the Cite button.
 */
export function CiteButton({ label, sources }: CiteButtonProps) {
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
  const style = useCitationStyle();
  const { citer, failed } = useCiter(style, open);

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

  const copy = async (rowStyle: CitationStyle, text: string) => {
    const name = citeStyleLabel(rowStyle);
    setCopied(null);
    const ok = await copyText(text, {
      done: t('cite.copiedAnnounce', { style: name }),
      failed: t('cite.copyFailed', { style: name }),
    });
    setFallback(ok ? null : rowStyle);
    if (ok) setCopied(rowStyle);
  };

  const bibtex = toBibTeX(sources).trimEnd();
  const rows: Row[] = [];
  if (isProseStyle(style) && citer !== null) {
    rows.push({ style, entries: citer.citeSourcesParts(sources, style) });
  }
  if (bibtex !== '') rows.push({ style: 'bibtex', entries: [[{ text: bibtex }]] });

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
          <CitationStylePicker />
          {isProseStyle(style) && citer === null && (
            <p className="cite__loading">{failed ? t('cite.loadFailed') : t('cite.loading')}</p>
          )}
          {rows.map((row) => {
            const text = plainText(row.entries);
            const name = citeStyleLabel(row.style);
            const labelId = `${id}-${row.style}`;
            return (
              <div key={row.style} className="cite__row" role="group" aria-labelledby={labelId}>
                <p className="cite__style" id={labelId}>
                  {name}
                </p>
                <div className="cite__text">
                  <CitationText code={!isProseStyle(row.style)} entries={row.entries} />
                </div>
                <p className="cite__actions">
                  <button
                    type="button"
                    className="cite__copy"
                    aria-label={t('cite.copyLabel', { style: name })}
                    onClick={() => void copy(row.style, text)}
                  >
                    {t('cite.copy')}
                  </button>
                  {copied === row.style && <span className="cite__copied">{t('cite.copied')}</span>}
                </p>
                {fallback === row.style && (
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
          <p className="cite__hint">
            {rich(t('cite.hint', { csl: '{csl}' }), {
              csl: (
                <a href="https://citationstyles.org/" target="_blank" rel="noopener noreferrer">
                  citationstyles.org
                </a>
              ),
            })}
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
