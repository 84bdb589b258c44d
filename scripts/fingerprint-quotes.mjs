// Checks every quote in data/wpc.json against the seed articles and the research dossier in
// ../shared, and records a SHA-256 fingerprint of each verified quote in
// tests/fixtures/quote-fingerprints.json, so tests catch a quote edited later even on a
// machine without ../shared. Refuses to fingerprint a quote it cannot find verbatim.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const shared = new URL('../shared/', root);
if (!existsSync(new URL('seeds/', shared))) {
  console.error(
    'fingerprints: ../shared/seeds is not beside the repository; nothing to check against.',
  );
  process.exit(1);
}
const texts = [
  ...readdirSync(new URL('seeds/', shared))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(`seeds/${f}`, shared), 'utf8')),
  readFileSync(new URL('research/wpc-dossier.md', shared), 'utf8'),
];
const data = JSON.parse(readFileSync(new URL('data/wpc.json', root), 'utf8'));
const prints = {};
const missing = [];
for (const q of data.quotes) {
  const ok = q.text.split(/\n+/).every((para) => texts.some((t) => t.includes(para)));
  if (ok) prints[q.id] = createHash('sha256').update(q.text, 'utf8').digest('hex');
  else missing.push(q.id);
}
writeFileSync(
  new URL('tests/fixtures/quote-fingerprints.json', root),
  `${JSON.stringify(prints, null, 2)}\n`,
);
console.log(`fingerprints: ${Object.keys(prints).length} quotes verified and recorded`);
if (missing.length) {
  console.error(`fingerprints: not found verbatim in the sources: ${missing.join(', ')}`);
  process.exit(1);
}
