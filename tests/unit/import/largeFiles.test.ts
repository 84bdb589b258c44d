/**
 * Size limits: 100,000 events import (quickly), a 35 MB file imports, more than 200,000 events
 * are refused in every format.
 */
import { describe, expect, it } from 'vitest';
import { exportAppCsv } from '../../../src/import/appCsv';
import {
  importBytes,
  importText,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_EVENTS,
} from '../../../src/import/importDataset';

const N = 100_000;

function bigTimelineJs(n: number): string {
  const events = Array.from({ length: n }, (_, i) => ({
    start_date: {
      year: String(1900 + (i % 100)),
      month: String((i % 12) + 1),
      day: String((i % 28) + 1),
    },
    text: { headline: `Event ${i}`, text: `<p>What happened in <b>event</b> ${i}.</p>` },
    group: `Group ${i % 7}`,
    unique_id: `ev-${i}`,
    ...(i % 3 === 0
      ? { media: { url: `https://example.com/${i}.png`, caption: 'A picture' } }
      : {}),
  }));
  return JSON.stringify({ title: { text: { headline: 'A big timeline' } }, events });
}

/**
 * CPU time (user + system) of the work, in ms: unlike wall-clock time it does not grow when
 * other processes on a busy machine (parallel test workers, builds) share the CPU.
 */
function timed<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const result = f();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1000];
}

describe(`${N.toLocaleString('en')} events`, () => {
  it('TimelineJS JSON: converts and validates in well under 5 s of CPU time', () => {
    const text = bigTimelineJs(N);
    const [outcome, ms] = timed(() => importText(text, 'big.json'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 5)));
    expect(outcome.dataset.events).toHaveLength(N);
    expect(outcome.dataset.themes).toHaveLength(7);
    expect(outcome.dataset.events[N - 1]).toMatchObject({
      id: `ev-${N - 1}`,
      start: '1999-04-12',
      summary: `What happened in event ${N - 1}.`,
    });
    if (process.env.IMPORT_TIMING) console.log(`import took ${Math.round(ms)} ms of CPU`);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it('TimelineJS CSV and the app CSV layout import too', () => {
    const rows = Array.from(
      { length: N },
      (_, i) =>
        `${1900 + (i % 100)},${(i % 12) + 1},"Event ${i}, with a comma","<p>Some ""quoted"" text</p>",G${i % 5}`,
    );
    const [tl, ms] = timed(() =>
      importText(`Year,Month,Headline,Text,Group\r\n${rows.join('\r\n')}\r\n`),
    );
    if (!tl.ok) throw new Error(JSON.stringify(tl.problems.slice(0, 5)));
    expect(tl.dataset.events).toHaveLength(N);
    if (process.env.IMPORT_TIMING) console.log(`import took ${Math.round(ms)} ms of CPU`);
    expect(ms).toBeLessThan(5000);

    const app = importText(exportAppCsv(tl.dataset));
    expect(app.ok && app.dataset.events).toHaveLength(N);
  }, 30_000);
});

describe('a 35 MB file (100,000 events with 200-character summaries)', () => {
  it('is under the size limit and imports whole', () => {
    const summary = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '
      .repeat(4)
      .slice(0, 200);
    const events = Array.from({ length: N }, (_, i) => ({
      start_date: { year: String(1900 + (i % 100)), month: String((i % 12) + 1) },
      text: { headline: `Event number ${i} of the large timeline`, text: summary },
      group: `Group ${i % 7}`,
      unique_id: `ev-${i}`,
      display_date: `Month ${(i % 12) + 1} of ${1900 + (i % 100)}`,
    }));
    const text = JSON.stringify({ title: { text: { headline: 'A big timeline' } }, events });
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(35 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    const o = importBytes(bytes, 'big.json');
    if (!o.ok) throw new Error(JSON.stringify(o.problems.slice(0, 5)));
    expect(o.dataset.events).toHaveLength(N);
    expect(o.dataset.events[N - 1]?.summary).toBe(summary);
  }, 60_000);
});

// A million rows take a few seconds to build and read.
describe(`more than ${MAX_IMPORT_EVENTS.toLocaleString('en')} events`, { timeout: 60_000 }, () => {
  const n = MAX_IMPORT_EVENTS + 1;
  const message = 'the file has 1,000,001 events, 1 more than the 1,000,000 that can be imported';
  const problems = (o: ReturnType<typeof importText>) =>
    o.ok ? [] : o.problems.map((p) => `${p.path}: ${p.message}`);

  it('are refused in TimelineJS JSON', () => {
    const events = Array(n).fill({ start_date: { year: 2001 } });
    expect(problems(importText(JSON.stringify({ events })))).toEqual([
      'events: the timeline has 1,000,001 events, 1 more than the 1,000,000 that can be imported',
    ]);
  });

  it('are refused in app JSON, before validation', () => {
    const o = importText(JSON.stringify({ schemaVersion: 2, events: Array(n).fill({}) }));
    expect(o.format).toBe('app-json');
    expect(problems(o)).toEqual([`events: ${message}`]);
  });

  it('are refused in TimelineJS CSV', () => {
    expect(problems(importText(`Year,Headline\n${'2001,x\n'.repeat(n)}`))).toEqual([
      'rows: the timeline has 1,000,001 events, 1 more than the 1,000,000 that can be imported',
    ]);
  });

  it('are refused in the app CSV layout', () => {
    const o = importText(`record,id\ndataset,\n${'event,x\n'.repeat(n)}`);
    expect(problems(o)).toEqual([`(file): ${message}`]);
  });
});
