// Fails when the JavaScript a first visit must load (the entry script and the chunks
// index.html preloads) grows past the budget, gzip-compressed. Lazy chunks (the validator,
// the dataset) are listed but not counted. Run after `npm run build`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The performance issue's target: at most 100 kB (100,000 bytes) gzip, React included.
export const INITIAL_JS_BUDGET_KB = 100;

const dist = new URL('../dist/', import.meta.url).pathname;
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('size: dist/index.html not found; run `npm run build` first.');
  process.exit(1);
}
const initial = new Set(
  [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]),
);
const kb = (n) => (n / 1000).toFixed(1);
let initialGzip = 0;
const rows = [];
for (const f of readdirSync(join(dist, 'assets'))) {
  if (!f.endsWith('.js')) continue;
  const rel = `assets/${f}`;
  const buf = readFileSync(join(dist, rel));
  const gz = gzipSync(buf).length;
  const isInitial = initial.has(rel);
  if (isInitial) initialGzip += gz;
  rows.push(
    `${isInitial ? 'initial' : 'lazy   '}  ${kb(statSync(join(dist, rel)).size).padStart(7)} kB raw  ${kb(gz).padStart(6)} kB gzip  ${rel}`,
  );
}
console.log(rows.sort().join('\n'));
// Development-only code must stay out of the build: Zustand's devtools middleware is added
// only when import.meta.env.DEV (src/store/createTimelineStore.ts).
const devOnly = readdirSync(join(dist, 'assets')).filter(
  (f) =>
    f.endsWith('.js') &&
    readFileSync(join(dist, 'assets', f), 'utf8').includes('__REDUX_DEVTOOLS_EXTENSION__'),
);
for (const f of devOnly) console.error(`size: assets/${f} contains the Redux DevTools middleware`);
const withinBudget = initialGzip <= INITIAL_JS_BUDGET_KB * 1000;
console.log(
  `size: initial JavaScript ${kb(initialGzip)} kB gzip (budget ${INITIAL_JS_BUDGET_KB} kB): ${withinBudget ? 'ok' : 'OVER BUDGET'}`,
);
process.exit(withinBudget && devOnly.length === 0 ? 0 : 1);
