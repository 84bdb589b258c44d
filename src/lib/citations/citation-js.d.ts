// The few parts of citation-js this app uses (the package ships no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(name: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
