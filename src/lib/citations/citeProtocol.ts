import type { Source } from '../../domain/types';
import type { CiteOptions } from './common';
import type { CitationStyle } from './styles';

/** A list of sources to format in one style, off the main thread. */
export interface CiteRequest {
  readonly sources: readonly Source[];
  readonly style: CitationStyle;
  readonly opts?: CiteOptions;
}

export type CiteReply =
  | { readonly ok: true; readonly entries: readonly string[] }
  | { readonly ok: false; readonly message: string };
