/** Ids for imported records: slugs (lib/slug.ts), made unique. */

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
