/** Ids for imported records: slugs, made unique. */

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

/** Hands out ids that are unique within one collection ("a", "a-2", "a-3", …). */
export class IdAllocator {
  private readonly used = new Set<string>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Marks an id as taken; false when it already was. */
  reserve(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** `base` itself when free, else the first free `base-2`, `base-3`, … (reserved). */
  unique(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
