// node scripts/profile.mjs <events> <load|zoom|filter>: sampling CPU profile of the built app
// (DIST=<dir> for an unminified build) with a synthetic dataset; prints the hottest functions
// (self time, then total time). LINKS=<n>: the dataset has n links and "Show links" is on.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { generateDataset } from './bench/generate.mjs';
const size = Number(process.argv[2] ?? 10000);
const phase = process.argv[3] ?? 'zoom';
const links = Number(process.env.LINKS ?? 0);
const body = JSON.stringify(generateDataset(size, 42, links ? { links } : undefined));
const dist = process.env.DIST ?? new URL('../dist/', import.meta.url).pathname;
const T = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};
const srv = createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/d.json') return res.end(body);
  let f = join(dist, u.pathname);
  if (!existsSync(f) || u.pathname === '/') f = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': T[extname(f)] ?? 'application/octet-stream' });
  res.end(readFileSync(f));
});
await new Promise((r) => srv.listen(0, '127.0.0.1', r));
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (phase === 'load') await cdp.send('Profiler.start');
await p.goto(`http://127.0.0.1:${srv.address().port}/?data=/d.json${links ? '&links=1' : ''}`);
await p.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0, null, {
  timeout: 120000,
});
const box = await p.locator('.timeline__svg, .timeline__canvas canvas').first().boundingBox();
await p.mouse.move(box.x + 700, box.y + 100);
if (phase !== 'load') await cdp.send('Profiler.start');
if (phase === 'zoom') {
  const t = Date.now();
  while (Date.now() - t < 1500) await p.mouse.wheel(0, -60);
}
if (phase === 'filter') {
  for (let i = 0; i < 4; i++) {
    await p.locator('.theme-filter input[type=checkbox]').first().click();
    await p.waitForTimeout(100);
  }
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n = byId.get(id);
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + t / 1000);
}
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const chain = (id) => {
  const out = [];
  let cur = id;
  for (let d = 0; d < 8 && cur; d++) {
    const n = byId.get(cur);
    out.push(n.callFrame.functionName || '(anon)');
    cur = parent.get(cur);
  }
  return out.join(' < ');
};
const agg = new Map();
for (const [id, t] of counts) {
  const n = byId.get(id);
  if (['setAttribute', 'createElementNS', 'removeChild'].includes(n.callFrame.functionName)) {
    const k = chain(id);
    agg.set(k, (agg.get(k) ?? 0) + t / 1000);
  }
}
console.log(
  [...agg.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${v.toFixed(1)} ms ${k}`)
    .join('\n'),
);
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n'),
);
// Total (inclusive) time per function, each counted once per sample however deep it recurses.
const total = new Map();
for (const [id, t] of counts) {
  const seen = new Set();
  for (let cur = id; cur; cur = parent.get(cur)) {
    const n = byId.get(cur);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + t / 1000);
  }
}
console.log('\ntotal time:');
console.log(
  [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n'),
);
await b.close();
srv.close();
