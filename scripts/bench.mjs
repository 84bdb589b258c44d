// npm run bench [-- --sizes 1000,10000,100000 --runs 3 --no-build --no-links --no-trace --no-files
//   --big --files-only]
// Builds the app, serves it on 127.0.0.1, loads seeded synthetic datasets through ?data= in
// Debian's Chromium (playwright-core), and measures: time to timeline drawn, frame times while
// wheel-zooming and drag-panning (median, p95, frames over 50 ms), long tasks after load,
// filter-toggle latency (one toggle at rest, and a back-to-back series) and selection latency
// (input to next paint), JS heap, and the gzip size of the initial JavaScript. Prints a Markdown
// table of medians over runs and writes bench-results/latest.json. Two more lines, unless
// --no-links: zoom and pan with 1,000 links shown ("Show links" on) at 10,000 events, where
// most link ends sit in "+N more" rows, and at 1,000 events, where most arrows are drawn (the
// arrows' own cost). Zoom and pan are also traced (CDP Tracing) for the app's own main-thread
// work per frame, which vsync does not round to 16.7 ms steps (scripts/bench/frameWork.mjs; off
// with --no-trace). Timings live here, never in tests: machines are noisy.
// Big files (scripts/bench/bigFiles.mjs): a generated 35 MB / 100,000-event TimelineJS3 file
// is imported through "Open a file…" (time to drawn, peak heap, peak renderer memory); with
// `--big` also a 1,000,000-event file (about 250 MB, minutes). `--files-only` skips the rest.
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateDataset } from './bench/generate.mjs';
import { measureFile, pidWithArg, writeTimelineJs } from './bench/bigFiles.mjs';
import { frameWork, startTrace } from './bench/frameWork.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SIZES = opt('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Number(opt('runs', '3'));
const BIG = args.includes('--big');
const FILES_ONLY = args.includes('--files-only');
/** Trace the zoom and pan gestures for the app's own work per frame (off: `--no-trace`). */
const TRACE = !args.includes('--no-trace');
const NO_FILES = args.includes('--no-files');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');

if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit', cwd: root });

// Datasets, generated once per size.
const LINKS = !args.includes('--no-links') && !FILES_ONLY;
const datasets = new Map(
  (FILES_ONLY ? [] : SIZES).map((n) => [String(n), JSON.stringify(generateDataset(n))]),
);
/** The "links shown" runs: events, links. */
const LINK_RUNS = LINKS
  ? [
      [10_000, 1000],
      [1000, 1000],
    ]
  : [];
for (const [n, l] of LINK_RUNS)
  datasets.set(`${n}-links`, JSON.stringify(generateDataset(n, 42, { links: l })));

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const m = /^\/bench-data\/([\w-]+)\.json$/.exec(url.pathname);
  if (m) {
    const body = datasets.get(m[1]);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    return void res.end(body);
  }
  let file = normalize(join(dist, url.pathname));
  if (!file.startsWith(dist) || !existsSync(file) || url.pathname === '/')
    file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

const INIT = () => {
  window.__longTasks = [];
  /** Where the script is when a long task starts: [name, start] pairs, in order. */
  window.__phases = [['load', 0]];
  window.__phase = (name) => window.__phases.push([name, performance.now()]);
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__frames = null;
  window.__startFrames = () => {
    window.__frames = [];
    const tick = (t) => {
      if (!window.__frames) return;
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.__stopFrames = () => {
    const f = window.__frames ?? [];
    window.__frames = null;
    return f.slice(1).map((t, i) => t - f[i]);
  };
  /** First contentful paint, waiting for the entry (it is reported a little after the paint). */
  window.__fcp = () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(NaN), 5000);
      new PerformanceObserver((list) => {
        const e = list.getEntriesByName('first-contentful-paint')[0];
        if (e) {
          clearTimeout(timer);
          resolve(e.startTime);
        }
      }).observe({ type: 'paint', buffered: true });
    });
  /** Resolves once the service worker is active (or after 20 s, or at once without one). */
  window.__offlineReady = () =>
    'serviceWorker' in navigator
      ? Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise((r) => setTimeout(() => r(false), 20_000)),
        ])
      : Promise.resolve(false);
  /** Input to next paint: run the action, then wait for the frame after React committed. */
  window.__latency = async (action) => {
    const t0 = performance.now();
    action();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  };
};

async function measure(size, key = String(size), query = '') {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.addInitScript(INIT);
  await page.goto(`${base}/?data=/bench-data/${key}.json${query}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('timeline-drawn').length > 0,
    null,
    { timeout: 120_000 },
  );
  const marks = await page.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const parsed = performance.getEntriesByName('dataset-parsed')[0]?.startTime ?? NaN;
    const drawn = performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? NaN;
    const fcp = await window.__fcp();
    return { parsed, drawn, fcp, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
  });
  // The first visit installs the offline cache once the timeline is drawn (the service worker
  // downloads and caches the app on another thread). Interaction is measured after that, as a
  // reader meets it on every later visit; the install is a one-off.
  await page.evaluate(() => window.__offlineReady());
  await page.waitForTimeout(500);
  // How many link arrows the canvas drew (the "links shown" run checks they are there).
  const arrows = await page.evaluate(
    () => document.querySelector('canvas.timeline__marks-canvas')?.chartScene?.arrows?.length ?? 0,
  );
  const svg = await page.locator('.timeline__svg, .timeline__canvas canvas').first().boundingBox();
  const cx = svg.x + svg.width / 2;
  const cy = svg.y + Math.min(120, svg.height / 2);

  // 2 s of wheel zoom: 1 s in, 1 s out.
  await page.mouse.move(cx, cy);
  await page.evaluate(() => window.__phase('zoom'));
  let stopTrace = TRACE ? await startTrace(cdp) : null;
  await page.evaluate(() => window.__startFrames());
  let t = Date.now();
  while (Date.now() - t < 1000) await page.mouse.wheel(0, -60);
  t = Date.now();
  while (Date.now() - t < 1000) await page.mouse.wheel(0, 60);
  const zoomFrames = await page.evaluate(() => window.__stopFrames());
  const zoomWork = stopTrace ? frameWork(await stopTrace()) : null;

  // Zoom in a little so there is room to pan, then 2 s of drag-pan.
  await page.evaluate(() => window.__phase('pan'));
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
  await page.waitForTimeout(300);
  stopTrace = TRACE ? await startTrace(cdp) : null;
  await page.evaluate(() => window.__startFrames());
  await page.mouse.move(cx + 300, cy);
  await page.mouse.down();
  t = Date.now();
  let x = cx + 300;
  while (Date.now() - t < 2000) {
    x = x > cx - 300 ? x - 12 : cx + 300;
    await page.mouse.move(x, cy);
  }
  await page.mouse.up();
  const panFrames = await page.evaluate(() => window.__stopFrames());
  const panWork = stopTrace ? frameWork(await stopTrace()) : null;
  // Zoomed in, more marks have a place of their own, so more arrows are drawn.
  const arrowsZoomedIn = await page.evaluate(
    () => document.querySelector('canvas.timeline__marks-canvas')?.chartScene?.arrows?.length ?? 0,
  );

  // Filter toggle latency (first theme checkbox), several times.
  await page.evaluate(() => window.__phase('filter'));
  const toggles = [];
  for (let i = 0; i < 6; i++) {
    toggles.push(
      await page.evaluate(() =>
        window.__latency(() =>
          document.querySelector('.theme-filter input[type=checkbox]').click(),
        ),
      ),
    );
  }
  // The same toggle on its own: the page at rest before each (what "a toggle repaints in
  // 50 ms" asks), where the back-to-back series above also pays for the previous toggle's
  // panels catching up.
  const isolated = [];
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(400);
    isolated.push(
      await page.evaluate(() =>
        window.__latency(() =>
          document.querySelector('.theme-filter input[type=checkbox]').click(),
        ),
      ),
    );
  }
  // Selection latency: click an event mark in view.
  await page.evaluate(() => window.__phase('select'));
  const selections = [];
  for (let i = 0; i < 5; i++) {
    selections.push(
      await page.evaluate((i) => {
        const box = document.querySelector('.timeline__canvas').getBoundingClientRect();
        const marks = [...document.querySelectorAll('[data-event-id]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left > box.left && r.right < box.right && r.width > 0;
        });
        const el = marks[(i * 7) % Math.max(1, marks.length)];
        if (!el) return NaN;
        return window.__latency(() => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      }, i),
    );
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const longTasks = await page.evaluate(
    (drawn) =>
      window.__longTasks
        .filter((l) => l.start > drawn)
        .map((l) => ({
          ...l,
          phase: window.__phases.filter(([, t]) => t <= l.start).at(-1)?.[0] ?? 'load',
        })),
    marks.drawn,
  );
  await browser.close();
  const frameStats = (f) => ({
    median: median(f),
    p95: pct(f, 95),
    over50: f.filter((d) => d > 50).length,
    frames: f.length,
  });
  /** Main-thread work per frame (ms): CPU (thread time) and wall p50 / p95. */
  const workStats = (w) =>
    w && {
      cpuMedian: median(w.cpu),
      cpuP95: pct(w.cpu, 95),
      wallMedian: median(w.wall),
      wallP95: pct(w.wall, 95),
      frames: w.cpu.length,
    };
  return {
    size,
    arrows,
    arrowsZoomedIn,
    fcpMs: marks.fcp,
    drawnMs: marks.drawn,
    drawnAfterParsedMs: marks.drawn - marks.parsed,
    zoom: frameStats(zoomFrames),
    pan: frameStats(panFrames),
    zoomWork: workStats(zoomWork),
    panWork: workStats(panWork),
    filterToggleMs: median(toggles),
    filterIsolatedMs: median(isolated),
    selectMs: median(selections),
    heapMB: heap.usedSize / 1048576,
    longTasksAfterLoad: longTasks.length,
    longestTaskAfterLoadMs: longTasks.reduce((m, l) => Math.max(m, l.duration), 0),
    longestTaskPhase:
      longTasks.reduce((m, l) => (l.duration > (m?.duration ?? 0) ? l : m), null)?.phase ?? null,
  };
}

function initialJsGzipKB() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1000;
}

/** The built-in WPC dataset: first contentful paint and the timeline drawn, from navigation. */
async function measureWpc() {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(INIT);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  const m = await page.evaluate(async () => ({
    fcp: await window.__fcp(),
    drawn: performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? NaN,
  }));
  await browser.close();
  return m;
}
const wpcRuns = [];
for (let r = 0; r < (FILES_ONLY ? 0 : RUNS); r++) wpcRuns.push(await measureWpc());
const wpc = {
  fcpMs: median(wpcRuns.map((m) => m.fcp)),
  drawnMs: median(wpcRuns.map((m) => m.drawn)),
};
console.log(
  `bench: WPC dataset: first contentful paint ${wpc.fcpMs.toFixed(0)} ms, timeline drawn ${wpc.drawnMs.toFixed(0)} ms`,
);

/** Main-thread work per frame over runs: medians of each run's p50 / p95, and the runs' range. */
const workOf = (runs, gesture) => {
  const w = runs.map((m) => m[gesture]).filter(Boolean);
  if (!w.length) return null;
  const p95s = w.map((x) => x.cpuP95);
  return {
    cpuMedianMs: median(w.map((x) => x.cpuMedian)),
    cpuP95Ms: median(p95s),
    cpuP95RangeMs: [Math.min(...p95s), Math.max(...p95s)],
    wallMedianMs: median(w.map((x) => x.wallMedian)),
    wallP95Ms: median(w.map((x) => x.wallP95)),
    frames: median(w.map((x) => x.frames)),
  };
};
const workLine = (m) =>
  m.zoomWork
    ? `, work per frame p95 (CPU) zoom ${m.zoomWork.cpuP95.toFixed(1)} ms, pan ${m.panWork.cpuP95.toFixed(1)} ms`
    : '';
const results = [];
for (const size of FILES_ONLY ? [] : SIZES) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    process.stdout.write(`bench: ${size.toLocaleString('en')} events, run ${r + 1}/${RUNS}… `);
    const m = await measure(size);
    runs.push(m);
    console.log(
      `drawn ${m.drawnMs.toFixed(0)} ms, zoom p95 ${m.zoom.p95.toFixed(1)} ms, pan p95 ${m.pan.p95.toFixed(1)} ms${workLine(m)}`,
    );
  }
  const med = (f) => median(runs.map(f));
  results.push({
    size,
    runs: RUNS,
    fcpMs: med((m) => m.fcpMs),
    drawnMs: med((m) => m.drawnMs),
    drawnAfterParsedMs: med((m) => m.drawnAfterParsedMs),
    zoomMedianMs: med((m) => m.zoom.median),
    zoomP95Ms: med((m) => m.zoom.p95),
    zoomOver50: med((m) => m.zoom.over50),
    panMedianMs: med((m) => m.pan.median),
    panP95Ms: med((m) => m.pan.p95),
    panOver50: med((m) => m.pan.over50),
    filterToggleMs: med((m) => m.filterToggleMs),
    filterIsolatedMs: med((m) => m.filterIsolatedMs),
    selectMs: med((m) => m.selectMs),
    heapMB: med((m) => m.heapMB),
    longTasksAfterLoad: med((m) => m.longTasksAfterLoad),
    longestTaskAfterLoadMs: med((m) => m.longestTaskAfterLoadMs),
    /** In each run, what the script was doing when its longest task began. */
    longestTaskPhases: runs.map((m) => m.longestTaskPhase),
    zoomWork: workOf(runs, 'zoomWork'),
    panWork: workOf(runs, 'panWork'),
  });
}
// Links shown ("Show links" on): zoom and pan frames with arrows drawn.
const links = [];
for (const [n, l] of LINK_RUNS) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    process.stdout.write(
      `bench: ${n.toLocaleString('en')} events with ${l.toLocaleString('en')} links shown, run ${r + 1}/${RUNS}… `,
    );
    const m = await measure(n, `${n}-links`, '&links=1');
    runs.push(m);
    console.log(
      `${m.arrows} arrows drawn (${m.arrowsZoomedIn} zoomed in), zoom p95 ${m.zoom.p95.toFixed(1)} ms, pan p95 ${m.pan.p95.toFixed(1)} ms${workLine(m)}`,
    );
  }
  const med = (f) => median(runs.map(f));
  links.push({
    events: n,
    links: l,
    arrowsDrawn: med((m) => m.arrows),
    arrowsZoomedIn: med((m) => m.arrowsZoomedIn),
    zoomP95Ms: med((m) => m.zoom.p95),
    panP95Ms: med((m) => m.pan.p95),
    zoomOver50: med((m) => m.zoom.over50),
    panOver50: med((m) => m.pan.over50),
    zoomWork: workOf(runs, 'zoomWork'),
    panWork: workOf(runs, 'panWork'),
  });
}

// Big files through the file input, one browser for all (each file in a fresh page). The tag,
// a switch Chromium ignores, finds this browser's process among others on the machine.
const BROWSER_TAG = `--bench-run=${process.pid}`;
const bigDir = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'timeline-bench-'));
const files = [];
try {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', BROWSER_TAG],
  });
  // The launched browser's own process (its renderers are counted, not other browsers').
  const browserPid = pidWithArg(BROWSER_TAG);
  for (const count of NO_FILES ? [] : BIG ? [100_000, 1_000_000] : [100_000]) {
    const path = join(bigDir, `timelinejs-${count}.json`);
    const bytes = writeTimelineJs(path, count);
    process.stdout.write(
      `bench: TimelineJS3 file, ${count.toLocaleString('en')} events, ${(bytes / 1048576).toFixed(0)} MB, by file input… `,
    );
    const m = await measureFile(browser, base, path, undefined, browserPid);
    rmSync(path);
    files.push({ events: count, megabytes: bytes / 1048576, ...m });
    console.log(
      m.result === 'drawn'
        ? `drawn ${(m.drawnMs / 1000).toFixed(1)} s after picking it (read and indexed after ${(m.parsedMs / 1000).toFixed(1)} s), peak main-thread JS heap ${m.peakMainHeapMB.toFixed(0)} MB, peak import-worker JS heap ${m.peakWorkerHeapMB.toFixed(0)} MB, peak renderer RSS ${m.peakRendererRssMB.toFixed(0)} MB (main thread + worker; ${m.rssBeforeMB.toFixed(0)} MB before)`
        : `not drawn: ${m.result}`,
    );
  }
  await browser.close();
} finally {
  rmSync(bigDir, { recursive: true, force: true });
}
server.close();

const initialKB = initialJsGzipKB();
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const rows = [
  '| events | drawn (ms from nav) | drawn after parse (ms) | zoom p50 / p95 (ms) | zoom >50 ms | pan p50 / p95 (ms) | pan >50 ms | filter: one toggle / back-to-back (ms) | select (ms) | heap (MB) | long tasks after load (max ms) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${f(r.drawnMs, 0)} | ${f(r.drawnAfterParsedMs, 0)} | ${f(r.zoomMedianMs)} / ${f(r.zoomP95Ms)} | ${f(r.zoomOver50, 0)} | ${f(r.panMedianMs)} / ${f(r.panP95Ms)} | ${f(r.panOver50, 0)} | ${f(r.filterIsolatedMs)} / ${f(r.filterToggleMs)} | ${f(r.selectMs)} | ${f(r.heapMB)} | ${f(r.longTasksAfterLoad, 0)} (${f(r.longestTaskAfterLoadMs, 0)}) |`,
  ),
];
console.log(
  `\nMedians of ${RUNS} runs, headless Chromium, 1440×900, ${new Date().toISOString().slice(0, 10)}\n`,
);
if (results.length) console.log(rows.join('\n'));
console.log(
  [
    '',
    '| TimelineJS3 file | size (MB) | drawn after picking it (s) | of which until the dataset is read and indexed (s) | peak main-thread JS heap (MB) | peak import-worker JS heap (MB) | peak renderer RSS, main + worker (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...files.map(
      (b) =>
        `| ${b.events.toLocaleString('en')} events | ${f(b.megabytes, 0)} | ${b.result === 'drawn' ? f(b.drawnMs / 1000) : b.result} | ${f(b.parsedMs / 1000)} | ${f(b.peakMainHeapMB, 0)} | ${f(b.peakWorkerHeapMB, 0)} | ${f(b.peakRendererRssMB, 0)} |`,
    ),
  ].join('\n'),
);
for (const b of files.filter((x) => x.events === 1_000_000 && x.result === 'drawn'))
  console.log(
    `\nPeak memory for 1,000,000 events: main-thread JS heap ${f(b.peakMainHeapMB, 0)} MB, import-worker JS heap ${f(b.peakWorkerHeapMB, 0)} MB, renderer RSS (main + worker) ${f(b.peakRendererRssMB, 0)} MB`,
  );
for (const l of links)
  console.log(
    `${l === links[0] ? '\n' : ''}Links shown: ${l.links.toLocaleString('en')} links at ${l.events.toLocaleString('en')} events (${f(l.arrowsDrawn, 0)} arrows in the whole view, ${f(l.arrowsZoomedIn, 0)} zoomed in): zoom p95 ${f(l.zoomP95Ms)} ms, pan p95 ${f(l.panP95Ms)} ms (one frame at 60 Hz is 16.7 ms)`,
  );
// The app's own work per frame during the same gestures (trace), beside the rAF intervals.
const workRows = [
  ...results.map((r) => [`${r.size.toLocaleString('en')} events`, r]),
  ...links.map((l) => [
    `${l.events.toLocaleString('en')} events, ${l.links.toLocaleString('en')} links shown`,
    l,
  ]),
].filter(([, r]) => r.zoomWork && r.panWork);
const range = (w) =>
  w.cpuP95RangeMs[0] === w.cpuP95RangeMs[1]
    ? ''
    : ` (${f(w.cpuP95RangeMs[0])}–${f(w.cpuP95RangeMs[1])})`;
if (workRows.length)
  console.log(
    [
      '',
      "Main-thread work per frame during the same zoom and pan (Chromium trace: the renderer main thread's tasks between one BeginMainThreadFrame and the next; CPU = thread time, wall = elapsed), medians of the runs' p50 / p95, range of p95 over runs in brackets; one frame at 60 Hz is 16.7 ms:",
      '',
      '| run | zoom rAF p95 (ms) | zoom work CPU p50 / p95 (ms) | zoom work wall p50 / p95 (ms) | pan rAF p95 (ms) | pan work CPU p50 / p95 (ms) | pan work wall p50 / p95 (ms) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...workRows.map(
        ([name, r]) =>
          `| ${name} | ${f(r.zoomP95Ms)} | ${f(r.zoomWork.cpuMedianMs)} / ${f(r.zoomWork.cpuP95Ms)}${range(r.zoomWork)} | ${f(r.zoomWork.wallMedianMs)} / ${f(r.zoomWork.wallP95Ms)} | ${f(r.panP95Ms)} | ${f(r.panWork.cpuMedianMs)} / ${f(r.panWork.cpuP95Ms)}${range(r.panWork)} | ${f(r.panWork.wallMedianMs)} / ${f(r.panWork.wallP95Ms)} |`,
      ),
    ].join('\n'),
  );
console.log(`\nInitial JavaScript: ${initialKB.toFixed(1)} kB gzip (budget 100 kB)`);
console.log(
  `WPC dataset (built-in): first contentful paint ${f(wpc.fcpMs, 0)} ms, timeline drawn ${f(wpc.drawnMs, 0)} ms`,
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, initialJsGzipKB: initialKB, wpc, results, links, files }, null, 2)}\n`,
);
console.log('wrote bench-results/latest.json');
