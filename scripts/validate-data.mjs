// npm run validate:data [-- <file.json>]   checks a dataset (default data/wpc.json) and that
//                                           data/dataset.schema.json matches the zod schema
// npm run schema:write                      regenerates data/dataset.schema.json
// Exit code 1 when there are errors. Runs the app's own TypeScript validator through Vite.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
if (files.length === 0) {
  files.push(resolve(root, 'data/wpc.json'));
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
}

for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read (${e.message})`);
    failed = true;
    continue;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not valid JSON: ${e.message}`);
    failed = true;
    continue;
  }
  const result = validateMod.validateDataset(json);
  const problems = result.ok ? result.warnings : result.problems;
  for (const p of problems) console.error(`${file}: ${p.severity}: ${p.path}: ${p.message}`);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `${file}: valid (${d.events.length} events, ${d.quotes.length} quotes, ${d.sources.length} sources, ${d.themes.length} themes${problems.length ? `, ${problems.length} warnings` : ''})`,
    );
  } else {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
