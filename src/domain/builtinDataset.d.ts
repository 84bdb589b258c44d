/**
 * The built-in dataset's validation result, made at build time (a `ValidationResult`; see
 * scripts/vitePluginBuiltinDataset.ts).
 */
declare module 'virtual:builtin-dataset' {
  const result: unknown;
  export default result;
}
