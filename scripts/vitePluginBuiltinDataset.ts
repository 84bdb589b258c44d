/**
 * The built-in WPC dataset, checked when the app is built rather than in every reader's
 * browser. `virtual:builtin-dataset` runs `data/wpc.json` through the app's own validator
 * (the same code that checks imported files) at build time and exports the result as JSON.
 * A dataset that does not validate fails the build with its problems listed; the dev server
 * passes them to the page instead, which shows them as it would for any other file. Readers
 * thus never download or run the schema code (about 25 kB gzip, and some 70 ms on a 2-core
 * machine) to re-check a file that shipped with the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as ValidatorModule from '../src/domain/validateDataset';
import type { ValidationResult } from '../src/domain/validateDataset';

type Validator = typeof ValidatorModule;

const ID = 'virtual:builtin-dataset';
const RESOLVED = `\0${ID}`;
const VALIDATOR = fileURLToPath(new URL('../src/domain/validateDataset.ts', import.meta.url));

/**
 * The module for a dataset file's text: its validation result as JSON. When `building`, a
 * file that does not validate throws instead, naming every error and where it is.
 */
export function builtinDatasetModule(
  file: string,
  text: string,
  validate: Validator['validateDataset'],
  building: boolean,
): string {
  let result: ValidationResult;
  try {
    result = validate(JSON.parse(text));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    result = { ok: false, problems: [{ path: file, message: why, severity: 'error' }] };
  }
  if (!result.ok && building) {
    const list = result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `  ${p.path}: ${p.message}`)
      .join('\n');
    throw new Error(`${file} does not validate:\n${list}`);
  }
  // JSON.parse of one string literal is the quickest way to hand V8 a large object.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
}

export function builtinDataset(file = 'data/wpc.json'): Plugin {
  let path = '';
  let building = false;
  return {
    name: 'builtin-dataset',
    configResolved(config) {
      path = resolve(config.root, file);
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(path);
      // The validator is the app's own TypeScript, run through Vite's module runner.
      const { module } = await runnerImport<Validator>(VALIDATOR, {
        configFile: false,
        logLevel: 'silent',
      });
      try {
        return builtinDatasetModule(
          file,
          readFileSync(path, 'utf8'),
          module.validateDataset,
          building,
        );
      } catch (e) {
        return this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
