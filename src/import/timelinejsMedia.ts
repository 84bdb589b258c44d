/**
 * A TimelineJS slide's `media` and `background`, read as TimelineJS shows them:
 * - a `<blockquote>` is a quote (the caller makes a quote record of it);
 * - an address is http(s), protocol-relative (read as https), relative (resolved against the
 *   file's own URL when it came from the web), or an `<iframe>` embed code, whose `src` is kept
 *   as a link (lib/media.ts); anything else is left out with a warning that says why;
 * - `background.color` (or a colour in the sheet's Background column) is kept as #rrggbb.
 */
import cssColors from 'color-name';
import { LIMITS } from '../domain/schema';
import { readMediaUrl } from '../lib/media';
import { htmlToText, isBlockquote, readBlockquote } from './html';
import type { Reader, TimelineJsField } from './timelinejsReader';
import { isRecord, quoteValue } from './types';

type Raw = Record<string, unknown>;

export type SlideMedia =
  | { readonly kind: 'none' }
  | { readonly kind: 'quote'; readonly text: string; readonly speaker: string }
  | { readonly kind: 'media'; readonly media: Raw };

const NONE: SlideMedia = { kind: 'none' };

/** An address field → an absolute http(s) URL, or null after a warning saying why not. */
function address(
  r: Reader,
  value: string,
  field: TimelineJsField,
  baseUrl: string | null,
  what: 'media' | 'thumbnail',
): string | null {
  const reading = readMediaUrl(value, baseUrl);
  if (reading.ok) return reading.url;
  const left = `the ${what} was left out`;
  switch (reading.reason) {
    case 'embed':
      r.warn(field, `the embed code has no src address; ${left}`);
      break;
    case 'relative':
      r.warn(
        field,
        `${quoteValue(reading.address)} is a relative address, and a file opened from this computer has no web address to resolve it against; ${left} (write the full https:// address, or open the timeline by its web address)`,
      );
      break;
    default:
      r.warn(field, `${quoteValue(reading.address)} is not a web address (http or https); ${left}`);
  }
  return null;
}

/**
 * The slide's media. `baseUrl` is where the file came from (null for a file opened from this
 * computer): relative addresses are resolved against it.
 */
export function readSlideMedia(r: Reader, raw: unknown, baseUrl: string | null): SlideMedia {
  const media = r.object(raw, 'media', 'url, caption and credit');
  if (!media) return NONE;
  const url = r.text(media.url, 'media.url').trim();
  const credit = htmlToText(r.text(media.credit, 'media.credit'));
  const caption = htmlToText(r.text(media.caption, 'media.caption'));
  const thumbnail = r.text(media.thumbnail, 'media.thumbnail').trim();
  const alt = htmlToText(r.text(media.alt, 'media.alt'));
  // No address: a caption or credit alone has nothing to describe.
  if (url === '') return NONE;
  if (isBlockquote(url)) {
    const quote = readBlockquote(url);
    const speaker = credit || quote.cite || 'Unknown';
    if (quote.text === '') {
      r.warn('media.url', 'the blockquote has no text; no quote was made from it');
      return NONE;
    }
    if (
      r.fits(quote.text, LIMITS.longText, 'media.url', 'the blockquote') &&
      r.fits(speaker, LIMITS.shortText, 'media.credit', 'the credit')
    ) {
      return { kind: 'quote', text: quote.text, speaker };
    }
    return NONE;
  }
  const href = address(r, url, 'media.url', baseUrl, 'media');
  if (href === null) return NONE;
  if (!r.fits(href, 2000, 'media.url', 'the address')) return NONE;
  const m: Raw = { url: href };
  if (caption !== '' && r.fits(caption, LIMITS.longText, 'media.caption', 'the caption')) {
    m.caption = caption;
  }
  if (credit !== '' && r.fits(credit, LIMITS.longText, 'media.credit', 'the credit')) {
    m.credit = credit;
  }
  if (thumbnail !== '') {
    const src = address(r, thumbnail, 'media.thumbnail', baseUrl, 'thumbnail');
    if (src !== null && r.fits(src, 2000, 'media.thumbnail', 'the address')) m.thumbnail = src;
  }
  if (alt !== '' && r.fits(alt, LIMITS.longText, 'media.alt', 'the alt text')) m.alt = alt;
  return { kind: 'media', media: m };
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The slide's background colour as #rrggbb (from #rgb, #rrggbb or a CSS colour name), or null. TimelineJS also allows a background
 * image (`background.url`, or an address in the sheet's Background column): not shown here.
 */
export function readBackground(r: Reader, raw: unknown): string | null {
  let color: string;
  if (typeof raw === 'string') {
    // The spreadsheet's Background column: a colour, or the address of an image.
    color = raw.trim();
    if (color === '' || /^(?:https?:)?\/\/|^\//i.test(color)) return null;
  } else if (isRecord(raw)) {
    color = r.text(raw.color, 'background').trim();
    if (color === '') return null;
  } else {
    if (raw !== undefined && raw !== null) {
      r.warn('background', 'should be an object with a color or url; the background was left out');
    }
    return null;
  }
  // TimelineJS takes any CSS colour; its templates use names ("papayawhip").
  const named = Object.hasOwn(cssColors, color.toLowerCase())
    ? cssColors[color.toLowerCase()]
    : undefined;
  if (named) return `#${named.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  if (!HEX.test(color)) {
    r.warn(
      'background',
      `${quoteValue(color)} is not a colour written #rrggbb or a CSS colour name; the background colour was left out`,
    );
    return null;
  }
  const hex = color.slice(1).toLowerCase();
  return hex.length === 3 ? `#${hex.replace(/./g, '$&$&')}` : `#${hex}`;
}
