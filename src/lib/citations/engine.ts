/**
 * The CSL formatter: citation-js (@citation-js/core with @citation-js/plugin-csl, which runs
 * citeproc-js) and the official CSL styles. This module is only ever imported dynamically
 * (index.ts, loadCiter), so none of it is in the first bundle.
 *
 * Every citation is formatted in English (en-US), since the sources are English. Each source
 * is formatted on its own, so a list keeps the order it was given in (an event's order); for
 * IEEE, whose entries are numbered, the number is the place in that list.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationSegment } from './common';
import type { CslItem } from './csl';
import { htmlToSegments } from './html';
import { CSL_FILES, CSL_LOADERS, type ProseStyle } from './styles';

interface CslConfig {
  readonly styles: { has(name: string): boolean; add(name: string, xml: string): void };
}

const config = plugins.config.get('@csl') as CslConfig;
const loading = new Map<string, Promise<void>>();

/** Loads (once) the CSL file the style needs. */
export function loadStyle(style: ProseStyle): Promise<void> {
  const { name } = CSL_FILES[style];
  let p = loading.get(name);
  if (p === undefined) {
    const load = CSL_LOADERS[name];
    if (load === undefined) return Promise.reject(new Error(`no CSL file for ${style}`));
    p = load().then((xml) => {
      if (!config.styles.has(name)) config.styles.add(name, xml);
    });
    loading.set(name, p);
  }
  return p;
}

export function isStyleLoaded(style: ProseStyle): boolean {
  return config.styles.has(CSL_FILES[style].name);
}

/**
 * Two corrections to citeproc's output, each where the style's manual is clear and the CSL
 * rendering is not:
 * - a title ending in "?" or "!" inside quotation marks gets no comma or full stop after it
 *   (citeproc writes `Really ‘All In’?,”`); Chicago, MLA, Harvard and IEEE all leave it out;
 * - APA writes "Retrieved Month Day, Year, from URL" for an undated page, and without an
 *   access date the style's group still prints "Retrieved URL"; APA 7 prints the bare URL
 *   when no retrieval date is given.
 */
function tidy(segments: CitationSegment[], item: CslItem, style: ProseStyle): CitationSegment[] {
  return segments.map((seg) => {
    let text = seg.text.replace(/([?!])[,.]([”’"'])/g, '$1$2');
    if (style === 'apa' && item.accessed === undefined && item.URL !== undefined) {
      text = text.replace(`Retrieved ${item.URL}`, item.URL);
    }
    return text === seg.text ? seg : { ...seg, text };
  });
}

/**
 * Entries already formatted, by style, number and item: the Sources view asks for every
 * source again on each render (typing in its filter), and citeproc takes milliseconds each.
 */
const cache = new Map<string, CitationSegment[]>();
const CACHE_LIMIT = 5000;

/** One entry, as runs of text; the style must have been loaded. */
export function formatItem(item: CslItem, style: ProseStyle, number = 1): CitationSegment[] {
  const key = `${style}|${number}|${JSON.stringify(item)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const out = formatUncached(item, style, number);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

function formatUncached(item: CslItem, style: ProseStyle, number: number): CitationSegment[] {
  const { name, mode } = CSL_FILES[style];
  if (!config.styles.has(name)) throw new Error(`the style ${style} is not loaded yet`);
  const cite = new Cite([item]);
  const html = cite.format(mode === 'note' ? 'citation' : 'bibliography', {
    format: 'html',
    template: name,
    lang: 'en-US',
  }) as string;
  // IEEE's label ("[1]") sits in its own block; it is replaced by the place in the list.
  const body = html.replace(/<div class="csl-left-margin">[^<]*<\/div>/, '');
  const segments = tidy(htmlToSegments(body), item, style);
  if (style !== 'ieee') return segments;
  return [{ text: `[${number}] ` }, ...segments].reduce<CitationSegment[]>((acc, s) => {
    const last = acc.at(-1);
    if (last && last.italic === s.italic)
      acc[acc.length - 1] = { ...last, text: last.text + s.text };
    else acc.push(s);
    return acc;
  }, []);
}
