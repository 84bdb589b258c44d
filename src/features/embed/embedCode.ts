/**
 * Pure helpers for embedding: the embed URL of a view, the full-app URL of an embed, and the
 * HTML a host pastes (an <iframe>, and for auto-size a small listener script).
 */
import type { TimelineChoices } from '../../store/createTimelineStore';
import type { PageLocation as FullLocation } from '../../store/browserUrl';
import { toQueryString, toSearchParams } from '../../store/urlState';
import { EMBED_ID_PARAM, EMBED_PARAM } from '../../store/embedMode';
import { HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from './heightMessage';

/** The parts of the page's address these helpers read. */
export type PageLocation = Pick<FullLocation, 'origin' | 'pathname' | 'search'>;

/** Params that belong to one window, not to the view (the speaker window, a one-off tour). */
const WINDOW_PARAMS: readonly string[] = ['speaker', 'tourdata', EMBED_PARAM, EMBED_ID_PARAM];

/**
 * The embed URL for the current view: `embed=1` (and `embedid`, if given) first, then the
 * view's params as the app writes them (themes, event, from/to, q, data, …).
 */
export function embedUrlFor(
  choices: TimelineChoices,
  location: PageLocation,
  id: string | null = null,
): string {
  const view = toSearchParams(choices, new URLSearchParams(location.search));
  const p = new URLSearchParams({ [EMBED_PARAM]: '1' });
  if (id !== null) p.set(EMBED_ID_PARAM, id);
  for (const [k, v] of view) if (!WINDOW_PARAMS.includes(k)) p.append(k, v);
  return `${location.origin}${location.pathname}${toQueryString(p)}`;
}

/** The same view in the full app: the embed's params and choices, minus `embed` and `embedid`. */
export function fullViewUrlFor(choices: TimelineChoices, location: PageLocation): string {
  const p = toSearchParams(choices, new URLSearchParams(location.search));
  p.delete(EMBED_PARAM);
  p.delete(EMBED_ID_PARAM);
  return `${location.origin}${location.pathname}${toQueryString(p)}`;
}

/** Escapes text for a double- or single-quoted HTML attribute value (or element text). */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export type EmbedWidth = { readonly kind: 'responsive' } | { readonly kind: 'fixed'; px: number };
export type EmbedHeight = { readonly kind: 'auto' } | { readonly kind: 'fixed'; px: number };

export const WIDTH_PX = { min: 320, max: 4000, initial: 800 } as const;
export const HEIGHT_PX = { min: 200, max: 10000, initial: 720 } as const;

/** A whole number of pixels within [min, max]; `range.initial` for anything unreadable. */
export function clampPx(value: number, range: { min: number; max: number; initial: number }) {
  if (!Number.isFinite(value)) return range.initial;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

export interface SnippetOptions {
  /** The embed URL (see `embedUrlFor`). */
  readonly src: string;
  /** The iframe's accessible name. */
  readonly title: string;
  readonly width: EmbedWidth;
  readonly height: EmbedHeight;
}

/** `<iframe …>` for a host page; with auto height, followed by the listener (`hostScript`). */
export function buildIframeSnippet(o: SnippetOptions): string {
  const width = o.width.kind === 'fixed' ? clampPx(o.width.px, WIDTH_PX) : null;
  // With auto-size, the height attribute is where the frame starts (and stays, without script).
  const height = o.height.kind === 'fixed' ? clampPx(o.height.px, HEIGHT_PX) : HEIGHT_PX.initial;
  const attrs = [
    `src="${escapeAttribute(o.src)}"`,
    `title="${escapeAttribute(o.title)}"`,
    ...(width === null ? [] : [`width="${width}"`]),
    `height="${height}"`,
    `style="${width === null ? 'width:100%;' : 'max-width:100%;'}border:0"`,
    'loading="lazy"',
  ];
  const iframe = `<iframe ${attrs.join(' ')}></iframe>`;
  return o.height.kind === 'auto' ? `${iframe}\n${hostScript(new URL(o.src).origin)}` : iframe;
}

/**
 * The host page's listener: accepts height messages only from `appOrigin`, and sizes the
 * iframe that sent each one (matched by `event.source`, so several embeds on a page work).
 * Plain ES5, so it runs on any host page.
 */
export function hostScript(appOrigin: string): string {
  // A JSON string is a JS string literal; "<" escaped so "</script>" cannot end the script.
  const js = (s: string | number) => JSON.stringify(s).replace(/</g, '\\u003c');
  return [
    '<script>',
    "  window.addEventListener('message', function (event) {",
    '    var data = event.data;',
    `    if (event.origin !== ${js(appOrigin)} || !data || data.type !== ${js(HEIGHT_MESSAGE_TYPE)}) return;`,
    `    if (data.version !== ${js(HEIGHT_MESSAGE_VERSION)} || typeof data.height !== 'number') return;`,
    "    var frames = document.getElementsByTagName('iframe');",
    '    for (var i = 0; i < frames.length; i++) {',
    "      if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + 'px';",
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
