// npm test: every tier, then one closing line "N passed, N failed" totalling all of them.
//   static checks (typecheck, lint, format, data validation, bundle budget) count one each;
//   unit + component tests (Vitest) and browser tests (Playwright, Debian Chromium) count
//   per test. The browser tier runs against a production build.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './findBrowser.mjs';

// A Chrome-family browser for the browser tests: CHROME_PATH, or one installed in the usual
// places, or Chromium installed now where that needs nobody's permission (Debian or Ubuntu, as
// root or with passwordless sudo). Playwright is handed its path and never downloads one.
const CHROME = ensureBrowser();
if (CHROME === null) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`Browser for the browser tests: ${CHROME}`);

const env = {
  ...process.env,
  CHROME_PATH: CHROME,
  FORCE_COLOR: '0',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
let passed = 0;
let failed = 0;
const lines = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return r.status === 0;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('reports', { recursive: true, force: true });

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('data', 'node', ['scripts/validate-data.mjs']);

// Unit (node) and component (jsdom) tests, in a non-UTC zone to surface local-time bugs.
run(
  'unit + component',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
  { TZ: 'America/Los_Angeles' },
);
const unit = readJson('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed +=
    unit.numFailedTests +
    (unit.numTotalTestSuites > 0 && !unit.success && unit.numFailedTests === 0 ? 1 : 0);
  lines.push(`unit + component: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  failed++;
  lines.push('unit + component: FAILED (no report)');
}

const built = check('build', 'npx', ['vite', 'build']);
if (built) {
  check('bundle budget', 'node', ['scripts/check-size.mjs']);
  run('browser (Chromium)', 'npx', ['playwright', 'test']);
  const e2e = readJson('reports/e2e.json');
  if (e2e?.stats) {
    const ok = e2e.stats.expected + e2e.stats.flaky;
    const bad = e2e.stats.unexpected;
    passed += ok;
    failed += bad + (e2e.errors?.length ?? 0);
    lines.push(
      `browser: ${ok} passed, ${bad} failed${e2e.errors?.length ? `, ${e2e.errors.length} errors` : ''}`,
    );
  } else {
    failed++;
    lines.push('browser: FAILED (no report)');
  }
} else {
  failed++;
  lines.push('browser: not run (build failed)');
}

console.log('\n=== summary');
for (const l of lines) console.log(`  ${l}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
