import type { GlossaryProp } from '../../src/components/glossaryProp';
import { buildGlossaryMatcher, type GlossaryEntry } from '../../src/lib/glossaryMatch';

/** The glossary prop the timeline view hands its panels, for these entries. */
export function buildGlossaryProp(entries: readonly GlossaryEntry[]): GlossaryProp {
  return { matcher: buildGlossaryMatcher(entries), entries };
}
