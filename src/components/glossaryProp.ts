import {
  buildGlossaryMatcher,
  type GlossaryEntry,
  type GlossaryMatcher,
} from '../lib/glossaryMatch';

/**
 * What a panel needs to mark glossary terms in its text: the matcher and the entries. Panels
 * take it as an optional prop; without it they render plain text.
 */
export interface GlossaryProp {
  readonly matcher: GlossaryMatcher;
  readonly entries: readonly GlossaryEntry[];
}

/** The glossary prop for a dataset's glossary, or undefined when it has none (build it once). */
export function buildGlossaryProp(
  entries: readonly GlossaryEntry[] | undefined,
): GlossaryProp | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  return { matcher: buildGlossaryMatcher(entries), entries };
}
