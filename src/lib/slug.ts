/** Slugs for ids, tour ids and file names: one way to turn a title into one. */

/**
 * "Art & Music (1900–1950)" → "art-music-1900-1950": lower-case ASCII letters and digits
 * joined by "-", accents removed; "" when nothing usable is left (e.g. only CJK or symbols).
 * The result always satisfies the schema's id pattern when it is not empty.
 */
export function slugify(value: string, maxLength = 80): string {
  if (value.length <= maxLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return value;
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
