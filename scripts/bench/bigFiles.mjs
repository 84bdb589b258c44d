// Big files for the benchmark: TimelineJS3 JSON with 200-character summaries, written in
// pieces to a temporary directory (a 1,000,000-event file is about 250 MB, never one string),
// then imported through the page's file input in the built app, measuring time from the file
// picked to the timeline drawn, and peak memory while it loads.
//
// Memory is sampled every 100 ms in two ways:
// - main-thread JS heap: CDP Runtime.getHeapUsage on the page (the worker's heap is not in it);
// - renderer RSS: the resident memory of the bench browser's renderer processes, read from
//   /proc/<pid>/status (Linux only). The import worker runs inside the page's renderer, so
//   this is main thread + worker + everything else the page holds.
import { closeSync, openSync, readFileSync, readdirSync, statSync, writeSync } from 'node:fs';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS =
  'partner cloud launch pricing summit keynote programme billing hosted server online suite channel update release review market licence'.split(
    ' ',
  );

/** A seeded TimelineJS3 file of `count` events written to `path`; returns its size in bytes. */
export function writeTimelineJs(path, count, seed = 7) {
  const r = rng(seed + count);
  const fd = openSync(path, 'w');
  let buf =
    '{"title":{"text":{"headline":"Synthetic big timeline","text":"Generated test data. Not history."}},"events":[';
  const word = () => WORDS[Math.floor(r() * WORDS.length)];
  for (let i = 0; i < count; i++) {
    let text = `Synthetic event ${i}:`;
    while (text.length < 200) text += ` ${word()}`;
    text = text.slice(0, 200);
    const e = {
      start_date: {
        year: String(1990 + Math.floor(r() * 30)),
        month: String(1 + Math.floor(r() * 12)),
        day: String(1 + Math.floor(r() * 28)),
      },
      text: { headline: `${word()} ${word()} ${i}`, text },
      group: `Group ${1 + Math.floor(r() * 6)}`,
    };
    buf += (i ? ',' : '') + JSON.stringify(e);
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, `${buf}]}`);
  closeSync(fd);
  return statSync(path).size;
}

/** The process whose command line has `arg` (a browser launched with it), or undefined. */
export function pidWithArg(arg) {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(arg))
        return Number(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return undefined;
}

/** The parent of a process, or 0. */
function parentOf(pid) {
  try {
    // "pid (name) state ppid …": the name may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || 0;
  } catch {
    return 0;
  }
}

/**
 * Sum of VmRSS (bytes) over Chromium renderer processes: those descending from `rootPid` (the
 * browser this bench launched) when given, so other browsers on the machine are not counted.
 */
function rendererRss(rootPid) {
  let sum = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      if (rootPid !== undefined) {
        let p = Number(pid);
        for (let hops = 0; p > 1 && p !== rootPid && hops < 10; hops++) p = parentOf(p);
        if (p !== rootPid) continue;
      }
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) sum += Number(m[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

/**
 * The import worker's JS heap, over CDP: the page session auto-attaches to its workers (not
 * flattened, so messages go through Target.sendMessageToTarget) and `sample()` asks each
 * attached worker for Runtime.getHeapUsage; answers arrive as Target.receivedMessageFromTarget.
 */
function watchWorkerHeaps(cdp, onUsed) {
  const sessions = new Set();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') sessions.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessions.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    if (m.result && typeof m.result.usedSize === 'number') onUsed(m.result.usedSize);
  });
  return {
    start: () =>
      cdp.send('Target.setAutoAttach', {
        autoAttach: true,
        waitForDebuggerOnStart: false,
        flatten: false,
      }),
    sample: () => {
      for (const sessionId of sessions) {
        const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' });
        cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {});
      }
    },
  };
}

/**
 * Opens the app, picks `path` in "Open a file…", waits for the timeline drawn with the file's
 * events (or an import report saying it failed) and returns the figures.
 */
export async function measureFile(browser, base, path, timeoutMs = 900_000, browserPid) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  await page.evaluate(() => {
    window.__picked = NaN;
    document.addEventListener('change', () => (window.__picked = performance.now()), true);
  });
  const drawnBefore = await page.evaluate(
    () => performance.getEntriesByName('timeline-drawn').length,
  );
  let peakHeap = 0;
  let peakRss = 0;
  let peakWorkerHeap = 0;
  const workers = watchWorkerHeaps(cdp, (used) => {
    peakWorkerHeap = Math.max(peakWorkerHeap, used);
  });
  await workers.start();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const h = await cdp.send('Runtime.getHeapUsage');
        peakHeap = Math.max(peakHeap, h.usedSize);
      } catch {
        // the page is busy closing
      }
      workers.sample();
      peakRss = Math.max(peakRss, rendererRss(browserPid));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const rssBefore = rendererRss(browserPid);
  const input = page.getByLabel('Timeline file (JSON, TimelineJS JSON or CSV)');
  await input.setInputFiles(path);
  const outcome = await page.waitForFunction(
    (n) => {
      if (performance.getEntriesByName('timeline-drawn').length > n) return 'drawn';
      const failed = document.querySelector('.import-status--failed');
      return failed ? `failed: ${(failed.textContent ?? '').trim().slice(0, 300)}` : false;
    },
    drawnBefore,
    { timeout: timeoutMs, polling: 100 },
  );
  const result = await outcome.jsonValue();
  // `dataset-parsed`: the worker's answer (read, parsed, converted, validated, indexed) is in.
  const { drawnMs, parsedMs } = await page.evaluate(() => ({
    drawnMs:
      (performance.getEntriesByName('timeline-drawn').at(-1)?.startTime ?? NaN) - window.__picked,
    parsedMs:
      (performance.getEntriesByName('dataset-parsed').at(-1)?.startTime ?? NaN) - window.__picked,
  }));
  await page.waitForTimeout(500);
  sampling = false;
  await sampler;
  await cdp.send('HeapProfiler.collectGarbage');
  const settled = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return {
    result,
    drawnMs: result === 'drawn' ? drawnMs : NaN,
    parsedMs: result === 'drawn' ? parsedMs : NaN,
    peakMainHeapMB: peakHeap / 1048576,
    peakWorkerHeapMB: peakWorkerHeap / 1048576,
    heapAfterMB: settled.usedSize / 1048576,
    rssBeforeMB: rssBefore / 1048576,
    peakRendererRssMB: peakRss / 1048576,
  };
}
