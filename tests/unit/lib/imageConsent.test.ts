import { describe, expect, it } from 'vitest';
import {
  consentKey,
  consentStatus,
  listHosts,
  MAX_REMEMBERED,
  parseAnswers,
  recordAnswer,
  type ConsentAnswers,
} from '../../../src/lib/imageConsent';
import { datasetPictureHosts } from '../../../src/lib/media';
import { IMAGE_CONSENT, readEntry, writeEntry } from '../../../src/store/persistence';
import { memoryStorage } from '../../setup/memoryStorage';

const HOSTS = ['upload.wikimedia.org', 'farm8.staticflickr.com'];
const more = (n: number) => `${n} other sites`;

describe('image consent', () => {
  it('names a dataset by its URL, or by its title when it has none', () => {
    expect(consentKey({ origin: 'https://x.example/t.json', title: 'T' })).toBe(
      'url:https://x.example/t.json',
    );
    expect(consentKey({ origin: null, title: 'My course' })).toBe('title:My course');
  });

  it('asks once, then holds the answer for that dataset only', () => {
    let answers: ConsentAnswers = {};
    expect(consentStatus(answers, 'a', HOSTS)).toBe('ask');
    answers = recordAnswer(answers, 'a', { allowed: true, hosts: HOSTS, at: 1 });
    expect(consentStatus(answers, 'a', HOSTS)).toBe('allowed');
    expect(consentStatus(answers, 'b', HOSTS)).toBe('ask');
    answers = recordAnswer(answers, 'b', { allowed: false, hosts: HOSTS, at: 2 });
    expect(consentStatus(answers, 'b', HOSTS)).toBe('refused');
    // Withdrawn: the later answer replaces the earlier one.
    answers = recordAnswer(answers, 'a', { allowed: false, hosts: HOSTS, at: 3 });
    expect(consentStatus(answers, 'a', HOSTS)).toBe('refused');
  });

  it('needs no answer for a dataset without pictures from other sites', () => {
    expect(consentStatus({}, 'a', [])).toBe('none-needed');
  });

  it('asks again when a new version brings pictures from a site not yet agreed to', () => {
    const answers = recordAnswer({}, 'a', { allowed: true, hosts: [HOSTS[0]!], at: 1 });
    expect(consentStatus(answers, 'a', [HOSTS[0]!])).toBe('allowed');
    expect(consentStatus(answers, 'a', HOSTS)).toBe('ask');
  });

  it('does not read inherited names as answers', () => {
    expect(consentStatus({}, 'constructor', HOSTS)).toBe('ask');
    expect(consentStatus({}, '__proto__', HOSTS)).toBe('ask');
  });

  it('remembers the most recent answers only', () => {
    let answers: ConsentAnswers = {};
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) {
      answers = recordAnswer(answers, `d${i}`, { allowed: true, hosts: HOSTS, at: i });
    }
    expect(Object.keys(answers)).toHaveLength(MAX_REMEMBERED);
    expect(consentStatus(answers, 'd0', HOSTS)).toBe('ask');
    expect(consentStatus(answers, `d${MAX_REMEMBERED + 4}`, HOSTS)).toBe('allowed');
  });

  it('keeps the answers in this browser, and drops a malformed one instead of trusting it', () => {
    const s = memoryStorage();
    const answers = recordAnswer({}, 'a', { allowed: true, hosts: HOSTS, at: 5 });
    writeEntry(IMAGE_CONSENT, answers, s);
    expect(readEntry(IMAGE_CONSENT, s)).toEqual(answers);
    s.setItem(
      IMAGE_CONSENT.key,
      JSON.stringify({
        version: 1,
        value: { a: { allowed: 'yes', hosts: HOSTS, at: 1 }, b: answers.a },
      }),
    );
    expect(readEntry(IMAGE_CONSENT, s)).toEqual({ b: answers.a });
    expect(parseAnswers([])).toBeUndefined();
    s.setItem(IMAGE_CONSENT.key, 'not json');
    expect(readEntry(IMAGE_CONSENT, s)).toEqual({});
  });

  it("lists the sites of a dataset's introduction and events, without the app's own", () => {
    const data = {
      dataset: { media: { url: 'https://upload.wikimedia.org/a.jpg' } },
      events: [
        { media: { url: 'https://app.example/own.png' } },
        { media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
        { media: { url: 'https://vimeo.com/1' } },
        {},
        { media: { url: 'https://farm8.staticflickr.com/b.jpg' } },
      ],
    };
    expect(datasetPictureHosts(data, 'https://app.example')).toEqual([
      'upload.wikimedia.org',
      'i.ytimg.com',
      'farm8.staticflickr.com',
    ]);
  });

  it('lists the sites in words of the language, and counts those beyond four', () => {
    expect(listHosts(HOSTS, 'en', more)).toBe('upload.wikimedia.org and farm8.staticflickr.com');
    expect(listHosts(['a.org', 'b.org', 'c.org'], 'de', more)).toBe('a.org, b.org und c.org');
    expect(listHosts(['a', 'b', 'c', 'd', 'e', 'f'], 'en', more)).toBe(
      'a, b, c, d, and 2 other sites',
    );
  });
});
