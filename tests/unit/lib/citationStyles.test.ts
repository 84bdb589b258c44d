/**
 * Known answers for every prose style on three kinds of source: a blog post, a news article
 * with no author, and a transcript (records copied from data/wpc.json, so the test does not
 * move when the dataset does). Each answer was checked against the style's pattern for that
 * kind of item; the remarks say where the official CSL style makes a choice a reader might
 * not expect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../../src/domain/types';
import { loadCiter, PROSE_STYLES, type Citer, type ProseStyle } from '../../../src/lib/citations';

const blog: Source = {
  id: 'bradley-2004-12-06-open-letter-ballmer',
  title: 'An open letter to Steve Ballmer',
  outlet: "Susan Bradley's blog (blogs.msmvps.com/bradley)",
  author: 'Susan Bradley',
  date: '2004-12-06',
  url: 'https://blogs.msmvps.com/bradley/2004/12/06/an-open-letter-to-steve-ballmer/',
  kind: 'blog',
};

const unsignedNews: Source = {
  id: 'rcp-2005-09-01-parsing-services-strategy',
  title: "Parsing Microsoft's Services Strategy",
  outlet: 'Redmond Channel Partner (RCP)',
  date: '2005-09-01',
  url: 'https://rcpmag.com/Articles/2005/09/01/Parsing-Microsofts-Services-Strategy.aspx?p=1',
  kind: 'news',
};

const transcript: Source = {
  id: 'ms-transcript-ballmer-wpc2007',
  title: 'Steve Ballmer, Worldwide Partner Conference 2007, Denver (transcript)',
  outlet: 'Microsoft News Center',
  date: '2007-07-10',
  url: 'https://news.microsoft.com/speeches/steve-ballmer-microsoft-worldwide-partner-conference-2007/',
  kind: 'transcript',
};

const BLOG_URL = blog.url!;
const NEWS_URL = unsignedNews.url!;
const TRANSCRIPT_URL = transcript.url!;

let citer: Citer;
// Loading citation-js and compiling the big Chicago styles takes seconds on a busy machine.
beforeAll(async () => {
  citer = await loadCiter();
  for (const style of PROSE_STYLES) citer.citeSource(blog, style);
}, 120_000);

/** The entry with italics marked as *…*, so one string shows both text and emphasis. */
function marked(source: Source, style: ProseStyle, accessed?: string): string {
  return citer
    .citeSourceParts(source, style, accessed === undefined ? undefined : { accessed })
    .map((s) => (s.italic === true ? `*${s.text}*` : s.text))
    .join('');
}

describe('a blog post (author, day date, a site name with a web address in it)', () => {
  const site = '*Susan Bradley’s Blog (blogs.msmvps.com/bradley)*';
  it.each<[ProseStyle, string]>([
    [
      'apa',
      `Bradley, S. (2004, December 6). An open letter to Steve Ballmer. ${site}. ${BLOG_URL}`,
    ],
    [
      'mla',
      `Bradley, Susan. “An Open Letter to Steve Ballmer.” ${site}, 6 Dec. 2004, ${BLOG_URL}.`,
    ],
    [
      'chicago-note',
      `Susan Bradley, “An Open Letter to Steve Ballmer,” ${site}, December 6, 2004, ${BLOG_URL}.`,
    ],
    [
      'chicago-bib',
      `Bradley, Susan. “An Open Letter to Steve Ballmer.” ${site}, December 6, 2004. ${BLOG_URL}.`,
    ],
    [
      'chicago-author-date',
      `Bradley, Susan. 2004. “An Open Letter to Steve Ballmer.” ${site}, December 6. ${BLOG_URL}.`,
    ],
    // Cite Them Right keeps the blog's name as written (no title case).
    [
      'harvard',
      `Bradley, S. (2004) “An open letter to Steve Ballmer,” *Susan Bradley’s blog (blogs.msmvps.com/bradley)*, 6 December. Available at: ${BLOG_URL}.`,
    ],
    // IEEE's pattern for web pages and blogs has no publication date, only an access date.
    [
      'ieee',
      `[1] S. Bradley, “An open letter to Steve Ballmer,” Susan Bradley’s blog (blogs.msmvps.com/bradley). [Online]. Available: ${BLOG_URL}`,
    ],
  ])('%s', (style, expected) => {
    expect(marked(blog, style)).toBe(expected);
  });

  it('never recases the web address in the site name', () => {
    for (const style of ['mla', 'chicago-note', 'chicago-bib', 'chicago-author-date'] as const) {
      expect(marked(blog, style)).toContain('(blogs.msmvps.com/bradley)');
    }
  });
});

describe('a news article with no author', () => {
  const paper = '*Redmond Channel Partner (RCP)*';
  it.each<[ProseStyle, string]>([
    // APA and MLA start with the title; Chicago's bibliography, Chicago author-date and
    // Harvard put the newspaper in the author's place.
    ['apa', `Parsing Microsoft’s Services Strategy. (2005, September 1). ${paper}. ${NEWS_URL}`],
    ['mla', `“Parsing Microsoft’s Services Strategy.” ${paper}, 1 Sept. 2005, ${NEWS_URL}.`],
    [
      'chicago-note',
      `“Parsing Microsoft’s Services Strategy,” ${paper}, September 1, 2005, ${NEWS_URL}.`,
    ],
    [
      'chicago-bib',
      `${paper}. “Parsing Microsoft’s Services Strategy.” September 1, 2005. ${NEWS_URL}.`,
    ],
    [
      'chicago-author-date',
      `${paper}. 2005. “Parsing Microsoft’s Services Strategy.” September 1. ${NEWS_URL}.`,
    ],
    [
      'harvard',
      `${paper} (2005) “Parsing Microsoft’s Services Strategy,” 1 September. Available at: ${NEWS_URL}.`,
    ],
    [
      'ieee',
      `[1] “Parsing Microsoft’s Services Strategy,” ${paper}, Sep. 01, 2005. [Online]. Available: ${NEWS_URL}`,
    ],
  ])('%s', (style, expected) => {
    expect(marked(unsignedNews, style)).toBe(expected);
  });
});

describe('a transcript on a web site (no author; the title already says "transcript")', () => {
  const title = 'Steve Ballmer, Worldwide Partner Conference 2007, Denver';
  it.each<[ProseStyle, string]>([
    // APA's web page: the page's title in italics, the site plain.
    ['apa', `*${title} (transcript)*. (2007, July 10). Microsoft News Center. ${TRANSCRIPT_URL}`],
    ['mla', `“${title} (Transcript).” *Microsoft News Center*, 10 July 2007, ${TRANSCRIPT_URL}.`],
    [
      'chicago-note',
      `“${title} (Transcript),” Microsoft News Center, July 10, 2007, ${TRANSCRIPT_URL}.`,
    ],
    [
      'chicago-bib',
      `Microsoft News Center. “${title} (Transcript).” July 10, 2007. ${TRANSCRIPT_URL}.`,
    ],
    [
      'chicago-author-date',
      `Microsoft News Center. 2007. “${title} (Transcript).” July 10. ${TRANSCRIPT_URL}.`,
    ],
    [
      'harvard',
      `*${title} (transcript)* (2007) *Microsoft News Center*. Available at: ${TRANSCRIPT_URL}.`,
    ],
    [
      'ieee',
      `[1] “${title} (transcript),” Microsoft News Center. [Online]. Available: ${TRANSCRIPT_URL}`,
    ],
  ])('%s', (style, expected) => {
    expect(marked(transcript, style)).toBe(expected);
  });

  it('adds the access date where the style asks for one', () => {
    expect(marked(transcript, 'harvard', '2026-12-03')).toBe(
      `${marked(transcript, 'harvard')} (Accessed: December 3, 2026).`.replace(
        `${TRANSCRIPT_URL}. (Accessed`,
        `${TRANSCRIPT_URL} (Accessed`,
      ),
    );
    expect(marked(transcript, 'ieee', '2026-12-03')).toBe(
      `[1] “${title} (transcript),” Microsoft News Center. Accessed: Dec. 03, 2026. [Online]. Available: ${TRANSCRIPT_URL}`,
    );
    // MLA 9 makes the access date optional; the CSL MLA style prints it only for undated works.
    expect(marked(transcript, 'mla', '2026-12-03')).toBe(marked(transcript, 'mla'));
  });
});
