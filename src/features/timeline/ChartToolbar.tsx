import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { LinksLegend } from './LinksLegend';
import { ZoomControls } from './ZoomControls';

/**
 * The chart's one compact row: the visible span, the keyboard help as a small disclosure
 * (its text also describes the chart's listbox), and the zoom buttons. The heading is for
 * assistive technology and the skip link; on the stage the whole row is visually hidden.
 */
export function ChartToolbar({
  span,
  overflow,
  visible,
  showZoomControls,
  canZoomOut,
  onZoomIn,
  onZoomOut,
  onReset,
  links,
  notes,
  disputed = null,
}: {
  span: string;
  overflow: string | null;
  visible: boolean;
  showZoomControls: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  /**
   * The "Show links" toggle; its key shows while it is on (never on hover or selection alone,
   * which would move the chart under the pointer).
   */
  links: { pressed: boolean; onToggle: () => void } | null;
  /**
   * "Only my notes" (the filter; `pressed` null while the reader has no note, then the toggle
   * is left out) and "My notes…" (the list, where notes are also imported).
   */
  notes: {
    pressed: boolean | null;
    onToggle: () => void;
    onOpen: (() => void) | undefined;
  } | null;
  /** "17 disputed": only the events whose sources disagree (left out when there are none). */
  disputed?: { count: number; pressed: boolean; onToggle: () => void } | null;
}) {
  const { t } = useI18n();
  return (
    <div className={visible ? 'timeline__toolbar' : 'timeline__toolbar visually-hidden'}>
      <h2 id="timeline-heading" className="visually-hidden">
        {t('chart.heading')}
      </h2>
      <p className="timeline__span" id="timeline-span">
        {t('chart.showing', { span })}
      </p>
      <details className="timeline__help">
        <summary>{t('chart.keyboardHelp')}</summary>
        <p className="timeline__hint" id="timeline-hint">
          {t('chart.hint')}
          {overflow !== null && ` ${overflow}`}
        </p>
      </details>
      {disputed && disputed.count > 0 && (
        <Toggle pressed={disputed.pressed} onToggle={disputed.onToggle}>
          {t('filter.disputed', { count: disputed.count })}
        </Toggle>
      )}
      {links && (
        <>
          <Toggle pressed={links.pressed} onToggle={links.onToggle}>
            {t('chart.showLinks')}
          </Toggle>
          {links.pressed && <LinksLegend />}
        </>
      )}
      {notes && (
        <>
          {notes.pressed !== null && (
            <Toggle pressed={notes.pressed} onToggle={notes.onToggle}>
              {t('notes.only')}
            </Toggle>
          )}
          {notes.onOpen && (
            <button type="button" onClick={notes.onOpen}>
              {t('notes.list')}
            </button>
          )}
        </>
      )}
      {showZoomControls && (
        <ZoomControls
          onZoomIn={onZoomIn}
          onZoomOut={onZoomOut}
          onReset={onReset}
          canZoomOut={canZoomOut}
        />
      )}
    </div>
  );
}

/** A pressed/unpressed button of the toolbar; a check mark says "on" besides the colour. */
function Toggle({
  pressed,
  onToggle,
  children,
}: {
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="timeline__links-toggle"
      aria-pressed={pressed}
      onClick={onToggle}
    >
      {pressed && <span aria-hidden="true">✓ </span>}
      {children}
    </button>
  );
}
