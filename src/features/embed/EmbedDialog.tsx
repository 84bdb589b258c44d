import { useEffect, useId, useRef, useState } from 'react';
import { choicesOf } from '../../store/createTimelineStore';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { currentLocation } from '../../store/browserUrl';
import {
  buildIframeSnippet,
  clampPx,
  embedUrlFor,
  HEIGHT_PX,
  WIDTH_PX,
  type EmbedHeight,
  type EmbedWidth,
} from './embedCode';
import { isHeightMessage } from './heightMessage';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import './embedDialog.css';
import { useI18n } from '../../i18n/useI18n';

/** A typed number field's value, or the range's initial value while it is empty. */
function pxOf(text: string, range: typeof WIDTH_PX | typeof HEIGHT_PX): number {
  return clampPx(text.trim() === '' ? Number.NaN : Number(text), range);
}

/**
 * The Embed dialog: a modal `<dialog>` with the iframe code for the current view (captured
 * when it opens), width and height options, a live preview of the embed and a Copy button.
 * Esc or Close closes it; `onClose` then returns focus to the button that opened it.
 */
export function EmbedDialog({
  datasetTitle,
  onClose,
}: {
  datasetTitle: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const store = useTimelineStoreApi();
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const [src] = useState(() => embedUrlFor(choicesOf(store.getState()), currentLocation()));
  const [widthKind, setWidthKind] = useState<EmbedWidth['kind']>('responsive');
  const [widthText, setWidthText] = useState(String(WIDTH_PX.initial));
  const [heightKind, setHeightKind] = useState<EmbedHeight['kind']>('fixed');
  const [heightText, setHeightText] = useState(String(HEIGHT_PX.initial));
  const [previewHeight, setPreviewHeight] = useState<number>(HEIGHT_PX.initial);
  const { status, copy: copyText } = useCopyToClipboard();

  const width: EmbedWidth =
    widthKind === 'fixed'
      ? { kind: 'fixed', px: pxOf(widthText, WIDTH_PX) }
      : { kind: 'responsive' };
  const height: EmbedHeight =
    heightKind === 'fixed' ? { kind: 'fixed', px: pxOf(heightText, HEIGHT_PX) } : { kind: 'auto' };
  const code = buildIframeSnippet({
    src,
    title: t('embed.iframeTitle', { title: datasetTitle }),
    width,
    height,
  });

  // No close() on cleanup: removing an open dialog takes it out of the top layer anyway, and
  // a close queued by StrictMode's rehearsal unmount would end the dialog it re-shows.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // The preview sizes itself the way a host page would: from the embed's height messages.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== currentLocation().origin) return;
      if (event.source !== previewRef.current?.contentWindow) return;
      if (isHeightMessage(event.data)) setPreviewHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);

  const copy = async () => {
    const ok = await copyText(code, { done: t('embed.copied'), failed: t('embed.copyFailed') });
    if (ok) return;
    codeRef.current?.focus();
    codeRef.current?.select();
  };

  const previewStyle = {
    width: width.kind === 'fixed' ? `${width.px}px` : '100%',
    height: `${height.kind === 'fixed' ? height.px : previewHeight}px`,
  };

  return (
    <dialog
      ref={dialogRef}
      className="embed-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onClose={onClose}
    >
      <h2 id={`${ids}-title`} className="embed-dialog__title">
        {t('embed.dialogTitle')}
      </h2>
      <p id={`${ids}-intro`}>{t('embed.dialogIntro')}</p>
      <div className="embed-dialog__options">
        <fieldset>
          <legend>{t('embed.widthLegend')}</legend>
          <label>
            <input
              type="radio"
              name={`${ids}-width`}
              checked={widthKind === 'responsive'}
              onChange={() => setWidthKind('responsive')}
            />{' '}
            {t('embed.widthResponsive')}
          </label>
          <label>
            <input
              type="radio"
              name={`${ids}-width`}
              checked={widthKind === 'fixed'}
              onChange={() => setWidthKind('fixed')}
            />{' '}
            {t('embed.widthFixed')}
          </label>
          <label className="embed-dialog__px">
            {t('embed.widthPixels')}{' '}
            <input
              type="number"
              inputMode="numeric"
              min={WIDTH_PX.min}
              max={WIDTH_PX.max}
              step={10}
              value={widthText}
              onChange={(e) => {
                setWidthText(e.currentTarget.value);
                setWidthKind('fixed');
              }}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('embed.heightLegend')}</legend>
          <label>
            <input
              type="radio"
              name={`${ids}-height`}
              checked={heightKind === 'fixed'}
              onChange={() => setHeightKind('fixed')}
            />{' '}
            {t('embed.heightFixed')}
          </label>
          <label>
            <input
              type="radio"
              name={`${ids}-height`}
              checked={heightKind === 'auto'}
              onChange={() => setHeightKind('auto')}
            />{' '}
            {t('embed.heightAuto')}
          </label>
          <label className="embed-dialog__px">
            {t('embed.heightPixels')}{' '}
            <input
              type="number"
              inputMode="numeric"
              min={HEIGHT_PX.min}
              max={HEIGHT_PX.max}
              step={10}
              value={heightText}
              onChange={(e) => {
                setHeightText(e.currentTarget.value);
                setHeightKind('fixed');
              }}
            />
          </label>
        </fieldset>
      </div>
      <label className="embed-dialog__code">
        {t('embed.codeLabel')}
        <textarea
          ref={codeRef}
          readOnly
          spellCheck={false}
          rows={heightKind === 'auto' ? 12 : 3}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="embed-dialog__actions">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('embed.close')}
        </button>
        <p className="embed-dialog__status" role="status">
          {status}
        </p>
      </div>
      <h3 className="embed-dialog__preview-heading">{t('embed.previewHeading')}</h3>
      <iframe
        ref={previewRef}
        className="embed-dialog__preview"
        title={t('embed.previewTitle')}
        src={src}
        style={previewStyle}
      />
    </dialog>
  );
}
