/**
 * Whether this page is an embed (`?embed=1`). Part of the first script, so nothing else
 * lives here: the embed's own code loads lazily (EmbedRoot, EmbedView).
 */
export const EMBED_PARAM = 'embed';
/** A host's label for one embed, echoed in its height messages (see heightMessage.ts). */
export const EMBED_ID_PARAM = 'embedid';

export function isEmbedSearch(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_PARAM) === '1';
}
