import { describe, expect, it } from 'vitest';
import {
  APP_CSV_COLUMNS,
  exportAppCsv,
  importAppCsv,
  joinList,
  splitList,
} from '../../../src/import/appCsv';
import { exportAppJson } from '../../../src/import/appJson';
import { importText } from '../../../src/import/importDataset';
import { validateDataset } from '../../../src/domain/validateDataset';
import type { Dataset } from '../../../src/import/types';
import { miniRaw } from '../../setup/fixtures';
import { SCHEMA_VERSION } from '../../../src/domain/schemaVersion';

/** The mini fixture, less what the CSV layout does not carry (event conflicts). */
function miniDataset(): Dataset {
  const raw = miniRaw();
  for (const e of raw.events) delete e.conflicts;
  const r = validateDataset(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset;
}

const HEADER = APP_CSV_COLUMNS.join(',');
const lines = (problems: readonly { path: string; message: string; severity: string }[]) =>
  problems.map((p) => `${p.severity}: ${p.path}: ${p.message}`);

describe('the app CSV layout', () => {
  it('round-trips the mini fixture unchanged', () => {
    const dataset = miniDataset();
    const csv = exportAppCsv(dataset);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    const back = importAppCsv(csv, 'mini.csv');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.format).toBe('app-csv');
    expect(back.warnings).toEqual([]);
    expect(back.dataset).toEqual(dataset);
    // importText tells the layout by its header.
    const viaText = importText(csv, 'mini.csv');
    expect(viaText.ok && viaText.dataset).toEqual(dataset);
  });

  it('carries every field it documents, including media, eras and lists with "~"', () => {
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      title: 'All the fields',
      description: 'A dataset, "quoted", with, commas\nand lines',
      language: 'en-GB',
      themes: [
        {
          id: 't1',
          label: 'Theme',
          description: 'About',
          color: '#1f5fa8',
          pattern: 'dots',
          glyph: 'star',
        },
      ],
      sources: [
        {
          id: 's1',
          title: 'Source',
          outlet: 'Outlet',
          author: 'Author',
          authorNote: 'Note on the author',
          date: '2001-02',
          dateCertainty: 'approximate',
          dateNote: 'from the URL',
          url: 'https://example.com/a?b=c,d',
          kind: 'blog',
          note: 'A note',
          researchRefs: ['U-03'],
        },
      ],
      events: [
        {
          id: 'e1',
          kind: 'keynote',
          title: 'Event',
          summary: 'Summary',
          start: '2001-02-03',
          end: '2001-02-04',
          dateCertainty: 'inferred',
          dateNote: 'inferred',
          conference: 'Conf',
          location: 'Place',
          themes: ['t1'],
          people: ['A ~ B', 'C\\D', 'back\\~slash'],
          sources: ['s1'],
          context: false,
          researchRefs: ['ref 1', 'ref 2'],
          displayDate: 'early Feb',
          summaryHtml: '<p>Summary</p>',
          media: {
            url: 'https://example.com/m.png',
            caption: 'Caption',
            credit: 'Credit',
            thumbnail: 'https://example.com/t.png',
          },
        },
        {
          id: 'e2',
          title: 'Conference',
          start: '2002',
          themes: [],
          sources: ['s1'],
          kind: 'conference',
          context: true,
        },
      ],
      quotes: [
        {
          id: 'q1',
          text: 'Words, "quoted"',
          speaker: 'Speaker',
          speakerRole: 'Role',
          speakerGroup: 'press',
          eventId: 'e1',
          sourceId: 's1',
          themes: ['t1'],
          stance: 'momentum',
          date: '2001-02-03',
          dateCertainty: 'exact',
          dateNote: 'stated',
          setting: 'On stage',
          note: 'A note',
          context: 'What was around it',
          researchRefs: ['F-2010-04', 'M-01'],
        },
      ],
      eras: [
        { id: 'era-1', label: 'An era', start: '2001', end: '2002' },
        { label: 'No id', start: '2002', end: '2003' },
      ],
    };
    expect(validateDataset(dataset).ok).toBe(true);
    const back = importText(exportAppCsv(dataset), 'all.csv');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.dataset).toEqual(dataset);
  });

  it('reads a hand-written file: any column order and case, missing columns, blank rows', () => {
    const csv = [
      'Record,ID,Title,Outlet,Kind,Start,Themes,Sources,Label,Color,Pattern,Glyph',
      'dataset,,Hand made,,,,,,,,,',
      '',
      'theme,a,,,,,,,Alpha,#1f5fa8,solid,circle',
      'source,s,Article,Paper,news,,,,,,,',
      'event,e,Something,,,2001,a,s,,,,',
      'EVENT,f,Two themes,,,2002, a ~ a ,s,,,,',
    ].join('\n');
    const r = importAppCsv(csv);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.title).toBe('Hand made');
    expect(r.dataset.events.map((e) => [e.id, e.themes])).toEqual([
      ['e', ['a']],
      ['f', ['a', 'a']],
    ]);
    expect(r.dataset.quotes).toEqual([]);
  });

  it('points validator problems at rows and columns', () => {
    const csv = [
      'record,id,title,label,color,pattern,glyph,outlet,kind,start,themes,sources,eventId,sourceId,text,speaker,stance',
      'theme,a,,Alpha,#1f5fa8,solid,circle,,,,,,,,,,',
      'source,s,Article,,,,,Paper,news,,,,,,,,',
      'event,e,One,,,,,,,2001-02-30,a,s,,,,,',
      'event,e,Two,,,,,,,2001,a~b,s,,,,,',
      'quote,q,,,,,,,,,a,,e,s,Words,Pat,cheerful',
      'event,g,Three,,,,,,,2003,a,,,,,,',
    ].join('\r\n');
    const r = importAppCsv(csv, 'timeline.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(lines(r.problems)).toEqual([
      'error: row 4, column "start" (line 4): February 2001 has no day 30 (it has 28 days)',
      'error: row 7, column "sources" (line 7): every event names at least one source',
      'error: row 6, column "stance" (line 6): Invalid option: expected one of "reassuring"|"warning"|"critical"|"momentum"|"neutral"',
      'error: row 5, column "id" (line 5): duplicate id "e" (first used at row 4)',
      'error: row 5, column "themes", item 2 (line 5): theme "b" is not defined in themes',
      'warning: (file): there is no "dataset" row, so the title is "timeline" (the file name)',
    ]);
  });

  it('warns about a second dataset row and cells that do not belong to the record', () => {
    const csv = [
      'record,title,outlet,label,id,color,pattern,glyph',
      'dataset,First,,,,,,',
      'dataset,Second,,,,,,',
      'theme,Stray title,Stray outlet,Alpha,a,#1f5fa8,solid,circle',
    ].join('\n');
    const r = importAppCsv(csv);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.title).toBe('First');
    expect(lines(r.warnings)).toEqual([
      'warning: row 3, column "record" (line 3): only the first dataset row (row 2) is used; this one was ignored',
      'warning: row 4, column "title" (line 4): is not used for a theme record; it was ignored',
      'warning: row 4, column "outlet" (line 4): is not used for a theme record; it was ignored',
    ]);
  });

  it('refuses an empty record cell and a CSV error', () => {
    const r = importAppCsv('record,title\n,Something\n');
    expect(!r.ok && lines(r.problems)).toEqual([
      'error: row 2, column "record" (line 2): is empty; say what the row is: dataset, theme, source, event, quote, era, link',
      'warning: (file): there is no "dataset" row, so the title is "Imported timeline"',
    ]);
    const broken = importAppCsv('record,title\ndataset,"open\n');
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/never closed/);
  });
});

describe('list cells', () => {
  it('split on "~" with \\~ and \\\\ escapes', () => {
    expect(splitList('a~b~ c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('a\\~b~c\\\\~d\\x')).toEqual(['a~b', 'c\\', 'd\\x']);
    expect(splitList('')).toEqual([]);
    expect(splitList('~~a~')).toEqual(['a']);
    for (const items of [['x~y', 'z\\', '\\~'], ['plain'], ['a\\b']]) {
      expect(splitList(joinList(items))).toEqual(items);
    }
  });
});

describe('exportAppJson', () => {
  it('writes pretty JSON that imports back unchanged', () => {
    const dataset = validateDataset(miniRaw());
    if (!dataset.ok) throw new Error('fixture');
    const json = exportAppJson(dataset.dataset);
    expect(json).toMatch(new RegExp(`^\\{\\n {2}"schemaVersion": ${SCHEMA_VERSION},\\n`));
    expect(json.endsWith('}\n')).toBe(true);
    const back = importText(json, 'mini.json');
    expect(back.ok && back.dataset).toEqual(dataset.dataset);
  });
});
