import { describe, expect, it } from 'vitest';
import {
  classifyMedia,
  iframeSrc,
  isIframeEmbed,
  pictureHosts,
  pictureOf,
  readMediaUrl,
  youTubeId,
} from '../../../src/lib/media';

describe('readMediaUrl', () => {
  it('reads a protocol-relative address as https', () => {
    expect(readMediaUrl('//upload.wikimedia.org/wikipedia/commons/a/a0/X.jpg', null)).toEqual({
      ok: true,
      url: 'https://upload.wikimedia.org/wikipedia/commons/a/a0/X.jpg',
      form: 'protocol-relative',
    });
  });

  it('keeps absolute http and https addresses', () => {
    expect(readMediaUrl(' http://youtu.be/yRvJylbSg7o ', null)).toMatchObject({
      ok: true,
      url: 'http://youtu.be/yRvJylbSg7o',
      form: 'absolute',
    });
  });

  it('takes the src of an iframe embed code, decoding its entities', () => {
    const embed =
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=3&amp;rel=0" frameborder="0" allowfullscreen></iframe>';
    expect(isIframeEmbed(embed)).toBe(true);
    expect(readMediaUrl(embed, null)).toEqual({
      ok: true,
      url: 'https://www.youtube.com/embed/dQw4w9WgXcQ?start=3&rel=0',
      form: 'embed',
    });
    expect(iframeSrc("<iframe src='//player.vimeo.com/video/1'>")).toBe(
      '//player.vimeo.com/video/1',
    );
    expect(iframeSrc('<iframe src=https://w.soundcloud.com/player/?url=x></iframe>')).toBe(
      'https://w.soundcloud.com/player/?url=x',
    );
    expect(
      readMediaUrl('<iframe src="//www.google.com/maps/embed?pb=1"></iframe>', null),
    ).toMatchObject({
      ok: true,
      url: 'https://www.google.com/maps/embed?pb=1',
    });
  });

  it('does not mistake data-src or a srcdoc for the src', () => {
    expect(iframeSrc('<iframe data-src="https://a.example/x" srcdoc="<p>"></iframe>')).toBe('');
  });

  it('says why an iframe without a src, or another scheme, cannot be used', () => {
    expect(readMediaUrl('<iframe width="5"></iframe>', null)).toEqual({
      ok: false,
      reason: 'embed',
      address: '',
    });
    expect(readMediaUrl('javascript:alert(1)', null)).toMatchObject({
      ok: false,
      reason: 'protocol',
    });
    expect(readMediaUrl('<iframe src="javascript:alert(1)">', null)).toMatchObject({
      ok: false,
      reason: 'protocol',
    });
    expect(readMediaUrl('data:image/png;base64,AAAA', null)).toMatchObject({
      ok: false,
      reason: 'protocol',
    });
    expect(readMediaUrl('https://', null)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('resolves relative addresses against the file, and refuses them without one', () => {
    expect(readMediaUrl('images/a.png', 'https://example.org/timelines/t.json')).toEqual({
      ok: true,
      url: 'https://example.org/timelines/images/a.png',
      form: 'relative',
    });
    expect(readMediaUrl('/img/b.jpg', 'https://example.org/timelines/t.json')).toMatchObject({
      url: 'https://example.org/img/b.jpg',
    });
    expect(readMediaUrl('images/a.png', null)).toEqual({
      ok: false,
      reason: 'relative',
      address: 'images/a.png',
    });
  });
});

describe('classifyMedia', () => {
  const cases: [string, string][] = [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
    ['http://youtu.be/yRvJylbSg7o', 'youtube'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube'],
    ['https://vimeo.com/34724990', 'vimeo'],
    ['https://player.vimeo.com/video/34724990', 'vimeo'],
    ['http://soundcloud.com/radiohead/radiohead_separator-anstam-rmx', 'soundcloud'],
    ['https://w.soundcloud.com/player/?url=x', 'soundcloud'],
    ['http://maps.google.com/?ll=42.05,-87.67&z=16', 'google-maps'],
    ['https://www.google.com/maps/place/Evanston/@42.04,-87.69,13z', 'google-maps'],
    ['https://www.google.com/search?q=maps', 'page'],
    ['https://twitter.com/#!/neonmarg/status/167006310850760706', 'twitter'],
    ['https://x.com/someone/status/1', 'twitter'],
    ['https://en.wikipedia.org/wiki/Mark_Twain', 'wikipedia'],
    ['https://upload.wikimedia.org/wikipedia/commons/5/5c/Mark_Twain.jpg', 'image'],
    ['https://farm8.staticflickr.com/7/1_2.JPG', 'image'],
    ['https://example.org/pic.webp?size=large', 'image'],
    ['https://example.org/report.pdf', 'document'],
    ['https://docs.google.com/document/d/abc/edit', 'document'],
    ['https://www.flickr.com/photos/zachwise/6856858425/in/photostream', 'page'],
    ['https://example.org/', 'page'],
    ['not a url', 'page'],
  ];
  it.each(cases)('%s is %s', (url, kind) => {
    expect(classifyMedia(url)).toBe(kind);
  });

  it('is not fooled by a host that only ends like a known one', () => {
    expect(classifyMedia('https://notyoutube.com/watch?v=dQw4w9WgXcQ')).toBe('page');
    expect(classifyMedia('https://evil-x.com/status/1')).toBe('page');
  });
});

describe('pictures', () => {
  it('finds the YouTube video id in its address forms', () => {
    expect(youTubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1')).toBe('dQw4w9WgXcQ');
    expect(youTubeId('http://youtu.be/yRvJylbSg7o')).toBe('yRvJylbSg7o');
    expect(youTubeId('https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0')).toBe('dQw4w9WgXcQ');
    expect(youTubeId('https://www.youtube.com/channel/UC')).toBeNull();
    expect(youTubeId('https://vimeo.com/1')).toBeNull();
  });

  it('shows the image itself, else the named thumbnail, else a YouTube still', () => {
    expect(
      pictureOf({ url: 'https://a.example/x.png', thumbnail: 'https://b.example/t.png' }),
    ).toEqual({ src: 'https://a.example/x.png', isThumbnail: false });
    expect(pictureOf({ url: 'https://vimeo.com/1', thumbnail: 'https://b.example/t.png' })).toEqual(
      {
        src: 'https://b.example/t.png',
        isThumbnail: true,
      },
    );
    expect(pictureOf({ url: 'http://youtu.be/yRvJylbSg7o' })).toEqual({
      src: 'https://i.ytimg.com/vi/yRvJylbSg7o/hqdefault.jpg',
      isThumbnail: true,
    });
    expect(pictureOf({ url: 'https://twitter.com/a/status/1' })).toBeNull();
  });

  it('lists the other sites the pictures come from, each once, in order', () => {
    const media = [
      { url: 'https://upload.wikimedia.org/a.jpg' },
      { url: 'https://farm8.staticflickr.com/b.jpg' },
      { url: 'https://upload.wikimedia.org/c.png' },
      { url: 'https://en.wikipedia.org/wiki/X' },
      { url: 'https://app.example/own.png' },
    ];
    expect(pictureHosts(media, 'https://app.example')).toEqual([
      'upload.wikimedia.org',
      'farm8.staticflickr.com',
    ]);
  });
});
