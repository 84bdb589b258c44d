import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../../src/domain/indexes';
import { validateDataset } from '../../../src/domain/validateDataset';
import {
  citedSources,
  exportWindow,
  formatSourceCitation,
  selectExportEvents,
  type ExportChoices,
} from '../../../src/lib/exportScope';
import { csvField, exportTimelineCsv } from '../../../src/lib/exportCsv';
import { paddedBounds } from '../../../src/lib/viewport';
import { loadFixture, miniRaw } from '../../setup/fixtures';
import { getI18n } from '../../../src/i18n/i18n';

const en = getI18n();

const data = loadFixture();

const choices = (over: Partial<ExportChoices> = {}): ExportChoices => ({
  themeFilter: null,
  dimFiltered: false,
  selectedEventId: null,
  viewport: null,
  ...over,
});

/** 2001 and 2002: e5 (2003) is outside. */
const WINDOW = [Date.UTC(2001, 0, 1), Date.UTC(2003, 0, 1)] as const;
const HEADER =
  'record,id,event id,date,start,end,title,themes,conference,location,summary,quote count,speaker,role,stance,text,sources';
const SRC_A = 'Test Gazette — Fixture article A — https://example.org/a';
const SRC_B = 'Test Blog — Fixture post B';

describe('exportTimelineCsv', () => {
  it('writes the events that pass the filter in the window, each followed by its quotes', () => {
    const csv = exportTimelineCsv(
      data,
      // Dimmed events are context on the chart, not part of the export; the selection does
      // not narrow it.
      choices({
        themeFilter: ['alpha'],
        dimFiltered: true,
        selectedEventId: 'e1',
        viewport: WINDOW,
      }),
      en,
    );
    expect(csv).toBe(
      [
        HEADER,
        `event,conf-2001,conf-2001,2–5 March 2001,2001-03-02,2001-03-05,Fixture Conf 2001 — Springfield,,,Springfield,,0,,,,,${SRC_A}`,
        `event,e1,e1,3 March 2001,2001-03-03,,Alpha launches,Alpha theme,,,The alpha thing starts.,1,,,,,${SRC_A}`,
        `quote,q1,e1,3 March 2001,2001-03-03,,Alpha launches,Alpha theme,,,,,Pat Example,"CEO, Example Corp",reassuring,"Alpha is here to stay,",${SRC_A}`,
        `event,e2,e2,4 March 2001,2001-03-04,,Beta reacts,Beta theme | Alpha theme,,,Beta people respond.,1,,,,,${SRC_A}`,
        `quote,q2,e2,4 March 2001,,,Beta reacts,Beta theme,,,,,Sam Partner,Partner,critical,We are not sure about beta.,${SRC_A}`,
        `event,e4,e4,c. June 2002,2002-06,,Approximate alpha,Alpha theme,,,Known roughly.,0,,,,,${SRC_B}`,
        '',
      ].join('\r\n'),
    );
  });

  it('covers the whole dataset when not zoomed, and quotes multi-line text (RFC 4180)', () => {
    const csv = exportTimelineCsv(data, choices({ themeFilter: ['gamma', 'beta'] }), en);
    const ids = [...csv.matchAll(/^(event|quote),([^,]+),/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(ids).toEqual([
      'event:conf-2001',
      'event:e2',
      'quote:q2',
      'event:e3',
      'quote:q3',
      'event:e5',
      'quote:q4',
    ]);
    expect(csv).toContain(
      `quote,q3,e3,September 2001 – February 2002,,,Gamma period,Gamma theme,,,,,Lee Press,,momentum,"Gamma grows.\n\nIt keeps growing.",${SRC_B}`,
    );
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header when nothing matches', () => {
    expect(
      exportTimelineCsv(
        data,
        choices({ themeFilter: [], viewport: [Date.UTC(2003, 0, 1), Date.UTC(2003, 5, 1)] }),
        en,
      ),
    ).toBe(`${HEADER}\r\n`);
  });

  it('escapes quotes, commas and line breaks, and neutralises formula-like text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-0050', false)).toBe('-0050');

    const raw = miniRaw();
    raw.events[1]!.title = '=cmd|" /C calc"!A0';
    raw.events[1]!.summary = 'Line one,\r\nline "two"';
    const r = validateDataset(raw);
    if (!r.ok) throw new Error('fixture');
    const csv = exportTimelineCsv(
      prepareDataset(r.dataset),
      choices({ themeFilter: ['alpha'] }),
      en,
    );
    const row = csv.split('\r\n').find((l) => l.startsWith('event,e1,'));
    expect(row).toBe(
      `event,e1,e1,3 March 2001,2001-03-03,,"'=cmd|"" /C calc""!A0",Alpha theme,,,"Line one,`,
    );
    expect(csv).toContain(`"Line one,\r\nline ""two""",1,`);
  });
});

describe('export scope', () => {
  it('uses the zoom window, or the padded span of the data', () => {
    expect(exportWindow(data, { viewport: null })).toEqual(paddedBounds(data.span));
    expect(exportWindow(data, { viewport: WINDOW })).toEqual(WINDOW);
  });

  it('lists the sources cited by the events and their quotes, once each, in order', () => {
    const gamma = selectExportEvents(data, choices({ themeFilter: ['gamma'], viewport: WINDOW }));
    expect(gamma.map((e) => e.id)).toEqual(['conf-2001', 'e3']);
    expect(citedSources(data, gamma).map((s) => s.id)).toEqual(['src-a', 'src-b']);
    const late = selectExportEvents(
      data,
      choices({ viewport: [Date.UTC(2002, 2, 1), Date.UTC(2004, 0, 1)] }),
    );
    expect(citedSources(data, late).map((s) => s.id)).toEqual(['src-b']);
  });

  it('formats a full citation with the URL in full', () => {
    expect(formatSourceCitation(data.sourcesById.get('src-a')!, en)).toBe(
      'Test Gazette, “Fixture article A”, A. Writer, 4 March 2001. https://example.org/a',
    );
    expect(formatSourceCitation(data.sourcesById.get('src-b')!, en)).toBe(
      'Test Blog, “Fixture post B”, c. June 2002.',
    );
  });
});

describe('exportTimelineCsv with the reader’s notes (a choice)', () => {
  it('adds a last "my note" column with each event’s and quote’s note, neutralised like any text', () => {
    const notes = new Map([
      ['event:e1', 'Mine, with "quotes"\nand a line break'],
      ['quote:q2', '=HYPERLINK("x")'],
    ]);
    const csv = exportTimelineCsv(
      data,
      choices({ themeFilter: ['alpha'], viewport: WINDOW }),
      en,
      (key) => notes.get(key),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`${HEADER},my note`);
    const e1 = lines.find((l) => l.startsWith('event,e1,'));
    expect(e1?.endsWith(`${SRC_A},"Mine, with ""quotes""\nand a line break"`)).toBe(true);
    const q2 = lines.find((l) => l.startsWith('quote,q2,'));
    expect(q2?.endsWith(`${SRC_A},"'=HYPERLINK(""x"")"`)).toBe(true);
    // Without a note the field is empty; without the choice the file is as before.
    expect(lines.find((l) => l.startsWith('event,e4,'))?.endsWith(`${SRC_B},`)).toBe(true);
    expect(exportTimelineCsv(data, choices(), en).split('\r\n')[0]).toBe(HEADER);
  });
});
