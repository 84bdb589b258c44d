/**
 * "Cite this view": a citation of the timeline itself as the reader sees it, so that a
 * footnote reopens the same view. The item is a CSL-JSON dataset with
 * - the exact URL of the view (every choice the URL can carry: view, selection, zoom, filters),
 * - the dataset's title,
 * - its version: a content hash (SHA-256 of the dataset as loaded, its first 12 hex digits),
 *   since the dataset carries no version number of its own,
 * - and the access date, today in the reader's time zone.
 */
import type { CslItem } from './csl';
import { protectCase } from './csl';
import type { ProseStyle } from './styles';

export interface CitedView {
  readonly url: string;
  readonly title: string;
  /** From datasetVersion(). */
  readonly version: string;
  /** YYYY-MM-DD. */
  readonly accessed: string;
}

/** JSON with object keys sorted, so the same content always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** "SHA-256 3f2a9c1b7e4d": the first 12 hex digits of the SHA-256 of the dataset's content. */
export async function datasetVersion(dataset: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(stableJson(dataset));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return `SHA-256 ${hex.slice(0, 12)}`;
}

function parts(day: string): number[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) throw new RangeError(`the access date "${day}" must be YYYY-MM-DD`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Styles whose CSL file prints no version for a dataset, although their guides ask for one
 * (Cite Them Right: "Title (Version) [Data set]"; IEEE: "…, Version, Year"): the version goes
 * into the title's parentheses, so the citation still names the state of the data.
 */
const VERSION_IN_TITLE: ReadonlySet<ProseStyle> = new Set(['harvard', 'ieee']);

/** The view as a CSL-JSON item (type dataset), for the prose styles and for download. */
export function viewCslItem(view: CitedView, style?: ProseStyle): CslItem {
  const title =
    style !== undefined && VERSION_IN_TITLE.has(style)
      ? `${view.title} (version ${view.version})`
      : view.title;
  return {
    id: 'timeline-view',
    type: 'dataset',
    title: protectCase(title),
    version: view.version,
    URL: view.url,
    accessed: { 'date-parts': [parts(view.accessed)] },
  };
}

function escapeTex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

/** The view as a BibTeX @misc entry (for a reader who chose BibTeX). */
export function viewBibTeX(view: CitedView): string {
  const url = view.url.replace(
    /[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return [
    '@misc{timelineview,',
    `  title = {{${escapeTex(view.title)}}},`,
    `  howpublished = {\\url{${url}}},`,
    `  version = {${escapeTex(view.version)}},`,
    `  url = {${url}},`,
    `  urldate = {${view.accessed}},`,
    `  note = {Interactive timeline, version ${escapeTex(view.version)}; accessed ${view.accessed}}`,
    '}',
  ].join('\n');
}
