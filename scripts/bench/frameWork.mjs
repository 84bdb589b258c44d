// The app's own work per frame, read from a Chromium trace (CDP Tracing), so that it does not
// depend on vsync: requestAnimationFrame intervals come in whole 16.7 ms steps, and on a loaded
// machine one slipped frame in twenty makes a p95 of 33.3 ms whatever the page costs.
//
// Frames are the renderer main thread's BeginMainThreadFrame events (one per frame the page
// produced). A frame's work is the main-thread tasks (RunTask) that began since the previous
// frame started: the input handlers (wheel, pointer), React, the rAF callbacks that paint the
// canvas, style, layout, paint and commit. Two sums per frame: CPU time (the trace's thread
// time, which another process taking the core does not inflate) and wall time.

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

/** Starts a trace on a CDP session; the returned function stops it and resolves to its events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * Per-frame main-thread work in ms: { cpu: number[], wall: number[] }, one entry per frame
 * interval. The page's main thread is the CrRendererMain thread with the most frames (a
 * service worker runs on a thread of its own).
 */
export function frameWork(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const frames = new Map();
  for (const e of events) {
    if (e.name !== 'BeginMainThreadFrame') continue;
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) !== 'CrRendererMain') continue;
    if (!frames.has(key)) frames.set(key, []);
    frames.get(key).push(e.ts);
  }
  const [main, starts = []] = [...frames].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  starts.sort((a, b) => a - b);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts);
  const cpu = [];
  const wall = [];
  let t = 0;
  let end = -Infinity;
  for (let i = 0; i + 1 < starts.length; i++) {
    let c = 0;
    let w = 0;
    while (t < tasks.length && tasks[t].ts < starts[i])
      end = Math.max(end, tasks[t].ts + tasks[t++].dur);
    for (; t < tasks.length && tasks[t].ts < starts[i + 1]; t++) {
      const task = tasks[t];
      if (task.ts < end) continue; // nested in a task already counted
      end = task.ts + task.dur;
      c += task.tdur ?? task.dur;
      w += task.dur;
    }
    cpu.push(c / 1000);
    wall.push(w / 1000);
  }
  return { cpu, wall };
}
