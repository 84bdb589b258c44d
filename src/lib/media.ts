/**
 * Media as TimelineJS files give it, read the way TimelineJS shows it, and nothing fetched:
 * - a protocol-relative address (`//upload.wikimedia.org/…`) is https;
 * - an `<iframe …>` embed code stands for its `src`, which becomes a link (the app never runs
 *   a third-party iframe);
 * - a relative address is resolved against the file's own URL when there is one;
 * - every address is classified (YouTube, Vimeo, SoundCloud, Google Maps, Twitter/X,
 *   Wikipedia, image, document, or another web page), so the details panel can say what a link
 *   opens, and which images (and video thumbnails) it may show once the reader agrees.
 * Pure functions: no DOM, no network; they run in the import worker too.
 */

export const MEDIA_KINDS = [
  'youtube',
  'vimeo',
  'soundcloud',
  'google-maps',
  'twitter',
  'wikipedia',
  'image',
  'document',
  'page',
] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** How the address was written, for the importer's messages. */
export type MediaAddressForm = 'absolute' | 'protocol-relative' | 'relative' | 'embed';

export type MediaUrlReading =
  | { readonly ok: true; readonly url: string; readonly form: MediaAddressForm }
  | {
      readonly ok: false;
      /** `relative`: no base to resolve against; `embed`: an iframe without a usable src. */
      readonly reason: 'relative' | 'embed' | 'protocol' | 'invalid';
      /** The address as it was found (the iframe's src for embed codes). */
      readonly address: string;
    };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** The HTML entities an attribute value may carry (`&amp;`, `&#38;`, `&#x26;`, …). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** True when the media field is an iframe embed code rather than an address. */
export function isIframeEmbed(value: string): boolean {
  return /^\s*<iframe[\s>]/i.test(value);
}

/** The `src` of the first `<iframe>` in an embed code ("" when it has none). */
export function iframeSrc(html: string): string {
  const tag = /<iframe\b([^>]*)>?/i.exec(html);
  if (!tag) return '';
  const attrs = tag[1] ?? '';
  const src = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+))/i.exec(attrs);
  if (!src) return '';
  return decodeAttribute(src[1] ?? src[2] ?? src[3] ?? '').trim();
}

function parseHttp(value: string, base?: string): URL | null {
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A media field → an absolute http(s) address, or why it cannot be one. `base` is the URL the
 * file itself came from (`?data=`), or null for a file opened from this computer.
 */
export function readMediaUrl(raw: string, base: string | null): MediaUrlReading {
  const value = raw.trim();
  let address = value;
  let form: MediaAddressForm = 'absolute';
  if (isIframeEmbed(value)) {
    address = iframeSrc(value);
    if (address === '') return { ok: false, reason: 'embed', address: '' };
    form = 'embed';
  }
  if (address.startsWith('//')) {
    const url = parseHttp(`https:${address}`);
    if (url === null) return { ok: false, reason: 'invalid', address };
    return { ok: true, url: url.href, form: form === 'embed' ? form : 'protocol-relative' };
  }
  if (HAS_SCHEME.test(address)) {
    const url = parseHttp(address);
    if (url !== null) return { ok: true, url: url.href, form };
    return {
      ok: false,
      reason: /^https?:/i.test(address) ? 'invalid' : 'protocol',
      address,
    };
  }
  // No scheme: a path relative to the file (or a typing mistake such as "www.example.com/x").
  if (base === null) return { ok: false, reason: 'relative', address };
  const baseUrl = parseHttp(base);
  if (baseUrl === null) return { ok: false, reason: 'relative', address };
  const url = parseHttp(address, baseUrl.href);
  if (url === null) return { ok: false, reason: 'invalid', address };
  return { ok: true, url: url.href, form: form === 'embed' ? form : 'relative' };
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const DOCUMENT_PATH = /\.(?:pdf|docx?|odt|pptx?|odp|xlsx?|ods|rtf|txt)$/i;

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** What an absolute address opens, judged from the address alone. */
export function classifyMedia(address: string): MediaKind {
  const url = parseHttp(address);
  if (url === null) return 'page';
  const host = url.hostname.toLowerCase();
  const path = decodeURIComponentSafe(url.pathname);
  if (
    hostIs(host, 'youtube.com') ||
    hostIs(host, 'youtu.be') ||
    hostIs(host, 'youtube-nocookie.com')
  ) {
    return 'youtube';
  }
  if (hostIs(host, 'vimeo.com')) return 'vimeo';
  if (hostIs(host, 'soundcloud.com')) return 'soundcloud';
  if (
    (/^(?:www\.|maps\.)?google\.[a-z.]+$/.test(host) && /^\/maps\b/.test(path)) ||
    /^maps\.google\.[a-z.]+$/.test(host) ||
    (host === 'goo.gl' && path.startsWith('/maps')) ||
    host === 'maps.app.goo.gl'
  ) {
    return 'google-maps';
  }
  if (hostIs(host, 'twitter.com') || hostIs(host, 'x.com') || host === 't.co') return 'twitter';
  if (IMAGE_PATH.test(path)) return 'image';
  if (hostIs(host, 'wikipedia.org')) return 'wikipedia';
  if (
    DOCUMENT_PATH.test(path) ||
    host === 'docs.google.com' ||
    host === 'drive.google.com' ||
    hostIs(host, 'documentcloud.org')
  ) {
    return 'document';
  }
  return 'page';
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The video id of a YouTube address (watch?v=, youtu.be/, embed/, shorts/), or null. */
export function youTubeId(address: string): string | null {
  const url = parseHttp(address);
  if (url === null) return null;
  const host = url.hostname.toLowerCase();
  let id: string | null = null;
  if (hostIs(host, 'youtu.be')) id = url.pathname.split('/')[1] ?? null;
  else if (hostIs(host, 'youtube.com') || hostIs(host, 'youtube-nocookie.com')) {
    id =
      url.searchParams.get('v') ??
      /^\/(?:embed|shorts|v|live)\/([^/?#]+)/.exec(url.pathname)?.[1] ??
      null;
  }
  return id !== null && /^[A-Za-z0-9_-]{6,20}$/.test(id) ? id : null;
}

/** The media fields the details panel reads. */
export interface MediaLike {
  readonly url: string;
  readonly thumbnail?: string | undefined;
}

/**
 * The picture the details panel may show for a media item, once the reader agreed: the image
 * itself, else the thumbnail the file names, else a YouTube video's own still. Null when there
 * is no picture to show (a map, a post, a document without a thumbnail).
 */
export function pictureOf(media: MediaLike): { src: string; isThumbnail: boolean } | null {
  if (classifyMedia(media.url) === 'image') return { src: media.url, isThumbnail: false };
  if (media.thumbnail !== undefined && parseHttp(media.thumbnail) !== null) {
    return { src: media.thumbnail, isThumbnail: true };
  }
  const id = youTubeId(media.url);
  if (id !== null) return { src: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, isThumbnail: true };
  return null;
}

/** The host of an address ("upload.wikimedia.org"), or "" when it is not one. */
export function hostOf(address: string): string {
  return parseHttp(address)?.host ?? '';
}

/**
 * The sites a dataset's pictures come from, in order of first appearance, without the page's
 * own origin (pictures from the app's own site need no consent).
 */
export function pictureHosts(media: Iterable<MediaLike>, pageOrigin: string): string[] {
  const hosts = new Set<string>();
  for (const m of media) {
    const picture = pictureOf(m);
    if (picture === null) continue;
    const url = parseHttp(picture.src);
    if (url !== null && url.origin !== pageOrigin) hosts.add(url.host);
  }
  return [...hosts];
}

/** Every media item of a dataset: its introduction's and its events'. */
export function* datasetMedia(data: {
  readonly dataset: { readonly media?: MediaLike | undefined };
  readonly events: readonly { readonly media?: MediaLike | undefined }[];
}): Generator<MediaLike> {
  if (data.dataset.media) yield data.dataset.media;
  for (const e of data.events) if (e.media) yield e.media;
}

/** The other sites a dataset's pictures come from (see media.pictureHosts). */
export function datasetPictureHosts(
  data: Parameters<typeof datasetMedia>[0],
  pageOrigin: string,
): string[] {
  return pictureHosts(datasetMedia(data), pageOrigin);
}
