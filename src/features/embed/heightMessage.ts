/**
 * The embed's message to its host page, posted to `window.parent` so the host can size the
 * iframe to the content:
 *
 *   { type: 'wpc-timeline:height', version: 1, height: 734, id?: 'my-embed' }
 *
 * `height` is the embed's content height in CSS pixels, a non-negative integer. `id` is the
 * `embedid` URL param, present only when one was given, so a host with several embeds can
 * tell them apart (it can also compare `event.source` with each iframe's `contentWindow`).
 * A change of shape gets a new `version`; hosts ignore versions they do not know.
 */
import { EMBED_ID_PARAM } from '../../store/embedMode';

export const HEIGHT_MESSAGE_TYPE = 'wpc-timeline:height';
export const HEIGHT_MESSAGE_VERSION = 1;
/** Longer ids are ignored: the id is a label for the host, not a place for data. */
export const EMBED_ID_MAX_LENGTH = 100;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly version: typeof HEIGHT_MESSAGE_VERSION;
  readonly height: number;
  readonly id?: string;
}

/** The `embedid` param, or null when absent, empty or too long. */
export function embedIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get(EMBED_ID_PARAM);
  return id !== null && id !== '' && id.length <= EMBED_ID_MAX_LENGTH ? id : null;
}

/** The message for a measured height (rounded up to whole pixels, never negative). */
export function makeHeightMessage(height: number, id: string | null = null): HeightMessage {
  const px = Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0;
  return id === null
    ? { type: HEIGHT_MESSAGE_TYPE, version: HEIGHT_MESSAGE_VERSION, height: px }
    : { type: HEIGHT_MESSAGE_TYPE, version: HEIGHT_MESSAGE_VERSION, height: px, id };
}

/** For hosts (and the dialog's preview): is this `event.data` a height message we understand? */
export function isHeightMessage(value: unknown): value is HeightMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE_TYPE &&
    m.version === HEIGHT_MESSAGE_VERSION &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height >= 0 &&
    (m.id === undefined || typeof m.id === 'string')
  );
}
