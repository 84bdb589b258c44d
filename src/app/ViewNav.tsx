import { useRef, type KeyboardEvent } from 'react';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';
import { useI18n } from '../i18n/useI18n';
import { VIEW_ORDER } from './views';

/** The id of the element the view tabs control. */
export const VIEW_PANEL_ID = 'view-panel';

/**
 * The views as tabs (WAI-ARIA tabs, automatic activation): ←/→ move and show, Home/End jump.
 * The choice is kept in the URL (`view=`).
 */
export function ViewNav() {
  const store = useTimelineStoreApi();
  const view = useTimelineStore((s) => s.view);
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);

  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = VIEW_ORDER.indexOf(view);
    const n = VIEW_ORDER.length;
    // In a right-to-left interface the tabs run right to left, and so do the arrows.
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      e.key === forward
        ? (i + 1) % n
        : e.key === back
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const v = VIEW_ORDER[next];
    if (!v) return;
    store.getState().setView(v);
    list.current?.querySelector<HTMLElement>(`#view-tab-${v}`)?.focus();
  };

  return (
    <div ref={list} className="view-nav" role="tablist" aria-label={t('views.label')}>
      {VIEW_ORDER.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`view-tab-${v}`}
          className="view-nav__tab"
          aria-selected={v === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={v === view ? 0 : -1}
          onClick={() => store.getState().setView(v)}
          onKeyDown={onKey}
        >
          {t(`views.${v}`)}
        </button>
      ))}
    </div>
  );
}
