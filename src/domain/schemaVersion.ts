/** Kept apart from schema.ts so importing the version does not pull zod into the first bundle. */
export const SCHEMA_VERSION = 6;

/** Every version a file may carry; older ones are migrated on load (see migrations.ts). */
export const KNOWN_SCHEMA_VERSIONS = [1, 2, 3, 4, 5, 6] as const;
