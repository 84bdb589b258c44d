/**
 * Citations for the "Cite" feature. The model is CSL-JSON (csl.ts); the prose styles (APA 7,
 * MLA 9, Chicago 18 notes and author-date, Harvard, IEEE) are official CSL styles formatted by
 * citation-js, which is loaded on first use (loadCiter); BibTeX, RIS and CSL-JSON files are
 * written here without it.
 */
import type { Quote, Source, TimelineEvent } from '../../domain/types';
import { bibtexEntry, citationKeys } from './bibtex';
import { plainText, type CitationSegment, type CiteOptions } from './common';
import type * as EngineModule from './engine';
import { proseItem, toCslItem, type CslItem } from './csl';
import { CRLF, risRecord } from './ris';
import { isProseStyle, PROSE_STYLES, type CitationStyle, type ProseStyle } from './styles';

export { plainText, type CitationSegment, type CiteOptions } from './common';
export type { CslItem } from './csl';
export { toCslItem, toCslItems, toCslJson } from './csl';
export { citationKeys, escapeBibTeX, toBibTeX } from './bibtex';
export { toRIS } from './ris';
export { parseAuthors, type AuthorName } from './names';
export {
  CITATION_STYLES,
  CITATION_STYLE_LABELS,
  PROSE_STYLES,
  isCitationStyle,
  isProseStyle,
  type CitationStyle,
  type ProseStyle,
} from './styles';

function isSourceList(x: ReadonlyMap<string, Source> | readonly Source[]): x is readonly Source[] {
  return Array.isArray(x);
}

/** The event's sources, in the event's order; ids that are not found are skipped. */
export function eventSources(
  event: Pick<TimelineEvent, 'sources'>,
  sources: ReadonlyMap<string, Source> | readonly Source[],
): Source[] {
  const byId: ReadonlyMap<string, Source> = isSourceList(sources)
    ? new Map(sources.map((s) => [s.id, s]))
    : sources;
  return event.sources.flatMap((id) => {
    const s = byId.get(id);
    return s === undefined ? [] : [s];
  });
}

type Engine = typeof EngineModule;

/** Formats citations; only the styles it was loaded with (see loadCiter). */
export interface Citer {
  /** Whether this style can be formatted now (BibTeX and RIS always can). */
  has(style: CitationStyle): boolean;
  /** One entry per source, in the order given, as runs of text (italic where the style says). */
  citeSourcesParts(
    sources: readonly Source[],
    style: CitationStyle,
    opts?: CiteOptions,
  ): CitationSegment[][];
  citeSourceParts(source: Source, style: CitationStyle, opts?: CiteOptions): CitationSegment[];
  /** The citation as plain text (italics are not marked). */
  citeSource(source: Source, style: CitationStyle, opts?: CiteOptions): string;
  /** The entry of the quote's source; throws when `source` is not the quote's source. */
  citeQuote(quote: Quote, source: Source, style: CitationStyle, opts?: CiteOptions): string;
  /** One entry per source of the event, in the event's order; keys unique across them. */
  citeEvent(
    event: Pick<TimelineEvent, 'sources'>,
    sources: ReadonlyMap<string, Source> | readonly Source[],
    style: CitationStyle,
    opts?: CiteOptions,
  ): string[];
  /** A CSL-JSON item (such as "Cite this view"'s) in a prose style. */
  citeItemParts(item: CslItem, style: ProseStyle): CitationSegment[];
}

const plain = (segments: readonly CitationSegment[]) => plainText([segments]);

function fileEntries(sources: readonly Source[], style: 'bibtex' | 'ris', opts?: CiteOptions) {
  const keys = citationKeys(sources);
  return sources.map((s, i) =>
    style === 'bibtex'
      ? bibtexEntry(s, keys[i] ?? '', opts)
      : `${risRecord(s, keys[i] ?? '', opts)}${CRLF}`,
  );
}

function makeCiter(engine: Engine): Citer {
  const sourcesParts = (sources: readonly Source[], style: CitationStyle, opts?: CiteOptions) => {
    if (!isProseStyle(style)) return fileEntries(sources, style, opts).map((text) => [{ text }]);
    const keys = citationKeys(sources);
    return sources.map((s, i) =>
      engine.formatItem(proseItem(toCslItem(s, keys[i] ?? s.id, opts)), style, i + 1),
    );
  };
  const citer: Citer = {
    has: (style) => !isProseStyle(style) || engine.isStyleLoaded(style),
    citeSourcesParts: sourcesParts,
    citeSourceParts: (source, style, opts) => sourcesParts([source], style, opts)[0] ?? [],
    citeSource: (source, style, opts) => plain(citer.citeSourceParts(source, style, opts)),
    citeQuote: (quote, source, style, opts) => {
      if (quote.sourceId !== source.id) {
        throw new RangeError(
          `quote "${quote.id}" comes from "${quote.sourceId}", not "${source.id}"`,
        );
      }
      return citer.citeSource(source, style, opts);
    },
    citeEvent: (event, sources, style, opts) =>
      sourcesParts(eventSources(event, sources), style, opts).map(plain),
    citeItemParts: (item, style) => engine.formatItem(proseItem(item), style),
  };
  return citer;
}

let enginePromise: Promise<Engine> | null = null;
let loadedEngine: Engine | null = null;

/** Loads citation-js and the CSL files of the styles asked for (all prose styles by default). */
export async function loadCiter(styles: readonly CitationStyle[] = PROSE_STYLES): Promise<Citer> {
  enginePromise ??= import('./engine').then((e) => (loadedEngine = e));
  const engine = await enginePromise;
  await Promise.all(styles.filter(isProseStyle).map((s) => engine.loadStyle(s)));
  return makeCiter(engine);
}

/** The formatter, without waiting, when it and the style are already loaded; else null. */
export function peekCiter(style: CitationStyle): Citer | null {
  if (loadedEngine === null) return null;
  const citer = makeCiter(loadedEngine);
  return citer.has(style) ? citer : null;
}
