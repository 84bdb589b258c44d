import type { GlossaryEntry, GlossaryMatcher } from '../lib/glossaryMatch';

/**
 * What a panel needs to mark glossary terms in its text: the matcher and the entries. Panels
 * take it as an optional prop; without it they render plain text.
 */
export interface GlossaryProp {
  readonly matcher: GlossaryMatcher;
  readonly entries: readonly GlossaryEntry[];
}
