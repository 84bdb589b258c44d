import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, isBlockquote, readBlockquote } from '../../../src/import/html';
import { contrastRatio } from '../../../src/domain/contrast';
import { THEME_GLYPHS, THEME_PATTERNS } from '../../../src/domain/schema';
import { IMPORT_PALETTE, themeLook } from '../../../src/import/palette';
import { IdAllocator } from '../../../src/import/slug';
import { excerpt } from '../../../src/lib/excerpt';
import { slugify } from '../../../src/lib/slug';

describe('htmlToText', () => {
  it('drops tags, keeps words apart at block boundaries, decodes entities', () => {
    expect(htmlToText('<p>One</p><p>Two &amp; <b>three</b></p>')).toBe('One Two & three');
    expect(htmlToText('a<br/>b<br>c')).toBe('a b c');
    expect(htmlToText('&ldquo;Hi&rdquo; &#8212; &#x263A; &nbsp;&eacute;&unknown;')).toBe(
      '“Hi” — ☺ é&unknown;',
    );
    expect(htmlToText('  lots \n\t of   space ')).toBe('lots of space');
  });

  it('drops script and style content, comments and unfinished tags', () => {
    expect(htmlToText('a<script>alert("<b>x</b>")</script>b<style>p{}</style>c')).toBe('abc');
    expect(htmlToText('a<!-- hidden <b> -->b')).toBe('ab');
    expect(htmlToText('before <img src=x onerror=alert(1)> after')).toBe('before after');
    expect(htmlToText('cut <a href="x')).toBe('cut');
    expect(htmlToText('<SCRIPT>alert(1)</SCRIPT>ok')).toBe('ok');
  });

  it('keeps a "<" that does not start a tag', () => {
    expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(decodeEntities('&#0; &#xD800; &#1114112;')).toBe('\uFFFD \uFFFD \uFFFD');
  });

  it('runs in linear time on hostile input', () => {
    const hostile = '<'.repeat(200_000) + '<!--'.repeat(50_000) + '<a'.repeat(50_000);
    const t0 = performance.now();
    htmlToText(hostile);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('excerpt', () => {
  it('cuts at a word boundary', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(excerpt('x'.repeat(30), 10)).toBe('xxxxxxxxx…');
  });
});

describe('blockquotes', () => {
  it('recognises a blockquote in a media URL', () => {
    expect(isBlockquote('<blockquote>x</blockquote>')).toBe(true);
    expect(isBlockquote('  <BLOCKQUOTE class="q">x')).toBe(true);
    expect(isBlockquote('<blockquotes>')).toBe(false);
    expect(isBlockquote('https://example.com/<blockquote>')).toBe(false);
  });

  it('reads the words without outer quote marks, and the <cite>', () => {
    expect(readBlockquote('<blockquote>“Words, words.”</blockquote>')).toEqual({
      text: 'Words, words.',
      cite: '',
    });
    expect(
      readBlockquote('<blockquote>"It works." <cite>— Ada Lovelace, 1843</cite></blockquote>'),
    ).toEqual({ text: 'It works.', cite: 'Ada Lovelace, 1843' });
    // Only a matching pair is removed.
    expect(readBlockquote('<blockquote>"Unbalanced</blockquote>').text).toBe('"Unbalanced');
  });
});

describe('slugify', () => {
  it('makes ids the schema accepts', () => {
    expect(slugify('Art & Music (1900–1950)')).toBe('art-music-1900-1950');
    expect(slugify('  Ärger über Straße ')).toBe('arger-uber-strasse');
    expect(slugify('already-a-slug')).toBe('already-a-slug');
    expect(slugify('--Leading and trailing--')).toBe('leading-and-trailing');
    expect(slugify('日本語')).toBe('');
    expect(slugify('!!!')).toBe('');
    expect(slugify('a'.repeat(100))).toHaveLength(80);
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
    for (const s of ['Hello, World!', 'x_y.z', 'Ünïcødé 2001']) {
      expect(slugify(s)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
    }
  });
});

describe('IdAllocator', () => {
  it('hands out unique ids with -2, -3… suffixes', () => {
    const ids = new IdAllocator();
    expect(ids.unique('a')).toBe('a');
    expect(ids.unique('a')).toBe('a-2');
    expect(ids.reserve('a-3')).toBe(true);
    expect(ids.reserve('a-3')).toBe(false);
    expect(ids.unique('a')).toBe('a-4');
    expect(ids.has('a-2')).toBe(true);
    expect(ids.has('b')).toBe(false);
  });
});

describe('the import palette', () => {
  it('has colours with at least 4.5:1 contrast on white, all different', () => {
    for (const c of IMPORT_PALETTE) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(new Set(IMPORT_PALETTE).size).toBe(IMPORT_PALETTE.length);
  });

  it('gives each theme its own pattern and glyph, cycling through the lists', () => {
    const looks = Array.from({ length: THEME_PATTERNS.length }, (_, i) => themeLook(i));
    expect(new Set(looks.map((l) => l.pattern)).size).toBe(THEME_PATTERNS.length);
    expect(new Set(looks.map((l) => l.glyph)).size).toBe(THEME_GLYPHS.length);
    expect(themeLook(THEME_PATTERNS.length).pattern).toBe(THEME_PATTERNS[0]);
    expect(themeLook(IMPORT_PALETTE.length).color).toBe(IMPORT_PALETTE[0]);
    expect(themeLook(0)).toEqual({ color: '#1f5fa8', pattern: 'solid', glyph: 'circle' });
  });
});
