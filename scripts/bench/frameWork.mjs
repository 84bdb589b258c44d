// The app's own work per frame, read from a Chromium trace (CDP Tracing), so that it does not
// depend on vsync: requestAnimationFrame intervals come in whole 16.7 ms steps, and on a loaded
// machine one slipped frame in twenty makes a p95 of 33.3 ms whatever the page costs.
//
// Frames are the renderer main thread's BeginMainThreadFrame events (one per frame the page
// produced). A frame's work is the main-thread tasks (RunTask) after the previous frame's task,
// up to and including the task the frame ran in: the input handlers (wheel, pointer; Chromium
// mostly dispatches them at the frame), React, the rAF callbacks that paint the canvas, style,
// layout, paint and commit. Two sums per frame: CPU time (the trace's thread
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
  // Top-level tasks only (a nested message loop's tasks are inside one already counted).
  const top = [];
  for (const task of tasks)
    if (!top.length || task.ts >= top.at(-1).ts + top.at(-1).dur) top.push(task);
  // The task each frame began in (the one that ran its rAF callbacks, style, layout, paint).
  const frameTask = [];
  let j = 0;
  for (const ts of starts) {
    while (j < top.length && top[j].ts + top[j].dur < ts) j++;
    if (j < top.length && top[j].ts <= ts && frameTask.at(-1) !== j) frameTask.push(j);
  }
  // A frame's work: the tasks after the previous frame's task, up to and including its own
  // (the input handled since the last frame, then the frame itself).
  const cpu = [];
  const wall = [];
  for (let k = 1; k < frameTask.length; k++) {
    let c = 0;
    let w = 0;
    for (let i = frameTask[k - 1] + 1; i <= frameTask[k]; i++) {
      c += top[i].tdur ?? top[i].dur;
      w += top[i].dur;
    }
    cpu.push(c / 1000);
    wall.push(w / 1000);
  }
  return { cpu, wall };
}
