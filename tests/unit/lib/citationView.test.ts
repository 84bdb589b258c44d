import { beforeAll, describe, expect, it } from 'vitest';
import { loadCiter, PROSE_STYLES, type Citer } from '../../../src/lib/citations';
import {
  datasetVersion,
  stableJson,
  viewBibTeX,
  viewCslItem,
  type CitedView,
} from '../../../src/lib/citations/view';

const view: CitedView = {
  url: 'https://example.org/timeline/?view=table&event=wpc-2010',
  title:
    "Microsoft's partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011",
  version: 'SHA-256 3f2a9c1b7e4d',
  accessed: '2026-12-03',
};

let citer: Citer;
beforeAll(async () => {
  citer = await loadCiter();
  for (const style of PROSE_STYLES) citer.citeItemParts(viewCslItem(view, style), style);
}, 120_000);

const cite = (style: (typeof PROSE_STYLES)[number]) =>
  citer
    .citeItemParts(viewCslItem(view, style), style)
    .map((s) => (s.italic === true ? `*${s.text}*` : s.text))
    .join('');

describe('the version of a dataset', () => {
  it('is the start of the SHA-256 of its content, whatever the order of keys', async () => {
    const a = await datasetVersion({ title: 'T', events: [{ id: 'e', start: '2007' }] });
    const b = await datasetVersion({ events: [{ start: '2007', id: 'e' }], title: 'T' });
    expect(a).toMatch(/^SHA-256 [0-9a-f]{12}$/);
    expect(b).toBe(a);
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('changes when any fact changes', async () => {
    const a = await datasetVersion({ title: 'T', events: [{ id: 'e', start: '2007' }] });
    const b = await datasetVersion({ title: 'T', events: [{ id: 'e', start: '2008' }] });
    expect(b).not.toBe(a);
  });

  it('is the known SHA-256 of a known text', async () => {
    // SHA-256 of the JSON text "{}" is 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a.
    expect(await datasetVersion({})).toBe('SHA-256 44136fa355b3');
  });
});

describe('Cite this view', () => {
  it('is a CSL-JSON dataset with the link, the version and the access date', () => {
    expect(viewCslItem(view)).toEqual({
      id: 'timeline-view',
      type: 'dataset',
      title: view.title,
      version: 'SHA-256 3f2a9c1b7e4d',
      URL: view.url,
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
    expect(() => viewCslItem({ ...view, accessed: '2026-12' })).toThrow(RangeError);
  });

  it('names the link, the version and the access date in every style', () => {
    for (const style of PROSE_STYLES) {
      const text = cite(style);
      expect(text, style).toContain(view.url);
      expect(text, style).toContain('SHA-256 3f2a9c1b7e4d');
      expect(text, style).toMatch(/2026/);
    }
  });

  it.each([
    [
      'apa',
      '*Microsoft’s partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011* (Version SHA-256 3f2a9c1b7e4d). (n.d.). [Dataset]. Retrieved December 3, 2026, from https://example.org/timeline/?view=table&event=wpc-2010',
    ],
    [
      'mla',
      '“Microsoft’s Partner Channel Moves to the Cloud: The Worldwide Partner Conferences, 2007–2011.” Version SHA-256 3f2a9c1b7e4d, https://example.org/timeline/?view=table&event=wpc-2010. Accessed 3 Dec. 2026.',
    ],
    [
      'chicago-note',
      '“Microsoft’s Partner Channel Moves to the Cloud: The Worldwide Partner Conferences, 2007–2011,” version SHA-256 3f2a9c1b7e4d, n.d., accessed December 3, 2026, https://example.org/timeline/?view=table&event=wpc-2010.',
    ],
    // The CSL files of Cite Them Right and IEEE print no version for a dataset; it is put in
    // the title's parentheses (both guides ask for the version).
    [
      'harvard',
      '“Microsoft’s partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011 (version SHA-256 3f2a9c1b7e4d)” (no date). Available at: https://example.org/timeline/?view=table&event=wpc-2010 (Accessed: December 3, 2026).',
    ],
    [
      'ieee',
      '[1] “Microsoft’s partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011 (version SHA-256 3f2a9c1b7e4d).” Accessed: Dec. 03, 2026. [Online]. Available: https://example.org/timeline/?view=table&event=wpc-2010',
    ],
  ] as const)('%s', (style, expected) => {
    expect(cite(style)).toBe(expected);
  });

  it('has a BibTeX entry for a reader who chose BibTeX', () => {
    expect(viewBibTeX(view)).toBe(
      [
        '@misc{timelineview,',
        "  title = {{Microsoft's partner channel moves to the cloud: the Worldwide Partner Conferences, 2007–2011}},",
        '  howpublished = {\\url{https://example.org/timeline/?view=table&event=wpc-2010}},',
        '  version = {SHA-256 3f2a9c1b7e4d},',
        '  url = {https://example.org/timeline/?view=table&event=wpc-2010},',
        '  urldate = {2026-12-03},',
        '  note = {Interactive timeline, version SHA-256 3f2a9c1b7e4d; accessed 2026-12-03}',
        '}',
      ].join('\n'),
    );
  });
});
