/**
 * Media as TimelineJS shows it: protocol-relative addresses, iframe embed codes, relative
 * addresses (resolved against the file's URL, or refused with the reason), alt text, slide
 * backgrounds and the title slide as the introduction.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/import/csv';
import { importText } from '../../../src/import/importDataset';
import { convertTimelineJs } from '../../../src/import/timelinejs';
import { convertTimelineJsCsv } from '../../../src/import/timelinejsCsv';

type Raw = {
  events: Record<string, unknown>[];
  descriptionHtml?: string;
  description?: string;
  media?: Record<string, unknown>;
};

function convert(events: unknown[], extra: Record<string, unknown> = {}, baseUrl?: string) {
  const r = convertTimelineJs({ events, ...extra }, { fileName: 'f.json', baseUrl });
  return {
    raw: r.raw as Raw | null,
    lines: r.problems.map((p) => `${p.severity}: ${p.path}: ${p.message}`),
  };
}

const withMedia = (media: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  start_date: { year: 2001 },
  text: { headline: 'E' },
  media,
  ...extra,
});

describe('TimelineJS media addresses', () => {
  it('reads protocol-relative addresses as https, for media and thumbnails', () => {
    const { raw, lines } = convert([
      withMedia({
        url: '//upload.wikimedia.org/wikipedia/commons/5/5c/Mark_Twain.jpg',
        thumbnail: '//farm8.staticflickr.com/7/1_2_t.jpg',
        caption: 'Twain',
      }),
    ]);
    expect(lines).toEqual([]);
    expect(raw?.events[0]?.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/5/5c/Mark_Twain.jpg',
      thumbnail: 'https://farm8.staticflickr.com/7/1_2_t.jpg',
      caption: 'Twain',
    });
  });

  it('keeps the src of an iframe embed code as a link; one without a src is left out', () => {
    const { raw, lines } = convert([
      withMedia({
        url: '<iframe width="560" height="315" src="//www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0"></iframe>',
        caption: 'A video',
      }),
      withMedia({ url: '<iframe width="5"></iframe>' }),
    ]);
    expect(raw?.events[0]?.media).toEqual({
      url: 'https://www.youtube.com/embed/dQw4w9WgXcQ',
      caption: 'A video',
    });
    expect(raw?.events[1]?.media).toBeUndefined();
    expect(lines).toEqual([
      'warning: events[1].media.url: the embed code has no src address; the media was left out',
    ]);
  });

  it('resolves relative addresses against the URL the file came from', () => {
    const { raw, lines } = convert(
      [withMedia({ url: 'img/a.png', thumbnail: '/thumbs/a.png' })],
      {},
      'https://example.org/timelines/t.json',
    );
    expect(lines).toEqual([]);
    expect(raw?.events[0]?.media).toEqual({
      url: 'https://example.org/timelines/img/a.png',
      thumbnail: 'https://example.org/thumbs/a.png',
    });
  });

  it('says why a relative address is left out of a file from this computer', () => {
    const { raw, lines } = convert([withMedia({ url: 'img/a.png' })]);
    expect(raw?.events[0]?.media).toBeUndefined();
    expect(lines).toEqual([
      'warning: events[0].media.url: "img/a.png" is a relative address, and a file opened from this computer has no web address to resolve it against; the media was left out (write the full https:// address, or open the timeline by its web address)',
    ]);
  });

  it('keeps alt text, as plain text', () => {
    const { raw } = convert([
      withMedia({ url: 'https://e.org/a.jpg', alt: 'A <b>steam</b> boat &amp; its crew' }),
    ]);
    expect(raw?.events[0]?.media).toEqual({
      url: 'https://e.org/a.jpg',
      alt: 'A steam boat & its crew',
    });
  });

  it('passes the file URL through importText (TimelineJS JSON and the sheet as CSV)', () => {
    const json = importText(
      JSON.stringify({ events: [withMedia({ url: 'a.png' })] }),
      't.json',
      undefined,
      { baseUrl: 'https://example.org/x/t.json' },
    );
    expect(json.ok && json.dataset.events[0]?.media?.url).toBe('https://example.org/x/a.png');
    const csv = importText('Year,Headline,Media\n2001,E,b.png\n', 't.csv', undefined, {
      baseUrl: 'https://example.org/x/t.csv',
    });
    expect(csv.ok && csv.dataset.events[0]?.media?.url).toBe('https://example.org/x/b.png');
  });
});

describe('TimelineJS backgrounds', () => {
  it('keeps a background colour as #rrggbb and ignores background images', () => {
    const { raw, lines } = convert([
      withMedia({}, { background: { color: '#1A2B3C' } }),
      withMedia({}, { background: { color: '#abc' } }),
      withMedia({}, { background: { url: 'https://e.org/bg.jpg' } }),
      withMedia({}, { background: { color: 'RebeccaPurple' } }),
      withMedia({}, { background: { color: 'papayawhip' } }),
      withMedia({}, { background: { color: 'rgb(1, 2, 3)' } }),
      withMedia({}, { background: { color: 'constructor' } }),
    ]);
    expect(raw?.events.map((e) => e.background)).toEqual([
      '#1a2b3c',
      '#aabbcc',
      undefined,
      // CSS colour names, as TimelineJS's templates use them.
      '#663399',
      '#ffefd5',
      undefined,
      undefined,
    ]);
    expect(lines).toEqual([
      'warning: events[5].background: "rgb(1, 2, 3)" is not a colour written #rrggbb or a CSS colour name; the background colour was left out',
      'warning: events[6].background: "constructor" is not a colour written #rrggbb or a CSS colour name; the background colour was left out',
    ]);
  });

  it("reads the sheet's Background column: a colour, or an image address (not shown)", () => {
    const csv = parseCsv(
      'Year,Headline,Background,Alt Text,Media\n2001,A,#ff0000,,\n2002,B,https://e.org/bg.jpg,A boat,https://e.org/boat.jpg\n',
    );
    const r = convertTimelineJsCsv(csv, 't.csv');
    const raw = r.raw as Raw | null;
    expect(raw?.events.map((e) => e.background)).toEqual(['#ff0000', undefined]);
    expect(raw?.events[1]?.media).toEqual({ url: 'https://e.org/boat.jpg', alt: 'A boat' });
    expect(r.problems).toEqual([]);
  });
});

describe('the title slide as the introduction', () => {
  it('keeps its text as rich text and plain text, and its media', () => {
    const { raw } = convert([withMedia({})], {
      title: {
        text: { headline: 'T', text: '<p>Intro with <b>bold</b>.</p>' },
        media: { url: '//upload.wikimedia.org/t.jpg', caption: 'Cap', credit: 'Cred' },
      },
    });
    expect(raw?.description).toBe('Intro with bold.');
    expect(raw?.descriptionHtml).toBe('<p>Intro with <b>bold</b>.</p>');
    expect(raw?.media).toEqual({
      url: 'https://upload.wikimedia.org/t.jpg',
      caption: 'Cap',
      credit: 'Cred',
    });
  });

  it('keeps no rich text when the text has no markup', () => {
    const { raw } = convert([withMedia({})], { title: { text: { headline: 'T', text: 'Plain' } } });
    expect(raw?.description).toBe('Plain');
    expect(raw?.descriptionHtml).toBeUndefined();
  });
});
