/**
 * Old links keep working: when a URL param is renamed or its values change, a migration is
 * added here (in order, oldest first) that rewrites the old form into the current one. They
 * run before a link is read and before the address is rewritten, so an old name never lingers
 * beside its new one.
 *
 * None yet: every param has kept its name and values since links were first shared
 * (`themes`, `dim`, `event`, `from`/`to`, `tour`/`step`, `view`, `q`, `source`, `compare`,
 * `person`, `speakers`).
 */
export interface UrlMigration {
  /** What changed and when, in words (e.g. "2026-05: `dim` renamed to `dimmed`"). */
  readonly change: string;
  /** Rewrites the old form in place; leaves a link already in the new form alone. */
  readonly migrate: (params: URLSearchParams) => void;
}

export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** A copy of the params with every migration applied, in order. */
export function migrateParams(
  params: URLSearchParams,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): URLSearchParams {
  const p = new URLSearchParams(params);
  for (const m of migrations) m.migrate(p);
  return p;
}
