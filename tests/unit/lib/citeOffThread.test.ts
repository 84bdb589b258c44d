import { describe, expect, it, vi } from 'vitest';
import { loadCiter } from '../../../src/lib/citations';
import { citeSourcesOffThread } from '../../../src/lib/citations/offThread';
import type { Source } from '../../../src/domain/types';

const sources: Source[] = [
  {
    id: 'crn-2010',
    title: 'Microsoft Partners: All In On The Cloud?',
    outlet: 'CRN',
    date: '2010-07-14',
    url: 'https://www.crn.com/news/example',
    kind: 'news',
  },
  {
    id: 'blog-2011',
    title: 'Notes from WPC 2011',
    outlet: 'A partner blog',
    author: 'Jane Doe',
    date: '2011-07',
    url: 'https://blog.example.org/wpc-2011',
    kind: 'blog',
  },
];

describe('citeSourcesOffThread', () => {
  it('formats the same entries as the formatter on the page, in order (no worker here)', async () => {
    expect(typeof Worker).toBe('undefined');
    const citer = await loadCiter(['apa']);
    const expected = sources.map((s) => citer.citeSource(s, 'apa'));
    await expect(citeSourcesOffThread(sources, 'apa')).resolves.toEqual(expected);
    expect(expected[0]).toContain('CRN');
  });

  it('falls back to the page when the worker reports a failure', async () => {
    class FailingWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      terminate = vi.fn();
      postMessage() {
        queueMicrotask(() => this.onmessage?.({ data: { ok: false, message: 'no engine' } }));
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    try {
      const citer = await loadCiter(['mla']);
      await expect(citeSourcesOffThread(sources, 'mla')).resolves.toEqual(
        sources.map((s) => citer.citeSource(s, 'mla')),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('answers at once for no sources', async () => {
    await expect(citeSourcesOffThread([], 'apa')).resolves.toEqual([]);
  });
});
