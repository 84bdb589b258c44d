// npm run validate:data                    checks data/wpc.json and that data/dataset.schema.json
//                                          matches the zod schema
// npm run validate:data -- <file> [...]    checks files in any format the app imports: its own
//                                          JSON, its own CSV layout, TimelineJS JSON, or the
//                                          TimelineJS spreadsheet template as CSV (src/import)
// npm run schema:write                     regenerates data/dataset.schema.json
// Prints each problem as `file: severity: path: message`; exit code 1 when there are errors.
// Runs the app's own TypeScript validator and importer through Vite.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const writeSchema = args.includes('--write-schema');
const files = args.filter((a) => !a.startsWith('--'));
const root = resolve(import.meta.dirname, '..');
const schemaPath = resolve(root, 'data/dataset.schema.json');

const { module: schemaMod } = await runnerImport(resolve(root, 'src/domain/schema.ts'));
const { module: validateMod } = await runnerImport(resolve(root, 'src/domain/validateDataset.ts'));
const { z } = await import('zod');

const jsonSchema = `${JSON.stringify(
  z.toJSONSchema(schemaMod.datasetSchema, { io: 'input', unrepresentable: 'any' }),
  null,
  2,
)}\n`;

if (writeSchema) {
  writeFileSync(schemaPath, jsonSchema);
  console.log(`wrote ${schemaPath}`);
  process.exit(0);
}

let failed = false;

function summary(d) {
  return `${d.events.length} events, ${d.quotes.length} quotes, ${d.sources.length} sources, ${d.themes.length} themes`;
}

if (files.length > 0) {
  const { module: importMod } = await runnerImport(resolve(root, 'src/import/importDataset.ts'));
  for (const file of files) {
    let bytes;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      console.error(`${file}: cannot read (${e.message})`);
      failed = true;
      continue;
    }
    const outcome = importMod.importBytes(bytes, basename(file));
    const problems = outcome.ok ? outcome.warnings : outcome.problems;
    for (const p of problems) console.error(`${file}: ${p.severity}: ${p.path}: ${p.message}`);
    if (outcome.ok) {
      const d = outcome.dataset;
      console.log(
        `${file}: valid ${outcome.format} (${summary(d)}${problems.length ? `, ${problems.length} warnings` : ''})`,
      );
    } else {
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

// No arguments: the shipped dataset, through the validator alone, and the JSON Schema.
const wpc = resolve(root, 'data/wpc.json');
let current = '';
try {
  current = readFileSync(schemaPath, 'utf8');
} catch {
  // reported below
}
if (current !== jsonSchema) {
  console.error('data/dataset.schema.json is out of date: run `npm run schema:write`.');
  failed = true;
}

let text;
let json;
try {
  text = readFileSync(wpc, 'utf8');
  json = JSON.parse(text);
} catch (e) {
  console.error(
    text === undefined
      ? `${wpc}: cannot read (${e.message})`
      : `${wpc}: not valid JSON: ${e.message}`,
  );
  process.exit(1);
}
const result = validateMod.validateDataset(json);
const problems = result.ok ? result.warnings : result.problems;
for (const p of problems) console.error(`${wpc}: ${p.severity}: ${p.path}: ${p.message}`);
if (result.ok) {
  console.log(
    `${wpc}: valid (${summary(result.dataset)}${problems.length ? `, ${problems.length} warnings` : ''})`,
  );
} else {
  failed = true;
}
process.exit(failed ? 1 : 0);
