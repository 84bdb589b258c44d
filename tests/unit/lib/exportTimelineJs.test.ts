/**
 * exportTimelineJs3: import → export → import keeps the events, their dates at their precision,
 * groups, eras, media and display dates, for Knight Lab's examples and TimelineJS 2 and sheet
 * files alike.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/import/importDataset';
import type { Dataset } from '../../../src/import/types';
import {
  escapeHtml,
  exportTimelineJs3,
  exportTimelineJs3Text,
  timelineJsDate,
} from '../../../src/lib/exportTimelineJs';

function load(rel: string): Dataset {
  const bytes = readFileSync(join(process.cwd(), 'tests/fixtures', rel));
  const o = importBytes(new Uint8Array(bytes), rel.split('/').pop());
  if (!o.ok) throw new Error(JSON.stringify(o.problems.slice(0, 3)));
  return o.dataset;
}

/** What TimelineJS can carry, event by event. */
function carried(d: Dataset) {
  const label = new Map(d.themes.map((t) => [t.id, t.label]));
  return {
    title: d.title,
    description: d.description,
    media: d.media,
    events: d.events.map((e) => ({
      title: e.title,
      start: e.start,
      end: e.end,
      displayDate: e.displayDate,
      summary: e.summary,
      media: e.media,
      background: e.background,
      group: label.get(e.themes[0] ?? ''),
    })),
    eras: d.eras,
  };
}

describe('exportTimelineJs3', () => {
  it('writes dates at their precision, as TimelineJS date objects', () => {
    expect(timelineJsDate('2001')).toEqual({ year: '2001' });
    expect(timelineJsDate('2001-02')).toEqual({ year: '2001', month: '2' });
    expect(timelineJsDate('0033-12-05')).toEqual({ year: '33', month: '12', day: '5' });
  });

  it('escapes plain text so TimelineJS shows it as text', () => {
    expect(escapeHtml('<b>&"')).toBe('&lt;b&gt;&amp;&quot;');
  });

  it.each([
    'timelinejs/marktwain.json',
    'timelinejs/welcome.json',
    'timelinejs/eras.json',
    'timelinejs2/course.json',
    'csv/women_in_computing.csv',
  ])('%s: import → export → import keeps what TimelineJS carries', (rel) => {
    const first = load(rel);
    const text = exportTimelineJs3Text(first);
    const back = importText(text, 'export.json');
    if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
    expect(back.format).toBe('timelinejs-json');
    expect(carried(back.dataset)).toEqual(carried(first));
    // Quotes made from blockquotes come back too.
    expect(back.dataset.quotes.map((q) => [q.text, q.speaker])).toEqual(
      first.quotes.map((q) => [q.text, q.speaker]),
    );
  });

  it('keeps ids, the introduction as rich text, and a background colour', () => {
    const out = exportTimelineJs3({
      schemaVersion: SCHEMA_VERSION,
      title: 'T & co',
      description: 'Intro',
      descriptionHtml: '<p>Intro</p>',
      themes: [{ id: 'a', label: 'A', color: '#1f5fa8', pattern: 'solid', glyph: 'circle' }],
      sources: [{ id: 's', title: 'S', outlet: 'O', kind: 'other' }],
      events: [
        {
          id: 'e-1',
          title: 'E <1>',
          start: '2001-02',
          themes: ['a'],
          sources: ['s'],
          background: '#112233',
        },
      ],
      quotes: [],
    });
    expect(out).toEqual({
      title: { text: { headline: 'T &amp; co', text: '<p>Intro</p>' } },
      events: [
        {
          unique_id: 'e-1',
          start_date: { year: '2001', month: '2' },
          text: { headline: 'E &lt;1&gt;' },
          group: 'A',
          background: { color: '#112233' },
        },
      ],
    });
  });
});
