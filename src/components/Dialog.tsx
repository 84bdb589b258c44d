import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useI18n } from '../i18n/useI18n';
import './dialog.css';

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside it, Esc closes it
 * and focus returns to what opened it. `onClose` runs however it closes.
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
  lang,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  lang?: string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  // No close() on cleanup: removing an open dialog takes it out of the top layer anyway, and a
  // close queued by StrictMode's rehearsal unmount would end the dialog it re-shows.
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog__head">
        <h2 id={`${id}-title`} className="dialog__title" lang={lang}>
          {title}
        </h2>
        <button
          type="button"
          className="dialog__close"
          onClick={() => {
            if (typeof ref.current?.close === 'function' && ref.current.open) ref.current.close();
            else onClose();
          }}
        >
          <X size={18} aria-hidden="true" />
          {t('dialog.close')}
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
