// Types for findBrowser.mjs (a plain Node script, so `npm test` runs before any build step).
export interface Machine {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}
export function browserCandidates(machine: Machine): string[];
export function findBrowser(machine: Machine & { readonly exists: (path: string) => boolean }): {
  path: string | null;
  notes: string[];
};
export function isDebianLike(osRelease: string): boolean;
export function installPlan(machine: {
  readonly platform: string;
  readonly osRelease: string;
  readonly isRoot: boolean;
  readonly hasSudo: boolean;
  readonly hasAptGet: boolean;
}): string[][] | null;
export function howToGetBrowser(machine: {
  readonly platform: string;
  readonly osRelease: string;
}): string;
export function ensureBrowser(log?: (line: string) => void): string | null;
