import { describe, expect, it } from 'vitest';
import {
  buildIframeSnippet,
  clampPx,
  embedUrlFor,
  escapeAttribute,
  fullViewUrlFor,
  hostScript,
  HEIGHT_PX,
  WIDTH_PX,
} from '../../../../src/features/embed/embedCode';
import { isEmbedSearch } from '../../../../src/store/embedMode';
import { DEFAULT_CHOICES } from '../../../../src/store/createTimelineStore';

const at = (search: string) => ({ origin: 'https://wpc.example', pathname: '/app/', search });
const choices = {
  ...DEFAULT_CHOICES,
  themeFilter: ['alpha', 'gamma'],
  dimFiltered: true,
  selectedEventId: 'wpc-2010',
  viewport: [Date.UTC(2009, 0, 1), Date.UTC(2011, 6, 15)] as const,
  query: 'all in',
};

describe(isEmbedSearch, () => {
  it('is true only for embed=1', () => {
    expect(isEmbedSearch('?embed=1&event=x')).toBe(true);
    expect(isEmbedSearch('?event=x&embed=1')).toBe(true);
    expect(isEmbedSearch('?embed=0')).toBe(false);
    expect(isEmbedSearch('?embed=true')).toBe(false);
    expect(isEmbedSearch('')).toBe(false);
  });
});

describe(embedUrlFor, () => {
  it('puts embed=1 first, then the view as the app writes it', () => {
    expect(embedUrlFor(choices, at(''))).toBe(
      'https://wpc.example/app/?embed=1&themes=alpha~gamma&dim=1&event=wpc-2010&from=2009-01-01&to=2011-07-15&q=all+in',
    );
  });

  it('is just embed=1 for the default view', () => {
    expect(embedUrlFor(DEFAULT_CHOICES, at(''))).toBe('https://wpc.example/app/?embed=1');
  });

  it('keeps the dataset link and adds the host id, but not window-only params', () => {
    expect(
      embedUrlFor(
        { ...DEFAULT_CHOICES, selectedEventId: 'e1' },
        at('?data=/sets/mini.json&speaker=1&tourdata=abc&embed=0&embedid=old&event=e9'),
        'blog-1',
      ),
    ).toBe('https://wpc.example/app/?embed=1&embedid=blog-1&data=%2Fsets%2Fmini.json&event=e1');
  });
});

describe(fullViewUrlFor, () => {
  it('is the same view minus embed and embedid', () => {
    expect(fullViewUrlFor(choices, at('?embed=1&embedid=blog-1&data=x.json'))).toBe(
      'https://wpc.example/app/?data=x.json&themes=alpha~gamma&dim=1&event=wpc-2010&from=2009-01-01&to=2011-07-15&q=all+in',
    );
  });

  it('round-trips with embedUrlFor', () => {
    const embed = new URL(embedUrlFor(choices, at('')));
    expect(fullViewUrlFor(choices, at(embed.search))).toBe(
      'https://wpc.example/app/?themes=alpha~gamma&dim=1&event=wpc-2010&from=2009-01-01&to=2011-07-15&q=all+in',
    );
  });

  it('has no query string for the default view', () => {
    expect(fullViewUrlFor(DEFAULT_CHOICES, at('?embed=1'))).toBe('https://wpc.example/app/');
  });
});

describe(escapeAttribute, () => {
  it('escapes ampersands, both quotes and angle brackets', () => {
    expect(escapeAttribute(`a&b "c" 'd' <e>`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39; &lt;e&gt;');
  });

  it('escapes an existing entity again, so it reads back unchanged', () => {
    expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
  });
});

describe(clampPx, () => {
  it('rounds and clamps to the range, and falls back to the initial value', () => {
    expect(clampPx(640.4, WIDTH_PX)).toBe(640);
    expect(clampPx(10, WIDTH_PX)).toBe(320);
    expect(clampPx(1e9, HEIGHT_PX)).toBe(HEIGHT_PX.max);
    expect(clampPx(Number.NaN, HEIGHT_PX)).toBe(720);
  });
});

describe(buildIframeSnippet, () => {
  const src = 'https://wpc.example/?embed=1&themes=a~b&event=e"1';
  const title = `Interactive timeline: Microsoft's "cloud" <bet>`;

  it('gives a responsive, fixed-height iframe with escaped attributes', () => {
    expect(
      buildIframeSnippet({
        src,
        title,
        width: { kind: 'responsive' },
        height: { kind: 'fixed', px: 600 },
      }),
    ).toBe(
      '<iframe src="https://wpc.example/?embed=1&amp;themes=a~b&amp;event=e&quot;1" ' +
        'title="Interactive timeline: Microsoft&#39;s &quot;cloud&quot; &lt;bet&gt;" ' +
        'height="600" style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it('gives a fixed width that may still shrink to its container', () => {
    expect(
      buildIframeSnippet({
        src: 'https://wpc.example/?embed=1',
        title: 'T',
        width: { kind: 'fixed', px: 800 },
        height: { kind: 'fixed', px: 50 },
      }),
    ).toBe(
      '<iframe src="https://wpc.example/?embed=1" title="T" width="800" height="200" ' +
        'style="max-width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it('adds the listener for auto-size, checking the app origin, after a starting height', () => {
    const code = buildIframeSnippet({
      src: 'https://wpc.example/app/?embed=1',
      title: 'T',
      width: { kind: 'responsive' },
      height: { kind: 'auto' },
    });
    expect(code).toBe(
      '<iframe src="https://wpc.example/app/?embed=1" title="T" height="720" ' +
        'style="width:100%;border:0" loading="lazy"></iframe>\n' +
        hostScript('https://wpc.example'),
    );
  });
});

describe(hostScript, () => {
  it('is a small ES5 listener that sizes the frame a message came from', () => {
    expect(hostScript('https://wpc.example')).toBe(
      [
        '<script>',
        "  window.addEventListener('message', function (event) {",
        '    var data = event.data;',
        '    if (event.origin !== "https://wpc.example" || !data || data.type !== "wpc-timeline:height") return;',
        "    if (data.version !== 1 || typeof data.height !== 'number') return;",
        "    var frames = document.getElementsByTagName('iframe');",
        '    for (var i = 0; i < frames.length; i++) {',
        "      if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + 'px';",
        '    }',
        '  });',
        '</script>',
      ].join('\n'),
    );
  });

  it('cannot be closed early by a hostile origin string', () => {
    const s = hostScript('https://x</script><script>alert(1)//');
    expect(s.match(/<\/script>/g)).toHaveLength(1);
    expect(s).toContain('"https://x\\u003c/script>\\u003cscript>alert(1)//"');
  });
});
