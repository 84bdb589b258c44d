/**
 * The stored form of the reader's answers about pictures (lib/imageConsent.ts), apart from
 * the rest: the persistence module, which is in the first JavaScript, needs only this.
 */

export interface ConsentAnswer {
  readonly allowed: boolean;
  /** The sites that were listed when the reader answered. */
  readonly hosts: readonly string[];
  /** When (ms since 1970), to forget the oldest answers first. */
  readonly at: number;
}

export type ConsentAnswers = Readonly<Record<string, ConsentAnswer>>;

/** Stored answers, checked entry by entry: a malformed entry is dropped, never trusted. */
export function parseAnswers(value: unknown): ConsentAnswers | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, ConsentAnswer> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    // Keys are "url:…" or "title:…"; "__proto__" would set the prototype instead.
    if (key === '__proto__' || typeof raw !== 'object' || raw === null) continue;
    const { allowed, hosts, at } = raw as Record<string, unknown>;
    if (
      typeof allowed === 'boolean' &&
      Array.isArray(hosts) &&
      hosts.every((h) => typeof h === 'string') &&
      typeof at === 'number' &&
      Number.isFinite(at)
    ) {
      out[key] = { allowed, hosts, at };
    }
  }
  return out;
}
