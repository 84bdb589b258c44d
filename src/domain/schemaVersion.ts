/** Kept apart from schema.ts so importing the version does not pull zod into the first bundle. */
export const SCHEMA_VERSION = 1;
